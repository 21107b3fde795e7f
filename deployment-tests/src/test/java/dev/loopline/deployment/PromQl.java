package dev.loopline.deployment;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads. Not a parser: strings, label matchers,
 * ranges, grouping clauses and Grafana variables are removed, then every remaining
 * identifier that is neither a function (followed by a parenthesis), a keyword nor a
 * number is a metric name.
 */
final class PromQl {

	private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
			"and", "or", "unless", "bool", "offset", "atan2", "inf", "nan", "le", "start", "end");

	private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

	private PromQl() {
	}

	/**
	 * The metric names in an expression.
	 * @param expression a PromQL expression, possibly with Grafana variables
	 * @return the metric names it selects
	 */
	static Set<String> metricNames(String expression) {
		String rest = expression.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
			.replaceAll("'(\\\\.|[^'\\\\])*'", "''")
			.replaceAll("\\{[^}]*}", " ")
			.replaceAll("\\[[^\\]]*]", " ")
			.replaceAll("\\$\\{[^}]*}", " ")
			.replaceAll("\\$[a-zA-Z_]+", " ")
			.replaceAll("(?i)\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
			.replaceAll("\\b\\d+(\\.\\d+)?(e[+-]?\\d+)?[smhdwy]?\\b", " ");
		Set<String> names = new TreeSet<>();
		Matcher matcher = IDENTIFIER.matcher(rest);
		while (matcher.find()) {
			String name = matcher.group();
			boolean function = rest.substring(matcher.end()).stripLeading().startsWith("(");
			if (!function && !KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
				names.add(name);
			}
		}
		return names;
	}

}
