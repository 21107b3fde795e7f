package dev.loopline.validation.profile;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Profiles of the recent records of a dataset and contract suggestions from a sample sent
 * in the body (or, without a body, from the recent records).
 */
@RestController
@RequestMapping("/v1/datasets/{dataset}")
class ProfileController {

	private final RecentRecords recent;

	ProfileController(RecentRecords recent) {
		this.recent = recent;
	}

	/**
	 * A dataset profile.
	 *
	 * @param dataset the dataset
	 * @param records records in the window
	 * @param fields per-field statistics
	 */
	record DatasetProfile(String dataset, int records, List<FieldProfile> fields) {
	}

	@GetMapping("/profile")
	DatasetProfile profile(@PathVariable String dataset) {
		List<Map<String, @Nullable Object>> records = this.recent.of(dataset);
		return new DatasetProfile(dataset, records.size(), Profiler.profile(records));
	}

	@PostMapping("/contract-suggestion")
	ContractSuggestion suggest(@PathVariable String dataset,
			@RequestBody(required = false) @Nullable List<Map<String, @Nullable Object>> sample) {
		return ContractSuggester.suggest((sample != null) ? sample : this.recent.of(dataset));
	}

}
