package dev.loopline.deployment;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.loopline.local.LocalService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code observability/}: the dashboards use current panel types and a datasource
 * variable, the alert rules cover what operators page on, the Kubernetes copy of the
 * rules is the same, and Prometheus and Grafana are wired to the services and files that
 * exist. (That every metric they read exists is {@link DeploymentEnvironmentIT}'s.)
 */
class ObservabilityFilesTest {

	/** Panel types of current Grafana (no graph, singlestat, table-old). */
	private static final Set<String> PANEL_TYPES = Set.of("timeseries", "stat", "gauge", "bargauge", "table", "text",
			"row", "heatmap", "histogram", "piechart", "state-timeline", "status-history", "barchart", "logs");

	private static final String DATASOURCE = "${datasource}";

	@Test
	void theSixDashboardsExist() {
		assertThat(ObservabilityFiles.dashboards()).containsOnlyKeys("loopline-overview.json",
				"loopline-data-quality.json", "loopline-feature-store.json", "loopline-training-registry.json",
				"loopline-serving.json", "loopline-drift-performance.json");
	}

	@Test
	void dashboardsAreCurrentAndChooseTheirPrometheusThroughAVariable() {
		Set<String> uids = new HashSet<>();
		ObservabilityFiles.dashboards().forEach((file, dashboard) -> {
			assertThat(uids.add(Nodes.text(dashboard, "uid"))).as("%s: unique uid", file).isTrue();
			assertThat(((Number) dashboard.get("schemaVersion")).intValue()).as(file).isGreaterThanOrEqualTo(39);
			assertThat(Nodes.list(dashboard, "tags")).as(file).contains("loopline");
			Map<String, Object> variable = Nodes.maps(dashboard, "templating", "list")
				.stream()
				.filter((candidate) -> "datasource".equals(candidate.get("name")))
				.findFirst()
				.orElseThrow(() -> new AssertionError(file + " has no datasource variable"));
			assertThat(variable).containsEntry("type", "datasource").containsEntry("query", "prometheus");
			Set<Object> ids = new HashSet<>();
			for (Map<String, Object> panel : ObservabilityFiles.panels(dashboard)) {
				String where = file + " panel '" + panel.get("title") + "'";
				assertThat(PANEL_TYPES).as(where).contains(Nodes.text(panel, "type"));
				assertThat(ids.add(panel.get("id"))).as("%s: unique id", where).isTrue();
				assertThat(Nodes.map(panel, "gridPos")).as(where).containsKeys("h", "w", "x", "y");
				if (!Nodes.maps(panel, "targets").isEmpty()) {
					assertThat(Nodes.text(panel, "datasource", "uid")).as(where).isEqualTo(DATASOURCE);
				}
				for (Map<String, Object> target : Nodes.maps(panel, "targets")) {
					assertThat(Nodes.text(target, "datasource", "uid")).as(where).isEqualTo(DATASOURCE);
					assertThat(Nodes.text(target, "expr")).as(where).isNotBlank();
				}
			}
			for (Map<String, Object> query : Nodes.maps(dashboard, "templating", "list")) {
				if ("query".equals(query.get("type"))) {
					assertThat(Nodes.text(query, "datasource", "uid")).as(file + " variable " + query.get("name"))
						.isEqualTo(DATASOURCE);
				}
			}
		});
	}

	@Test
	void alertRulesAreCompleteAndCoverWhatOperatorsPageOn() {
		List<Map<String, Object>> rules = ObservabilityFiles.rules();
		Set<String> names = new HashSet<>();
		for (Map<String, Object> rule : rules) {
			String alert = Nodes.text(rule, "alert");
			assertThat(alert).as("every rule is an alert: %s", rule).isNotBlank();
			assertThat(names.add(alert)).as("unique alert name %s", alert).isTrue();
			assertThat(Nodes.text(rule, "expr")).as(alert).isNotBlank();
			assertThat(Nodes.text(rule, "for")).as(alert).isNotBlank();
			assertThat(Nodes.text(rule, "labels", "severity")).as(alert).isIn("warning", "critical");
			assertThat(Nodes.map(rule, "annotations")).as(alert).containsKeys("summary", "description");
		}
		String expressions = rules.stream().map((rule) -> Nodes.text(rule, "expr")).collect(Collectors.joining("\n"));
		assertThat(expressions).as("data quality")
			.contains("loopline_validation_records_total", "loopline_validation_quality_alerts_total");
		assertThat(expressions).as("drift").contains("type=\"DRIFT\"", "loopline_monitoring_drift_share");
		assertThat(expressions).as("model performance")
			.contains("type=\"PERFORMANCE\"", "loopline_monitoring_accuracy");
		assertThat(expressions).as("serving latency and errors")
			.contains("loopline_serving_latency_seconds_bucket", "loopline_serving_requests_total");
		assertThat(expressions).as("consumer lag").contains("spring_cloud_stream_binder_kafka_offset");
		assertThat(expressions).as("training failures").contains("loopline_training_runs_total{status=\"FAILED\"}");
		assertThat(expressions).as("DLQ growth").contains("loopline_events_dead_lettered_total");
	}

	@Test
	void kubernetesPrometheusRuleHoldsTheSameGroupsAsTheRuleFile() {
		Map<String, Object> rule = Repository
			.yaml(Repository.read(Repository.file("observability/kubernetes/prometheusrule.yaml")));
		assertThat(rule).containsEntry("apiVersion", "monitoring.coreos.com/v1")
			.containsEntry("kind", "PrometheusRule");
		assertThat(rule.get("spec"))
			.as("observability/kubernetes/prometheusrule.yaml is out of date: regenerate it (see its header)")
			.isEqualTo(Repository.yaml(Repository.read(ObservabilityFiles.RULES)));
	}

	@Test
	void composePrometheusScrapesEveryServiceAndLoadsTheRules() {
		Map<String, Object> config = Repository
			.yaml(Repository.read(Repository.file("observability/prometheus/prometheus.yml")));
		Map<String, Object> job = Nodes.maps(config, "scrape_configs")
			.stream()
			.filter((candidate) -> "loopline".equals(candidate.get("job_name")))
			.findFirst()
			.orElseThrow();
		assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
		Set<Object> targets = Nodes.maps(job, "static_configs")
			.stream()
			.flatMap((group) -> Nodes.list(group, "targets").stream())
			.collect(Collectors.toSet());
		assertThat(targets).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(LocalService.values()).map((s) -> RequiredEnvironment.name(s) + ":8080").toList());
		assertThat(Nodes.list(config, "rule_files")).containsExactly("/etc/prometheus/rules/*.yml");
	}

	@Test
	void grafanaProvisioningPointsAtPrometheusAndTheMountedDashboards() {
		Map<String, Object> datasources = Repository
			.yaml(Repository.read(Repository.file("observability/grafana/provisioning/datasources/prometheus.yml")));
		Map<String, Object> prometheus = Nodes.maps(datasources, "datasources").get(0);
		assertThat(prometheus).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
		Map<String, Object> providers = Repository
			.yaml(Repository.read(Repository.file("observability/grafana/provisioning/dashboards/loopline.yml")));
		String path = Nodes.text(Nodes.maps(providers, "providers").get(0), "options", "path");
		List<Object> grafanaVolumes = Nodes.list(ComposeFile.load(), "services", "grafana", "volumes");
		assertThat(grafanaVolumes).contains("./observability/grafana/dashboards:" + path + ":ro",
				"./observability/grafana/provisioning:/etc/grafana/provisioning:ro");
	}

}
