package dev.loopline.deployment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code docker-compose.yml}, parsed with its anchors and merge keys resolved. */
final class ComposeFile {

	/** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME:?error}}. */
	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::?([-?])([^}]*))?}");

	private ComposeFile() {
	}

	static Map<String, Object> load() {
		return Repository.yaml(Repository.read(Repository.file("docker-compose.yml")));
	}

	/**
	 * A service's environment as written, {@code ${…}} left in place.
	 * @param compose the parsed file
	 * @param service the service's name
	 * @return variable → value
	 */
	static Map<String, String> environment(Map<String, Object> compose, String service) {
		Map<String, String> environment = new LinkedHashMap<>();
		Nodes.map(compose, "services", service, "environment")
			.forEach((name, value) -> environment.put(name, String.valueOf(value)));
		return environment;
	}

	/**
	 * Substitutes {@code ${…}} as docker compose does from the {@code .env} file.
	 * @param value a value of the compose file
	 * @param dotEnv the variables of {@code .env}
	 * @return the value with every variable replaced
	 * @throws IllegalArgumentException for a required variable that is not set
	 */
	static String interpolate(String value, Map<String, String> dotEnv) {
		Matcher matcher = VARIABLE.matcher(value);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String set = dotEnv.get(matcher.group(1));
			String replacement;
			if (set != null && !set.isEmpty()) {
				replacement = set;
			}
			else if ("?".equals(matcher.group(2))) {
				throw new IllegalArgumentException(matcher.group(1) + " is required: " + matcher.group(3));
			}
			else {
				replacement = "-".equals(matcher.group(2)) ? matcher.group(3) : "";
			}
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
	}

}
