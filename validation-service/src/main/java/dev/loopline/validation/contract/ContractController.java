package dev.loopline.validation.contract;

import java.util.List;

import dev.loopline.servicekit.problem.BadRequestException;
import dev.loopline.servicekit.problem.NotFoundException;
import dev.loopline.contracts.Topics;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Manages data contracts: {@code PUT} stores a new version (201) or confirms an identical
 * one (200); GETs list the latest contracts and read one version.
 */
@RestController
@RequestMapping("/v1/contracts")
class ContractController {

	private final ContractCatalog catalog;

	ContractController(ContractCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	List<DataContract> list() {
		return this.catalog.all();
	}

	@GetMapping("/{dataset}")
	DataContract latest(@PathVariable String dataset) {
		return this.catalog.currentUncached(dataset).orElseThrow(() -> new NotFoundException("contract", dataset));
	}

	@GetMapping("/{dataset}/versions/{version}")
	DataContract version(@PathVariable String dataset, @PathVariable int version) {
		return this.catalog.version(dataset, version)
			.orElseThrow(() -> new NotFoundException("contract-version", dataset + "/" + version));
	}

	@PutMapping("/{dataset}")
	ResponseEntity<DataContract> put(@PathVariable String dataset, @RequestBody ContractDefinition definition) {
		if (!Topics.isValidDatasetName(dataset)) {
			throw new BadRequestException("invalid-dataset-name", "Invalid dataset name",
					"Dataset '" + dataset + "' does not match " + Topics.DATASET_NAME_PATTERN);
		}
		ContractCatalog.Stored stored = this.catalog.put(dataset, definition);
		return ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK).body(stored.contract());
	}

}
