package dev.loopline.featurestore.config;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the feature-store service ({@code loopline.features.*}).
 *
 * @param onlineCacheSize online rows (view version, entity) kept in memory in front of
 * PostgreSQL
 * @param onlineCacheRefresh age after which a cached online row is reloaded in the
 * background while still served (bounds how stale another instance's writes look; this
 * instance's own writes replace the cached row at once)
 * @param onlineCacheTtl age after which a cached online row is dropped (read again on the
 * next lookup)
 * @param viewCacheTtl how long a feature view version is served from memory
 * @param maxLookupEntities most entities in one online lookup
 * @param maxPushRows most rows in one push
 * @param trainingFetchSize rows fetched per round trip when a training set is streamed
 * @param chunkRetries how often a chunk that failed on the database is retried in place
 * (safe: materialization is idempotent) before the binder dead-letters it
 * @param chunkRetryDelay the first delay between those retries (doubling, at most 10s)
 */
@ConfigurationProperties("loopline.features")
@Validated
public record FeatureStoreProperties(@DefaultValue("100000") @Min(1) long onlineCacheSize,
		@DefaultValue("5s") @NotNull Duration onlineCacheRefresh, @DefaultValue("10m") @NotNull Duration onlineCacheTtl,
		@DefaultValue("5s") @NotNull Duration viewCacheTtl, @DefaultValue("1000") @Min(1) int maxLookupEntities,
		@DefaultValue("10000") @Min(1) int maxPushRows, @DefaultValue("1000") @Min(1) int trainingFetchSize,
		@DefaultValue("5") @Min(0) int chunkRetries, @DefaultValue("500ms") @NotNull Duration chunkRetryDelay) {
}
