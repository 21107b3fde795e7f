package dev.loopline.featurestore.online;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.loopline.featurestore.config.FeatureStoreProperties;
import dev.loopline.featurestore.view.FeatureView;
import dev.loopline.featurestore.view.FeatureViewCatalog;
import dev.loopline.features.spec.FeatureSpec;
import dev.loopline.servicekit.problem.BadRequestException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Service;

/**
 * Answers online lookups from the online store with a status per entity and feature, so a
 * partly missing answer is still a 200. Timed as {@code loopline.features.lookup{view}}.
 */
@Service
class OnlineLookup {

	private final FeatureViewCatalog catalog;

	private final OnlineStore store;

	private final MeterRegistry registry;

	private final int maxEntities;

	private final Clock clock = Clock.systemUTC();

	// one timer per view, built once: registering it on every lookup costs an id and a
	// registry lookup per request
	private final Map<String, Timer> timers = new ConcurrentHashMap<>();

	OnlineLookup(FeatureViewCatalog catalog, OnlineStore store, MeterRegistry registry,
			FeatureStoreProperties properties) {
		this.catalog = catalog;
		this.store = store;
		this.registry = registry;
		this.maxEntities = properties.maxLookupEntities();
	}

	OnlineResponse lookup(String name, OnlineRequest request) {
		Timer.Sample sample = Timer.start(this.registry);
		FeatureView view = this.catalog.resolve(name, request.version());
		List<String> entities = entities(request);
		List<String> features = features(view, request.features());
		Map<String, OnlineRow> rows = this.store.read(view.name(), view.version(), entities);
		Instant now = this.clock.instant();
		List<OnlineResponse.EntityFeatures> items = new ArrayList<>(entities.size());
		for (String entity : entities) {
			Map<String, FeatureValue> values = new LinkedHashMap<>();
			OnlineRow row = rows.get(entity);
			features.forEach((feature) -> values.put(feature, FeatureValue.of(row, feature, view.ttl(), now)));
			items.add(new OnlineResponse.EntityFeatures(entity, values));
		}
		sample.stop(this.timers.computeIfAbsent(view.name(), this::timer));
		return new OnlineResponse(view.name(), view.version(), features, items);
	}

	private Timer timer(String view) {
		return Timer.builder("loopline.features.lookup")
			.description("Online feature lookups")
			.tag("view", view)
			.register(this.registry);
	}

	private List<String> entities(OnlineRequest request) {
		List<String> entities = request.entities();
		if (entities == null || entities.isEmpty() || entities.size() > this.maxEntities) {
			throw new BadRequestException("invalid-lookup", "Invalid lookup",
					"'entities' must list 1 to " + this.maxEntities + " entity ids");
		}
		if (entities.stream().anyMatch((entity) -> entity == null || entity.isBlank())) {
			throw new BadRequestException("invalid-lookup", "Invalid lookup", "'entities' holds a null or blank id");
		}
		return entities;
	}

	private static List<String> features(FeatureView view, List<String> requested) {
		List<String> known = view.spec().features().stream().map(FeatureSpec::name).toList();
		if (requested == null || requested.isEmpty()) {
			return known;
		}
		List<String> unknown = requested.stream().filter((feature) -> !known.contains(feature)).toList();
		if (!unknown.isEmpty()) {
			throw new BadRequestException("unknown-feature", "Unknown feature", "Feature view '" + view.name()
					+ "' version " + view.version() + " has no feature " + unknown + " (known: " + known + ")",
					Map.of("unknown", unknown));
		}
		return requested;
	}

}
