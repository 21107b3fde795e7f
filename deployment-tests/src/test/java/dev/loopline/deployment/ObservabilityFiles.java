package dev.loopline.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboards and Prometheus alert rules of {@code observability/}, and the
 * metric names each of their queries reads.
 */
final class ObservabilityFiles {

	static final Path DASHBOARDS = Repository.file("observability/grafana/dashboards");

	static final Path RULES = Repository.file("observability/prometheus/rules/loopline-alerts.yml");

	/** Series Prometheus makes itself for every target: not exposed by a service. */
	static final Set<String> SYNTHETIC = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** {@code label_values(<selector>, <label>)}: only the selector names a metric. */
	private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.*),\\s*[a-zA-Z_]+\\s*\\)");

	private ObservabilityFiles() {
	}

	/**
	 * Every dashboard, by file name.
	 * @return the parsed dashboards
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Map<String, Object>> dashboards() {
		Map<String, Map<String, Object>> dashboards = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(DASHBOARDS)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".json")).sorted().toList()) {
				dashboards.put(file.getFileName().toString(), JSON.readValue(Repository.read(file), Map.class));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return dashboards;
	}

	/**
	 * Every panel of a dashboard, those inside collapsed rows included.
	 * @param dashboard a dashboard
	 * @return its panels, rows included
	 */
	static List<Map<String, Object>> panels(Map<String, Object> dashboard) {
		List<Map<String, Object>> panels = new ArrayList<>();
		for (Map<String, Object> panel : Nodes.maps(dashboard, "panels")) {
			panels.add(panel);
			panels.addAll(Nodes.maps(panel, "panels"));
		}
		return panels;
	}

	/**
	 * Every alerting or recording rule.
	 * @return the rules of every group
	 */
	static List<Map<String, Object>> rules() {
		List<Map<String, Object>> rules = new ArrayList<>();
		for (Map<String, Object> group : Nodes.maps(Repository.yaml(Repository.read(RULES)), "groups")) {
			rules.addAll(Nodes.maps(group, "rules"));
		}
		return rules;
	}

	/**
	 * The metric names read by every panel query, template variable and rule, each with
	 * where it is used.
	 * @return metric name → the places that read it
	 */
	static Map<String, Set<String>> metricNames() {
		Map<String, Set<String>> names = new TreeMap<>();
		dashboards().forEach((file, dashboard) -> {
			for (Map<String, Object> panel : panels(dashboard)) {
				for (Map<String, Object> target : Nodes.maps(panel, "targets")) {
					String expression = Nodes.text(target, "expr");
					if (expression != null) {
						add(names, PromQl.metricNames(expression),
								file + " panel '" + Nodes.text(panel, "title") + "'");
					}
				}
			}
			for (Map<String, Object> variable : Nodes.maps(dashboard, "templating", "list")) {
				Object query = Nodes.at(variable, "query");
				String text = (query instanceof Map<?, ?>) ? Nodes.text(query, "query") : (String) query;
				if ("query".equals(Nodes.text(variable, "type")) && text != null) {
					Matcher labelValues = LABEL_VALUES.matcher(text);
					String expression = labelValues.matches() ? labelValues.group(1) : text;
					add(names, PromQl.metricNames(expression),
							file + " variable '" + Nodes.text(variable, "name") + "'");
				}
			}
		});
		for (Map<String, Object> rule : rules()) {
			String name = (rule.get("alert") != null) ? "alert " + rule.get("alert") : "rule " + rule.get("record");
			add(names, PromQl.metricNames(Nodes.text(rule, "expr")), "loopline-alerts.yml " + name);
		}
		return names;
	}

	private static void add(Map<String, Set<String>> names, Set<String> metrics, String where) {
		for (String metric : metrics) {
			names.computeIfAbsent(metric, (key) -> new TreeSet<>()).add(where);
		}
	}

}
