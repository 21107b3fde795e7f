package dev.loopline.deployment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link PromQl#metricNames}: the names an expression selects, and nothing else. */
class PromQlTest {

	@Test
	void findsTheSelectedMetricsBehindFunctionsGroupingAndVariables() {
		assertThat(PromQl.metricNames("histogram_quantile(0.99, sum by (le, model) "
				+ "(rate(loopline_serving_latency_seconds_bucket{model=~\"$model\", variant!=\"shadow\"}[$__rate_interval])))"))
			.containsExactly("loopline_serving_latency_seconds_bucket");
	}

	@Test
	void findsBothSidesOfABinaryOperationAndIgnoresKeywordsAndNumbers() {
		assertThat(PromQl.metricNames("sum(rate(loopline_validation_records_total{outcome=\"quarantined\"}[10m])) "
				+ "/ clamp_min(sum(rate(loopline_validation_records_total[10m])), 1e-9) > 0.05 "
				+ "and on (model) max without (instance) (loopline_monitoring_alerts_open) offset 5m or vector(0)"))
			.containsExactly("loopline_monitoring_alerts_open", "loopline_validation_records_total");
	}

	@Test
	void labelValuesInStringsAreNotMetrics() {
		assertThat(
				PromQl.metricNames("label_replace(up{job=\"loopline\"}, \"svc\", \"$1\", \"instance\", \"(.*):.*\")"))
			.containsExactly("up");
	}

}
