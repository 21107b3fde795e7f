package dev.loopline.ingestion.batch;

import java.util.List;
import java.util.Locale;

import dev.loopline.ingestion.landing.RejectedLine;
import dev.loopline.servicekit.problem.BadRequestException;
import dev.loopline.servicekit.problem.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v1/batches}: list batches, show one batch's status, its landed records and
 * rejected lines, and replay it ({@code operate}). Unknown batches are 404
 * {@code /problems/batch-not-found}.
 */
@RestController
@RequestMapping("/v1/batches")
class BatchController {

	private static final int MAX_PAGE_SIZE = 1000;

	private final BatchRepository batches;

	private final Replays replays;

	BatchController(BatchRepository batches, Replays replays) {
		this.batches = batches;
		this.replays = replays;
	}

	@GetMapping
	List<BatchStatus> list(@RequestParam(required = false) String dataset, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.batches.list(dataset, checkPage(page), checkSize(size));
	}

	@GetMapping("/{batchId}")
	BatchStatus get(@PathVariable String batchId) {
		return this.batches.find(batchId).orElseThrow(() -> new NotFoundException("batch", batchId));
	}

	@GetMapping("/{batchId}/records")
	List<LandedRecord> records(@PathVariable String batchId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		get(batchId);
		return this.batches.records(batchId, checkPage(page), checkSize(size));
	}

	@GetMapping("/{batchId}/rejected")
	List<RejectedLine> rejected(@PathVariable String batchId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		get(batchId);
		return this.batches.rejected(batchId, checkPage(page), checkSize(size));
	}

	@PostMapping("/{batchId}/replay")
	Replays.Replay replay(@PathVariable String batchId, @RequestParam(required = false) String outcome) {
		get(batchId);
		return this.replays.replay(batchId, checkOutcome(outcome));
	}

	private static @Nullable String checkOutcome(@Nullable String outcome) {
		if (outcome == null || outcome.isBlank()) {
			return null;
		}
		String upper = outcome.toUpperCase(Locale.ROOT);
		if (!List.of(Outcome.PENDING, Outcome.VALIDATED, Outcome.QUARANTINED).contains(upper)) {
			throw new BadRequestException("invalid-outcome", "Invalid outcome",
					"Outcome '" + outcome + "' is not one of pending, validated, quarantined.");
		}
		return upper;
	}

	private static int checkPage(int page) {
		if (page < 0) {
			throw new BadRequestException("invalid-page", "Invalid page", "page must be 0 or more.");
		}
		return page;
	}

	private static int checkSize(int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new BadRequestException("invalid-page", "Invalid page",
					"size must be between 1 and " + MAX_PAGE_SIZE + ".");
		}
		return size;
	}

}
