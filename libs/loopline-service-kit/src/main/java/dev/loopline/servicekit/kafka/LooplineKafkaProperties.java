package dev.loopline.servicekit.kafka;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Kafka settings ({@code loopline.kafka.*}).
 *
 * @param topicPrefix prefix of every platform topic (DESIGN §4), e.g. {@code loopline.}
 */
@Validated
@ConfigurationProperties("loopline.kafka")
public record LooplineKafkaProperties(@DefaultValue("loopline.") @NotNull String topicPrefix) {

	/**
	 * The full name of a platform topic.
	 * @param name the unprefixed name, e.g. {@code records.raw}
	 * @return the prefixed name, e.g. {@code loopline.records.raw}
	 */
	public String topic(String name) {
		return this.topicPrefix + name;
	}

}
