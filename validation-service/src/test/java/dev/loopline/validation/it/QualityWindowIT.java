package dev.loopline.validation.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.loopline.contracts.DataQualityDegraded;
import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.Topics;
import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.testkit.KafkaProbe;
import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A window rule with {@code mostly}: one DataQualityDegraded per failing window while
 * every record still flows; the metrics and the dataset profile show it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=validation-service")
@RealInfrastructure
class QualityWindowIT {

	static final String TRIPS = """
			{"fields": [{"name": "trip_id", "type": "string", "required": true},
			            {"name": "km", "type": "number", "required": true}],
			 "entityKey": "trip_id", "window": {"records": 10},
			 "expectations": [{"kind": "between", "field": "km", "min": 0, "max": 100, "mostly": 0.8}]}""";

	@Value("${local.server.port}")
	int port;

	@Test
	void raisesOneAlertPerFailingWindowWithoutDroppingRecords() {
		Api api = new Api(this.port);
		api.putContract("trips", TRIPS);
		List<RawRecord> records = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			// first window: 3 of 10 out of range (70% < 80%); second window: all in range
			double km = (i < 3) ? 500 + i : 10 + i;
			records.add(Records.raw("trips", Map.of("trip_id", "t-" + i, "km", km)));
		}
		try (KafkaProbe kafka = KafkaProbe.create()) {
			records.forEach((record) -> Records.publish(kafka, record));
			await().atMost(Records.TIMEOUT)
				.untilAsserted(() -> assertThat(Records.all(kafka, Topics.RECORDS_VALIDATED, ValidatedRecord.class,
						(record) -> record.dataset().equals("trips")))
					.hasSize(20));
			// the window's alert is sent when the window closes, not with the records:
			// wait for it
			await().atMost(Records.TIMEOUT)
				.untilAsserted(() -> assertThat(Records.all(kafka, Topics.MONITORING_ALERTS, DataQualityDegraded.class,
						(alert) -> alert.dataset().equals("trips")))
					.isNotEmpty());
			List<DataQualityDegraded> alerts = Records.all(kafka, Topics.MONITORING_ALERTS, DataQualityDegraded.class,
					(alert) -> alert.dataset().equals("trips"));
			assertThat(alerts).singleElement().satisfies((alert) -> {
				assertThat(alert.rule()).isEqualTo("between");
				assertThat(alert.field()).isEqualTo("km");
				assertThat(alert.observed()).isEqualTo(0.7);
				assertThat(alert.mostly()).isEqualTo(0.8);
				assertThat(alert.key()).isEqualTo("trips");
			});
		}
		String metrics = api.get("/actuator/prometheus", TestApiKeys.READ).body();
		assertThat(metrics).contains("loopline_validation_records_total{")
			.containsPattern(
					"loopline_validation_records_total\\{[^}]*dataset=\"trips\"[^}]*outcome=\"valid\"[^}]*} 20")
			.containsPattern("loopline_validation_quality_alerts_total\\{[^}]*dataset=\"trips\"[^}]*rule=\"between\"")
			.contains("loopline_validation_latency_seconds_count");

		JsonNode profile = api.get("/v1/datasets/trips/profile", TestApiKeys.READ).json();
		assertThat(profile.get("records").asInt()).isEqualTo(20);
		JsonNode km = profile.get("fields")
			.valueStream()
			.filter((field) -> field.get("name").asString().equals("km"))
			.findFirst()
			.orElseThrow();
		assertThat(km.get("max").asDouble()).isEqualTo(502.0);
		assertThat(km.at("/quantiles/p50").isNumber()).isTrue();
	}

	@Test
	void suggestsAContractFromASample() {
		Api api = new Api(this.port);
		String sample = """
				[{"ride_id": "r-1", "km": 3.5, "city": "Berlin"}, {"ride_id": "r-2", "km": 7, "city": "Berlin"},
				 {"ride_id": "r-3", "km": 1.25, "city": "Paris"}, {"ride_id": "r-4", "km": 9, "city": "Paris"}]""";
		Api.Response suggestion = api.post("/v1/datasets/rides/contract-suggestion", TestApiKeys.READ, sample);
		assertThat(suggestion.status()).isEqualTo(200);
		assertThat(suggestion.json().get("entityKey").asString()).isEqualTo("ride_id");
		assertThat(api.put("/v1/contracts/rides", TestApiKeys.OPERATE, suggestion.body()).status()).isEqualTo(201);
	}

}
