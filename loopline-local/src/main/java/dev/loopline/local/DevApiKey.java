package dev.loopline.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The development API key of the local platform (role {@code admin}): generated on the
 * first start, kept in the data directory (readable by its owner only) so scripts keep
 * working across restarts, and replaced by {@code --fresh}.
 */
final class DevApiKey {

	private DevApiKey() {
	}

	static String loadOrCreate(Path dataDirectory) {
		Path file = dataDirectory.resolve("dev-api-key");
		try {
			if (Files.exists(file)) {
				return Files.readString(file).trim();
			}
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			String key = "ll_dev_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			Files.createDirectories(dataDirectory);
			Files.writeString(file, key);
			trySetOwnerOnly(file);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the development key " + file, ex);
		}
	}

	private static void trySetOwnerOnly(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
	}

}
