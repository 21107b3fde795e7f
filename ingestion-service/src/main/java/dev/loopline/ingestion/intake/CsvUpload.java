package dev.loopline.ingestion.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.loopline.ingestion.config.IngestionProperties;
import dev.loopline.ingestion.landing.BatchRef;
import dev.loopline.ingestion.landing.IncomingRecord;
import dev.loopline.ingestion.landing.Landing;
import dev.loopline.ingestion.landing.LandingResult;
import dev.loopline.ingestion.landing.RejectedLine;
import dev.loopline.servicekit.problem.BadRequestException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Streams a CSV upload row by row into the raw store: never more than one chunk
 * ({@code loopline.ingestion.chunk-size}) in memory, each chunk landed and published as
 * it fills, so files far larger than the heap work and the batch status moves while the
 * upload runs. A bad line is not fatal: it is kept as a rejected line with its reason.
 */
@Component
class CsvUpload {

	/** Rejected lines listed in the response; all are kept in the batch. */
	static final int LISTED_REJECTIONS = 100;

	private final Landing landing;

	private final IngestionProperties properties;

	CsvUpload(Landing landing, IngestionProperties properties) {
		this.landing = landing;
		this.properties = properties;
	}

	IntakeResponse ingest(InputStream body, BatchRef batch, IntakeOptions options) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
		List<String> header = header(reader.readLine());
		this.landing.open(batch);
		Totals totals = new Totals();
		List<IncomingRecord> chunk = new ArrayList<>();
		List<RejectedLine> rejected = new ArrayList<>();
		try {
			long lineNumber = 1;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lineNumber++;
				if (!line.isBlank()) {
					read(line, lineNumber, header, options, chunk, rejected);
				}
				if (chunk.size() + rejected.size() >= this.properties.chunkSize()) {
					flush(batch, chunk, rejected, totals);
				}
			}
			flush(batch, chunk, rejected, totals);
		}
		finally {
			this.landing.finish(batch);
		}
		return new IntakeResponse(batch.id(), batch.dataset(), totals.landed.received(), totals.landed.accepted(),
				totals.landed.duplicates(), (long) totals.malformed, totals.listed);
	}

	private static List<String> header(@Nullable String line) {
		if (line == null || line.isBlank()) {
			throw new BadRequestException("missing-csv-header", "Missing CSV header",
					"The upload must start with a header row naming the columns.");
		}
		List<String> names;
		try {
			names = CsvLine.split(line.startsWith("\uFEFF") ? line.substring(1) : line);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("malformed-csv-header", "Malformed CSV header",
					"The header row cannot be read: " + ex.getMessage() + ".");
		}
		if (names.stream().anyMatch(String::isBlank) || new HashSet<>(names).size() != names.size()) {
			throw new BadRequestException("malformed-csv-header", "Malformed CSV header",
					"The header row must name every column once: " + line);
		}
		return names;
	}

	private static void read(String line, long lineNumber, List<String> header, IntakeOptions options,
			List<IncomingRecord> chunk, List<RejectedLine> rejected) {
		try {
			List<String> values = CsvLine.split(line);
			if (values.size() != header.size()) {
				throw new IllegalArgumentException("expected " + header.size() + " columns but found " + values.size());
			}
			Map<String, @Nullable Object> fields = new LinkedHashMap<>();
			for (int i = 0; i < values.size(); i++) {
				fields.put(header.get(i), values.get(i).isEmpty() ? null : values.get(i));
			}
			chunk.add(options.identify(fields));
		}
		catch (IllegalArgumentException ex) {
			rejected.add(new RejectedLine(lineNumber, line, ex.getMessage()));
		}
	}

	private void flush(BatchRef batch, List<IncomingRecord> chunk, List<RejectedLine> rejected, Totals totals) {
		if (!chunk.isEmpty()) {
			totals.landed = totals.landed.plus(this.landing.land(batch, chunk));
			chunk.clear();
		}
		if (!rejected.isEmpty()) {
			this.landing.reject(batch, rejected);
			totals.malformed += rejected.size();
			rejected.stream().limit(LISTED_REJECTIONS - totals.listed.size()).forEach(totals.listed::add);
			rejected.clear();
		}
	}

	private static final class Totals {

		private LandingResult landed = new LandingResult(0, 0, 0);

		private int malformed;

		private final List<RejectedLine> listed = new ArrayList<>();

	}

}
