package dev.loopline.training.config;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the training service ({@code loopline.training.*}).
 *
 * @param featureStoreUrl base URL of the feature store's REST API
 * @param registryUrl base URL of the registry's REST API
 * @param apiKey API key sent as {@code X-API-Key} to the feature store and the registry
 * (needs roles read and operate); empty sends none
 * @param maxConcurrentRuns runs trained at the same time (each of a different model)
 * @param pollInterval how often the worker looks for queued runs (it is also woken when a
 * run is queued)
 * @param schedulePollInterval how often cron schedules are checked
 * @param newDataPollInterval how often the feature store is asked for new records
 * @param httpTimeout read timeout of a call to the feature store or the registry
 * @param maxRows the most rows a run reads: a run holds its training set in memory (about
 * 1.5 KB a row at 20 features), so a larger set fails the run with this limit in its
 * reason instead of the service running out of memory; narrow the model's window
 */
@ConfigurationProperties("loopline.training")
@Validated
public record TrainingProperties(@DefaultValue("http://localhost:8083") @NotBlank String featureStoreUrl,
		@DefaultValue("http://localhost:8085") @NotBlank String registryUrl, @DefaultValue("") String apiKey,
		@DefaultValue("1") @Min(1) int maxConcurrentRuns, @DefaultValue("1s") @NotNull Duration pollInterval,
		@DefaultValue("10s") @NotNull Duration schedulePollInterval,
		@DefaultValue("30s") @NotNull Duration newDataPollInterval, @DefaultValue("10m") @NotNull Duration httpTimeout,
		@DefaultValue("1000000") @Min(1) long maxRows) {
}
