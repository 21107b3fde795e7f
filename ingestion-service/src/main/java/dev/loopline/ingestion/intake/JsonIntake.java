package dev.loopline.ingestion.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.RecordSource;
import dev.loopline.ingestion.config.IngestionProperties;
import dev.loopline.ingestion.landing.BatchRef;
import dev.loopline.ingestion.landing.IncomingRecord;
import dev.loopline.ingestion.landing.Landing;
import dev.loopline.ingestion.landing.LandingResult;
import dev.loopline.servicekit.problem.BadRequestException;

import org.springframework.stereotype.Component;

/**
 * Takes a JSON or NDJSON request atomically: every record is read and identified first,
 * and if any is malformed the request is refused (400 listing each error) and nothing is
 * landed; otherwise all records land in one transaction, in a new batch.
 */
@Component
class JsonIntake {

	/** Errors listed in a problem; the count says how many there were. */
	private static final int LISTED_ERRORS = 100;

	private final Landing landing;

	private final JsonRecords reader;

	JsonIntake(Landing landing, IngestionProperties properties) {
		this.landing = landing;
		this.reader = new JsonRecords(properties.maxRecordsPerRequest());
	}

	IntakeResponse ingest(byte[] body, boolean ndjson, IntakeOptions options) {
		JsonRecords.Parsed parsed = ndjson ? this.reader.ndjson(body) : this.reader.json(body);
		List<IncomingRecord> records = new ArrayList<>(parsed.records().size());
		List<RecordError> errors = new ArrayList<>(parsed.errors());
		for (int i = 0; i < parsed.records().size(); i++) {
			try {
				records.add(options.identify(parsed.records().get(i)));
			}
			catch (IllegalArgumentException ex) {
				errors.add(new RecordError(parsed.lines().get(i), parsed.indexes().get(i), ex.getMessage()));
			}
		}
		if (!errors.isEmpty()) {
			throw malformed(errors);
		}
		if (records.isEmpty()) {
			throw new BadRequestException("no-records", "No records", "The request carries no record.");
		}
		BatchRef batch = new BatchRef(UUID.randomUUID().toString(), options.dataset(), RecordSource.REST);
		LandingResult result = this.landing.land(batch, records);
		return new IntakeResponse(batch.id(), batch.dataset(), result.received(), result.accepted(),
				result.duplicates(), null, null);
	}

	private static BadRequestException malformed(List<RecordError> errors) {
		errors.sort(java.util.Comparator.comparingLong(RecordError::line));
		return new BadRequestException("malformed-records", "Malformed records",
				errors.size() + " record(s) cannot be read; nothing was landed.", Map.of("errorCount", errors.size(),
						"errors", errors.subList(0, Math.min(LISTED_ERRORS, errors.size()))));
	}

}
