package dev.loopline.featurestore.training;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes training rows to a response body: NDJSON (the canonical lines) or CSV with a
 * header {@code recordId,entityId,eventTime,<value columns>,<label field>}; in CSV a
 * nested value is written as its JSON text and a missing one as an empty cell.
 */
abstract class RowWriter implements AutoCloseable {

	static RowWriter ndjson(OutputStream out) {
		return new RowWriter() {
			@Override
			void write(TrainingRow row) throws IOException {
				out.write(CanonicalRows.line(row));
			}

			@Override
			public void close() throws IOException {
				out.flush();
			}
		};
	}

	static RowWriter csv(OutputStream out, List<String> valueColumns, String label) {
		CsvSchema.Builder schema = CsvSchema.builder()
			.addColumn("recordId")
			.addColumn("entityId")
			.addColumn("eventTime");
		valueColumns.forEach(schema::addColumn);
		schema.addColumn(label);
		SequenceWriter writer = new CsvMapper().writer(schema.build().withHeader()).writeValues(out);
		JsonMapper json = JsonMapper.builder().build();
		return new RowWriter() {
			@Override
			void write(TrainingRow row) {
				List<Object> cells = new ArrayList<>(valueColumns.size() + 4);
				cells.add(row.recordId());
				cells.add(row.entityId());
				cells.add(row.eventTime());
				valueColumns.forEach((column) -> cells.add(cell(row.values().get(column), json)));
				cells.add(cell(row.label(), json));
				writer.write(cells);
			}

			@Override
			public void close() {
				writer.close();
			}
		};
	}

	private static Object cell(Object value, JsonMapper json) {
		if (value == null) {
			return "";
		}
		return (value instanceof Map<?, ?> || value instanceof List<?>) ? json.writeValueAsString(value) : value;
	}

	abstract void write(TrainingRow row) throws IOException;

	@Override
	public abstract void close() throws IOException;

}
