package dev.loopline.deployment;

import java.util.LinkedHashMap;
import java.util.Map;

/** A {@code .env} file: {@code NAME=value} lines, {@code #} comments. */
final class DotEnv {

	private DotEnv() {
	}

	static Map<String, String> parse(String text) {
		Map<String, String> variables = new LinkedHashMap<>();
		for (String line : text.split("\n")) {
			String trimmed = line.strip();
			int equals = trimmed.indexOf('=');
			if (!trimmed.isEmpty() && !trimmed.startsWith("#") && equals > 0) {
				variables.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
			}
		}
		return variables;
	}

}
