package dev.loopline.featurestore.online;

import java.time.Instant;
import java.util.Map;

/**
 * The online feature inputs of one entity for one view version: as of the entity's newest
 * record.
 *
 * @param view view name
 * @param version view version
 * @param entityId entity
 * @param eventTime event time of the newest record (the as-of time of the aggregates)
 * @param recordSeq offline sequence of that record
 * @param values value by feature name ({@code null} when missing)
 */
public record OnlineRow(String view, int version, String entityId, Instant eventTime, long recordSeq,
		Map<String, Object> values) {
}
