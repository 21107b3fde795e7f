package dev.loopline.features;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Test data shared by the library's tests.
 */
public final class Fixtures {

	private Fixtures() {
	}

	/**
	 * Reads a classpath resource as UTF-8 text.
	 * @param path the resource path
	 * @return the text
	 */
	public static String resource(String path) {
		try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalArgumentException("No resource " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A mutable record from alternating keys and values (values may be {@code null}).
	 * @param keysAndValues key, value, key, value ...
	 * @return the record
	 */
	public static Map<String, Object> row(Object... keysAndValues) {
		Map<String, Object> row = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			row.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return row;
	}

}
