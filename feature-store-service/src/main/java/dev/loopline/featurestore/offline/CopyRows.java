package dev.loopline.featurestore.offline;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes rows as the CSV text {@code COPY ... FROM STDIN (FORMAT csv)} reads: every value
 * quoted, quotes doubled, so ids and JSON may hold commas, quotes and line breaks.
 */
final class CopyRows {

	private CopyRows() {
	}

	static String csv(List<OfflineRow> rows, JsonMapper json) {
		StringBuilder csv = new StringBuilder(rows.size() * 256);
		for (OfflineRow row : rows) {
			quote(csv, row.dataset()).append(',');
			quote(csv, row.entityId()).append(',');
			quote(csv, row.recordId()).append(',');
			quote(csv, row.eventTime().toString()).append(',');
			quote(csv, row.ingestedAt().toString()).append(',');
			quote(csv, json.writeValueAsString(row.fields())).append(',');
			// unquoted and empty is NULL in COPY's csv format
			if (row.contractVersion() != null) {
				csv.append(row.contractVersion());
			}
			csv.append('\n');
		}
		return csv.toString();
	}

	static StringBuilder quote(StringBuilder csv, String value) {
		csv.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"') {
				csv.append('"');
			}
			csv.append(c);
		}
		return csv.append('"');
	}

}
