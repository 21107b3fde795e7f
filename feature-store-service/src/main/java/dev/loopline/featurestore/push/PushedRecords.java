package dev.loopline.featurestore.push;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.loopline.featurestore.offline.OfflineRow;
import dev.loopline.features.spec.FeatureSpec;
import dev.loopline.features.spec.FeatureViewSpec;
import dev.loopline.servicekit.problem.BadRequestException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns pushed rows into records of the view's dataset: each value goes to its plain
 * feature's source field, the entity id to the entity key, the event time to the event
 * time field. The record id is derived from the view, entity, event time and values, so
 * pushing the same row twice stores it once. Aggregate features cannot be pushed: the
 * store computes them from the records.
 */
final class PushedRecords {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PushedRecords() {
	}

	static List<OfflineRow> of(FeatureViewSpec spec, List<PushRequest.Row> rows, Instant now) {
		Map<String, String> sources = new HashMap<>();
		spec.features().stream().filter((f) -> f.source() != null).forEach((f) -> sources.put(f.name(), f.source()));
		List<OfflineRow> records = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			records.add(record(spec, sources, rows.get(i), i, now));
		}
		return records;
	}

	private static OfflineRow record(FeatureViewSpec spec, Map<String, String> sources, PushRequest.Row row, int index,
			Instant now) {
		if (row == null || row.entityId() == null || row.entityId().isBlank() || row.eventTime() == null
				|| row.values() == null || row.values().isEmpty()) {
			throw invalid("rows[" + index + "] needs 'entityId', 'eventTime' and at least one value");
		}
		Map<String, Object> fields = new TreeMap<>();
		for (Map.Entry<String, Object> value : row.values().entrySet()) {
			String source = sources.get(value.getKey());
			if (source == null) {
				throw invalid("rows[" + index + "].values: '" + value.getKey() + "' is not a plain feature of view '"
						+ spec.name() + "' (pushable: " + new TreeMap<>(sources).keySet() + ")");
			}
			fields.put(source, value.getValue());
		}
		fields.put(spec.entityKey(), row.entityId());
		if (spec.eventTimeField() != null) {
			fields.put(spec.eventTimeField(), row.eventTime().toString());
		}
		String identity = spec.name() + "\n" + row.entityId() + "\n" + row.eventTime() + "\n"
				+ JSON.writeValueAsString(fields);
		String recordId = "push-" + UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
		return new OfflineRow(spec.dataset(), row.entityId(), recordId, row.eventTime(), now, fields, null);
	}

	private static BadRequestException invalid(String detail) {
		return new BadRequestException("invalid-push", "Invalid push", detail);
	}

}
