package dev.loopline.ingestion.intake;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import dev.loopline.contracts.RecordSource;
import dev.loopline.contracts.Topics;
import dev.loopline.ingestion.landing.BatchRef;
import dev.loopline.servicekit.observability.CorrelationIdFilter;
import dev.loopline.servicekit.problem.BadRequestException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /v1/datasets/{dataset}/records}: JSON (one object or an array), NDJSON, or
 * a CSV upload (raw {@code text/csv} body or a multipart {@code file} part). Answers 202
 * with the batch the records landed in.
 */
@RestController
class RecordsController {

	static final String NDJSON = "application/x-ndjson";

	private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private final JsonIntake json;

	private final CsvUpload csv;

	RecordsController(JsonIntake json, CsvUpload csv) {
		this.json = json;
		this.csv = csv;
	}

	@PostMapping(path = "/v1/datasets/{dataset}/records", consumes = { MediaType.APPLICATION_JSON_VALUE, NDJSON })
	ResponseEntity<IntakeResponse> postJson(@PathVariable String dataset,
			@RequestParam(required = false) String idField, @RequestParam(required = false) String entityField,
			HttpServletRequest request) throws IOException {
		IntakeOptions options = options(dataset, idField, entityField, request);
		boolean ndjson = request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith(NDJSON);
		return accepted(this.json.ingest(request.getInputStream().readAllBytes(), ndjson, options));
	}

	@PostMapping(path = "/v1/datasets/{dataset}/records", consumes = "text/csv")
	ResponseEntity<IntakeResponse> postCsv(@PathVariable String dataset, @RequestParam(required = false) String idField,
			@RequestParam(required = false) String entityField, @RequestParam(required = false) String batchId,
			HttpServletRequest request) throws IOException {
		return upload(request.getInputStream(), dataset, idField, entityField, batchId, request);
	}

	@PostMapping(path = "/v1/datasets/{dataset}/records", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<IntakeResponse> postMultipart(@PathVariable String dataset, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String idField, @RequestParam(required = false) String entityField,
			@RequestParam(required = false) String batchId, HttpServletRequest request) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return upload(in, dataset, idField, entityField, batchId, request);
		}
	}

	private ResponseEntity<IntakeResponse> upload(InputStream body, String dataset, @Nullable String idField,
			@Nullable String entityField, @Nullable String batchId, HttpServletRequest request) throws IOException {
		IntakeOptions options = options(dataset, idField, entityField, request);
		BatchRef batch = new BatchRef(batchId(batchId), dataset, RecordSource.CSV);
		return accepted(this.csv.ingest(body, batch, options));
	}

	private static ResponseEntity<IntakeResponse> accepted(IntakeResponse response) {
		return ResponseEntity.accepted().location(URI.create("/v1/batches/" + response.batchId())).body(response);
	}

	private static IntakeOptions options(String dataset, @Nullable String idField, @Nullable String entityField,
			HttpServletRequest request) {
		if (!Topics.isValidDatasetName(dataset)) {
			throw new BadRequestException("invalid-dataset", "Invalid dataset name",
					"Dataset '" + dataset + "' does not match " + Topics.DATASET_NAME_PATTERN + ".");
		}
		Object correlation = request.getAttribute(CorrelationIdFilter.MDC_KEY);
		String correlationId = (correlation != null) ? correlation.toString() : UUID.randomUUID().toString();
		return new IntakeOptions(dataset, blankToNull(idField), blankToNull(entityField), correlationId);
	}

	private static String batchId(@Nullable String requested) {
		if (requested == null) {
			return UUID.randomUUID().toString();
		}
		if (!BATCH_ID.matcher(requested).matches()) {
			throw new BadRequestException("invalid-batch-id", "Invalid batch id",
					"Batch id '" + requested + "' does not match " + BATCH_ID.pattern() + ".");
		}
		return requested;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
