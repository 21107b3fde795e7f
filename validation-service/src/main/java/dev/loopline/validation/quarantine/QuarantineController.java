package dev.loopline.validation.quarantine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.loopline.servicekit.problem.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Browses the quarantine (filtered, paginated) and replays it against the current
 * contract.
 */
@RestController
@RequestMapping("/v1/quarantine")
class QuarantineController {

	private final QuarantineQueries queries;

	private final QuarantineReplay replay;

	QuarantineController(QuarantineQueries queries, QuarantineReplay replay) {
		this.queries = queries;
		this.replay = replay;
	}

	/**
	 * One page of the quarantine.
	 *
	 * @param items the rows of the page
	 * @param page the page number, from 0
	 * @param size the page size
	 * @param total rows matching the filter
	 */
	record Page(List<QuarantinedItem> items, int page, int size, long total) {
	}

	/**
	 * What to replay.
	 *
	 * @param dataset the dataset (required)
	 * @param rule only rows violating this rule
	 * @param batch only rows of this batch
	 */
	record ReplayRequest(@NotBlank String dataset, @Nullable String rule, @Nullable String batch) {
	}

	@GetMapping
	Page browse(@RequestParam(required = false) @Nullable String dataset,
			@RequestParam(required = false) @Nullable String rule,
			@RequestParam(required = false) @Nullable String batch,
			@RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		QuarantineQueries.Filter filter = new QuarantineQueries.Filter(dataset, rule, batch, from, to);
		return new Page(this.queries.find(filter, false, page * size, size), page, size, this.queries.count(filter));
	}

	@GetMapping("/{id}")
	QuarantinedItem get(@PathVariable UUID id) {
		return this.queries.find(id).orElseThrow(() -> new NotFoundException("quarantined-record", id));
	}

	@PostMapping("/replay")
	QuarantineReplay.Result replay(@Valid @RequestBody ReplayRequest request) {
		return this.replay
			.replay(new QuarantineQueries.Filter(request.dataset(), request.rule(), request.batch(), null, null));
	}

}
