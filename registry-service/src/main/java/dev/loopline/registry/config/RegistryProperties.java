package dev.loopline.registry.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Registry settings ({@code loopline.registry.*}).
 *
 * @param maxArtifactSize the largest model bundle accepted by {@code POST /v1/artifacts}
 * @param defaultPageSize page size of list endpoints when the request names none
 * @param maxPageSize the largest page size a request may ask for
 * @param maxConcurrentDownloads artifact downloads served at once; each holds a temporary
 * file of the bundle until its response is written, so this bounds disk and database
 * connections, and a download beyond it gets 503 with {@code Retry-After}
 */
@Validated
@ConfigurationProperties("loopline.registry")
public record RegistryProperties(@DefaultValue("512MB") DataSize maxArtifactSize,
		@DefaultValue("20") @Min(1) int defaultPageSize, @DefaultValue("200") @Min(1) @Max(10_000) int maxPageSize,
		@DefaultValue("4") @Min(1) int maxConcurrentDownloads) {

}
