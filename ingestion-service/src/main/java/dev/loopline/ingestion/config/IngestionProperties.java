package dev.loopline.ingestion.config;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Ingestion settings ({@code loopline.ingestion.*}).
 *
 * @param maxRecordsPerRequest most records one JSON or NDJSON request may carry (413
 * above)
 * @param chunkSize records landed (one multi-row insert) and published together
 * @param republishAfter how long a landed row may stay unpublished before the sweeper
 * publishes it again (a crash between commit and send)
 * @param sweepInterval how often the sweeper looks for such rows
 * @param publishTimeout how long landing waits for the broker's acknowledgements of a
 * chunk; rows not acknowledged by then are left to the sweeper
 * @param publishAfterCommit whether rows are published right after their commit;
 * {@code false} leaves every row to the sweeper (tests of the outbox use it)
 * @param publishInFlight how many landed chunks may await the broker's acknowledgements
 * while landing goes on (publication runs in the background after the commit)
 */
@Validated
@ConfigurationProperties("loopline.ingestion")
public record IngestionProperties(@DefaultValue("10000") @Min(1) int maxRecordsPerRequest,
		@DefaultValue("1000") @Min(1) int chunkSize, @DefaultValue("30s") Duration republishAfter,
		@DefaultValue("10s") Duration sweepInterval, @DefaultValue("30s") Duration publishTimeout,
		@DefaultValue("true") boolean publishAfterCommit, @DefaultValue("8") @Min(1) int publishInFlight) {

}
