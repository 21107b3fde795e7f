package dev.loopline.models.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes the named entries of a ZIP in memory. Entries carry a fixed timestamp,
 * so the same content always gives the same bytes (and SHA-256).
 */
final class ZipEntries {

	private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

	private ZipEntries() {
	}

	static byte[] write(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				ZipEntry zipEntry = new ZipEntry(entry.getKey());
				zipEntry.setTimeLocal(FIXED_TIME);
				zip.putNextEntry(zipEntry);
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static Map<String, byte[]> read(byte[] bytes) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entries.put(entry.getName(), zip.readAllBytes()) != null) {
					throw new BundleFormatException("Model bundle has a duplicate entry '" + entry.getName() + "'");
				}
			}
		}
		catch (IOException ex) {
			throw new BundleFormatException(
					"Model bundle is not a readable ZIP archive (truncated or corrupt?): " + ex.getMessage(), ex);
		}
		if (entries.isEmpty()) {
			throw new BundleFormatException("Model bundle is empty or not a ZIP archive (" + bytes.length + " bytes)");
		}
		return entries;
	}

}
