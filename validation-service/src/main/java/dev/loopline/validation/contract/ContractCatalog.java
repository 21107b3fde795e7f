package dev.loopline.validation.contract;

import java.util.Map;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.loopline.servicekit.problem.BadRequestException;
import dev.loopline.servicekit.problem.ConflictException;
import dev.loopline.validation.contract.ContractChecker.ContractError;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts the service validates against: stores new versions and serves the latest
 * one per dataset from a short-lived cache, so every record does not cost a query and
 * several instances still pick up a change within the cache's time to live. A dataset
 * with no contract is cached too (as empty), so unknown datasets cost no query either.
 */
public class ContractCatalog {

	private final ContractRepository repository;

	private final Cache<String, Optional<DataContract>> latest;

	public ContractCatalog(ContractRepository repository, Duration ttl) {
		this.repository = repository;
		this.latest = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
	}

	/** The current contract of a dataset, at most one cache TTL old. */
	public Optional<DataContract> current(String dataset) {
		return this.latest.get(dataset, this.repository::latest);
	}

	/** The current contract, read from the database (for replays, which must not lag). */
	public Optional<DataContract> currentUncached(String dataset) {
		return this.repository.latest(dataset);
	}

	public List<DataContract> all() {
		return this.repository.latestOfEach();
	}

	public Optional<DataContract> version(String dataset, int version) {
		return this.repository.version(dataset, version);
	}

	/**
	 * Stores a contract as a new version unless it equals the latest one.
	 * @return the stored (or unchanged latest) contract and whether it is new
	 */
	@Transactional
	public Stored put(String dataset, ContractDefinition definition) {
		List<ContractError> errors = ContractChecker.check(definition);
		if (!errors.isEmpty()) {
			throw new BadRequestException("invalid-contract", "Invalid data contract",
					errors.size() + " error(s) in the contract of dataset '" + dataset + "'", Map.of("errors", errors));
		}
		Optional<DataContract> latest = this.repository.latest(dataset);
		if (latest.isPresent() && latest.get().definition().equals(definition)) {
			return new Stored(latest.get(), false);
		}
		int version = latest.map(DataContract::version).orElse(0) + 1;
		try {
			this.repository.insert(dataset, version, definition);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("contract-version-conflict", "Concurrent contract change",
					"Another change created version " + version + " of dataset '" + dataset + "' first; retry.");
		}
		this.latest.invalidate(dataset);
		return new Stored(this.repository.version(dataset, version).orElseThrow(), true);
	}

	/**
	 * The outcome of a put.
	 *
	 * @param contract the latest contract after the put
	 * @param created whether a new version was created
	 */
	public record Stored(DataContract contract, boolean created) {
	}

}
