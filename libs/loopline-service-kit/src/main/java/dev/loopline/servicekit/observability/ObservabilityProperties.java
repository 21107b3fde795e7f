package dev.loopline.servicekit.observability;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Observability settings ({@code loopline.observability.*}).
 *
 * @param instance value of the {@code instance} metric tag; defaults to the
 * {@code HOSTNAME} environment variable, else the local host name
 */
@Validated
@ConfigurationProperties("loopline.observability")
public record ObservabilityProperties(@Nullable String instance) {

}
