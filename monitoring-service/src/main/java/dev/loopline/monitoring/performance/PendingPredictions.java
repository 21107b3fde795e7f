package dev.loopline.monitoring.performance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import dev.loopline.contracts.PredictionLogged;
import dev.loopline.monitoring.config.MonitoringProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Predictions waiting for their label, in table {@code pending_prediction}, until
 * {@code loopline.monitoring.label-ttl} after they were logged. A label takes (deletes)
 * its prediction: by request id, else the latest unexpired prediction of its dataset and
 * entity. A scheduled clean-up drops expired ones.
 */
@Component
class PendingPredictions {

	private static final Logger log = LoggerFactory.getLogger(PendingPredictions.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration ttl;

	PendingPredictions(JdbcTemplate jdbc, Clock clock, MonitoringProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ttl = properties.labelTtl();
	}

	void save(PredictionLogged prediction) {
		this.jdbc.update("""
				insert into pending_prediction (request_id, model_name, version, dataset, entity_id, output_label,
				    output_value, predicted_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (request_id) do nothing
				""", prediction.requestId(), prediction.modelName(), prediction.version(), prediction.dataset(),
				prediction.entityId(), prediction.outputLabel(), prediction.outputValue(),
				Timestamp.from(prediction.metadata().occurredAt()),
				Timestamp.from(this.clock.instant().plus(this.ttl)));
	}

	Optional<Pending> take(@Nullable String requestId, String dataset, String entityId) {
		Timestamp now = Timestamp.from(this.clock.instant());
		if (requestId != null) {
			Optional<Pending> byRequest = this.jdbc
				.query("delete from pending_prediction where request_id = ? and expires_at > ? returning *",
						PendingPredictions::row, requestId, now)
				.stream()
				.findFirst();
			if (byRequest.isPresent()) {
				return byRequest;
			}
		}
		return this.jdbc.query("""
				delete from pending_prediction where request_id = (select request_id from pending_prediction
				    where dataset = ? and entity_id = ? and expires_at > ? order by predicted_at desc limit 1)
				returning *
				""", PendingPredictions::row, dataset, entityId, now).stream().findFirst();
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void purgeExpired() {
		int purged = this.jdbc.update("delete from pending_prediction where expires_at <= ?",
				Timestamp.from(this.clock.instant()));
		if (purged > 0) {
			log.info("{} predictions expired without a label", purged);
		}
	}

	private static Pending row(ResultSet rs, int row) throws SQLException {
		double number = rs.getDouble("output_value");
		Double value = rs.wasNull() ? null : number;
		return new Pending(rs.getString("model_name"), rs.getInt("version"), rs.getString("output_label"), value);
	}

	/**
	 * A prediction that found its label.
	 *
	 * @param model the model
	 * @param version the version that predicted
	 * @param label the predicted label (classification, anomaly)
	 * @param value the predicted value (regression)
	 */
	record Pending(String model, int version, @Nullable String label, @Nullable Double value) {
	}

}
