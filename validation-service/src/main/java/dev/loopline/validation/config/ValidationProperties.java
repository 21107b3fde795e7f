package dev.loopline.validation.config;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the validation service ({@code loopline.validation.*}).
 *
 * @param contractCacheTtl how long a contract is served from memory before it is read
 * again (bounds how long another instance's change takes to apply)
 * @param uniqueWindowSize record ids remembered per instance for {@code unique}
 * @param uniqueWindowTtl how long a record id is remembered for {@code unique}
 * @param profileSampleSize recent records kept per dataset for profiling and suggestions
 * @param sendTimeout how long a chunk waits for the broker to acknowledge its outputs
 * @param chunkRetries how often a chunk that failed on the database or the broker is
 * retried in place (safe: processing is idempotent) before the binder dead-letters it
 * @param chunkRetryDelay the first delay between those retries (doubling, at most 10s)
 */
@ConfigurationProperties("loopline.validation")
@Validated
public record ValidationProperties(@DefaultValue("5s") @NotNull Duration contractCacheTtl,
		@DefaultValue("1000000") @Min(1) long uniqueWindowSize, @DefaultValue("24h") @NotNull Duration uniqueWindowTtl,
		@DefaultValue("5000") @Min(10) int profileSampleSize, @DefaultValue("30s") @NotNull Duration sendTimeout,
		@DefaultValue("5") @Min(0) int chunkRetries, @DefaultValue("500ms") @NotNull Duration chunkRetryDelay) {
}
