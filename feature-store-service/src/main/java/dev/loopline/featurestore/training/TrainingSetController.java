package dev.loopline.featurestore.training;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training sets: define one ({@code POST}), read its definition, stream its rows as
 * NDJSON (default) or CSV ({@code Accept: text/csv}) with {@code X-Row-Count} and
 * {@code X-Content-Hash}. Streamed rows are counted in
 * {@code loopline.features.training.rows{view}}.
 */
@RestController
@RequestMapping("/v1/training-sets")
class TrainingSetController {

	static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private final TrainingSets sets;

	private final MeterRegistry registry;

	TrainingSetController(TrainingSets sets, MeterRegistry registry) {
		this.sets = sets;
		this.registry = registry;
	}

	@PostMapping
	ResponseEntity<TrainingSet> define(@RequestBody TrainingSetRequest request) {
		TrainingSet set = this.sets.define(request);
		return ResponseEntity.created(URI.create("/v1/training-sets/" + set.id())).body(set);
	}

	@GetMapping("/{id}")
	TrainingSet get(@PathVariable UUID id) {
		return this.sets.find(id);
	}

	/**
	 * Streams in the request thread, straight to the response: no async dispatch (which
	 * would need the security context again) and nothing buffered beyond one fetch.
	 */
	@GetMapping("/{id}/rows")
	void rows(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
			HttpServletResponse response) throws IOException {
		TrainingSet set = this.sets.find(id);
		boolean csv = accept != null && accept.contains(CSV.toString());
		Counter counter = Counter.builder("loopline.features.training.rows")
			.description("Training rows streamed")
			.tag("view", set.view())
			.register(this.registry);
		response.setContentType((csv ? CSV : NDJSON).toString());
		response.setCharacterEncoding("UTF-8");
		response.setHeader("X-Row-Count", Long.toString(set.rowCount()));
		response.setHeader("X-Content-Hash", set.contentHash());
		OutputStream out = response.getOutputStream();
		try (RowWriter writer = csv ? RowWriter.csv(out, this.sets.assembler(set).valueColumns(), set.label())
				: RowWriter.ndjson(out)) {
			this.sets.rows(set, (row) -> {
				write(writer, row);
				counter.increment();
			});
		}
	}

	private static void write(RowWriter writer, TrainingRow row) {
		try {
			writer.write(row);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
