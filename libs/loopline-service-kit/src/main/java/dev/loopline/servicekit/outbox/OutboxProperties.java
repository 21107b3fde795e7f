package dev.loopline.servicekit.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the transactional outbox ({@code loopline.outbox.*}).
 *
 * @param relayEnabled whether the relay publishes by itself (after each commit and every
 * {@code pollInterval}); with {@code false} events wait for
 * {@link OutboxRelay#publishPending()}
 * @param pollInterval how often the relay looks for events left behind (a crash between
 * commit and send, a broker that was away)
 * @param batchSize events published and awaited together
 * @param sendTimeout how long the relay waits for the broker's acknowledgements of a
 * batch
 */
@ConfigurationProperties("loopline.outbox")
@Validated
public record OutboxProperties(@DefaultValue("true") boolean relayEnabled, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("100") @Min(1) int batchSize, @DefaultValue("10s") Duration sendTimeout) {

}
