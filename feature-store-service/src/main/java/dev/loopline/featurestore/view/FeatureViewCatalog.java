package dev.loopline.featurestore.view;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.loopline.featurestore.config.FeatureStoreProperties;
import dev.loopline.servicekit.problem.ConflictException;
import dev.loopline.servicekit.problem.NotFoundException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The feature view registry: versions are added, never edited once used (materialized or
 * exported). Lookups on the online hot path go through a cache whose entries are reloaded
 * in the background once older than {@code loopline.features.view-cache-ttl} (the cached
 * version is served meanwhile, so no lookup ever waits for the database; an entry not
 * read for ten times that is dropped). Frozen versions never change, so the cache only
 * delays a new latest version or an edit of an unused one made by another instance; this
 * instance's own changes invalidate it at once.
 */
@Service
public class FeatureViewCatalog implements AutoCloseable {

	private final FeatureViewRepository repository;

	private final ExecutorService reloads = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "feature-view-reload");
		thread.setDaemon(true);
		return thread;
	});

	private final LoadingCache<ViewKey, Optional<FeatureView>> cache;

	FeatureViewCatalog(FeatureViewRepository repository, FeatureStoreProperties properties) {
		this.repository = repository;
		this.cache = Caffeine.newBuilder()
			.maximumSize(10_000)
			.executor(this.reloads)
			.refreshAfterWrite(properties.viewCacheTtl())
			.expireAfterWrite(properties.viewCacheTtl().multipliedBy(10))
			.build(this::load);
	}

	FeatureView create(JsonNode body) {
		ViewDefinition definition = ViewDefinition.read(body, null, 1);
		String name = definition.spec().name();
		if (this.repository.latest(name).isPresent()) {
			throw exists(name);
		}
		try {
			this.repository.insert(definition);
		}
		catch (DuplicateKeyException ex) {
			throw exists(name);
		}
		return stored(name, 1);
	}

	FeatureView addVersion(String name, JsonNode body) {
		int next = this.repository.latest(name).orElseThrow(() -> new NotFoundException("feature-view", name)).version()
				+ 1;
		ViewDefinition definition = ViewDefinition.read(body, name, next);
		try {
			this.repository.insert(definition);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("feature-view-version-conflict", "Concurrent new version",
					"Version " + next + " of feature view '" + name + "' was added concurrently; retry");
		}
		return stored(name, next);
	}

	FeatureView replace(String name, int version, JsonNode body) {
		FeatureView current = version(name, version);
		if (current.used() || !this.repository.replaceUnused(ViewDefinition.read(body, name, version))) {
			throw new ConflictException("feature-view-version-in-use", "Feature view version is frozen",
					"Version " + version + " of feature view '" + name
							+ "' has been materialized or exported and cannot change; add a new version");
		}
		this.cache.invalidate(new ViewKey(name, version));
		this.cache.invalidate(new ViewKey(name, null));
		return stored(name, version);
	}

	/**
	 * The latest version of a view, cached.
	 * @throws NotFoundException if there is none
	 */
	public FeatureView latest(String name) {
		return this.cache.get(new ViewKey(name, null)).orElseThrow(() -> new NotFoundException("feature-view", name));
	}

	/**
	 * One version of a view, cached.
	 * @throws NotFoundException if there is none
	 */
	public FeatureView version(String name, int version) {
		return this.cache.get(new ViewKey(name, version))
			.orElseThrow(() -> new NotFoundException("feature-view-version", name + "/" + version));
	}

	/** A version, or the latest when {@code version} is null. */
	public FeatureView resolve(String name, Integer version) {
		return (version != null) ? version(name, version) : latest(name);
	}

	List<FeatureView> latestOfEach() {
		return this.repository.latestOfEach();
	}

	List<FeatureView> versions(String name) {
		List<FeatureView> versions = this.repository.versions(name);
		if (versions.isEmpty()) {
			throw new NotFoundException("feature-view", name);
		}
		return versions;
	}

	/** Every version of every view on a dataset, read from the database (not cached). */
	public List<FeatureView> ofDataset(String dataset) {
		return this.repository.ofDataset(dataset);
	}

	/**
	 * Freezes a version: called in the transaction that first materializes or exports it.
	 */
	public void markUsed(FeatureView view) {
		if (!view.used()) {
			this.repository.markUsed(view.name(), view.version());
			this.cache.invalidate(new ViewKey(view.name(), view.version()));
		}
	}

	private FeatureView stored(String name, int version) {
		this.cache.invalidate(new ViewKey(name, null));
		return this.repository.version(name, version).orElseThrow();
	}

	private static ConflictException exists(String name) {
		return new ConflictException("feature-view-exists", "Feature view exists",
				"Feature view '" + name + "' exists; add a version with POST /v1/feature-views/" + name + "/versions");
	}

	private Optional<FeatureView> load(ViewKey key) {
		return (key.version() != null) ? this.repository.version(key.name(), key.version())
				: this.repository.latest(key.name());
	}

	@Override
	public void close() {
		this.reloads.shutdownNow();
	}

	/** A version of a view, or its latest when {@code version} is null. */
	private record ViewKey(String name, @Nullable Integer version) {
	}

}
