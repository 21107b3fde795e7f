package dev.loopline.servicekit.kafka;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * {@code loopline.events.dead.lettered{topic}}: records sent to {@code <topic>.dlq}, by
 * the binder or by {@link DeadLetters}. The counter of every topic the service consumes
 * is registered at zero on start-up, so an alert on its increase fires on the first dead
 * letter and a dashboard shows the topics before anything went wrong.
 */
public final class DeadLetterMetrics {

	/** The meter's name. */
	public static final String NAME = "loopline.events.dead.lettered";

	private final MeterRegistry registry;

	/**
	 * Registers the counters of the given topics at zero.
	 * @param registry where the counters live
	 * @param consumedTopics the topics the service reads (see
	 * {@link #consumedTopics(Environment)})
	 */
	public DeadLetterMetrics(MeterRegistry registry, Set<String> consumedTopics) {
		this.registry = registry;
		consumedTopics.forEach(this::counter);
	}

	/**
	 * Counts one record dead-lettered from a topic.
	 * @param topic the topic the record was read from
	 */
	public void count(String topic) {
		counter(topic).increment();
	}

	private Counter counter(String topic) {
		return Counter.builder(NAME)
			.description("Records sent to the topic's dead-letter topic <topic>.dlq")
			.tag("topic", topic)
			.register(this.registry);
	}

	/**
	 * The topics of every input binding ({@code <function>-in-<n>}), a binding with
	 * several comma-separated destinations giving each; pattern subscriptions are left
	 * out (their topics are counted when a record of theirs is dead-lettered).
	 * @param environment the service's environment
	 * @return the topics, sorted
	 */
	public static Set<String> consumedTopics(Environment environment) {
		Binder binder = Binder.get(environment);
		Map<String, InputBinding> bindings = binder
			.bind("spring.cloud.stream.bindings", Bindable.mapOf(String.class, InputBinding.class))
			.orElse(Map.of());
		Map<String, KafkaBinding> kafkaBindings = binder
			.bind("spring.cloud.stream.kafka.bindings", Bindable.mapOf(String.class, KafkaBinding.class))
			.orElse(Map.of());
		Set<String> topics = new TreeSet<>();
		bindings.forEach((name, binding) -> {
			KafkaBinding kafka = kafkaBindings.get(name);
			boolean pattern = kafka != null && kafka.consumer() != null && kafka.consumer().destinationIsPattern();
			if (name.matches(".+-in-\\d+") && !pattern && StringUtils.hasText(binding.destination())) {
				for (String topic : binding.destination().split(",")) {
					if (StringUtils.hasText(topic)) {
						topics.add(topic.trim());
					}
				}
			}
		});
		return topics;
	}

	/** The part of a binding's properties this needs. */
	record InputBinding(@Nullable String destination) {

	}

	/** The part of a binding's Kafka properties this needs. */
	record KafkaBinding(@Nullable KafkaConsumer consumer) {

	}

	/** Whether the binding subscribes to a pattern. */
	record KafkaConsumer(boolean destinationIsPattern) {

	}

}
