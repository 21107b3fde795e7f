package dev.loopline.serving.predict;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What to predict: raw records, or entity ids whose features come from the feature store
 * (exactly one of the two), and the key that keeps a caller on one variant.
 *
 * @param records raw records by field name, or {@code null}
 * @param entities entity ids, or {@code null}
 * @param key the routing key, or {@code null} for the default (first entity id, else a
 * hash of the first record)
 * @param correlationId the correlation id the log events carry
 */
public record PredictionRequest(@Nullable List<Map<String, @Nullable Object>> records, @Nullable List<String> entities,
		@Nullable String key, String correlationId) {

	public int size() {
		return (this.records != null) ? this.records.size() : (this.entities != null) ? this.entities.size() : 0;
	}

	String routingKey() {
		if (this.key != null) {
			return this.key;
		}
		if (this.entities != null && !this.entities.isEmpty()) {
			return this.entities.get(0);
		}
		return (this.records != null && !this.records.isEmpty()) ? String.valueOf(this.records.get(0)) : "";
	}

}
