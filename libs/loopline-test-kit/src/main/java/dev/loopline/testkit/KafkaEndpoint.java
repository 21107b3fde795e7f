package dev.loopline.testkit;

/**
 * Where the test Kafka broker listens.
 *
 * @param bootstrapServers the {@code host:port} list clients use as
 * {@code bootstrap.servers}
 */
public record KafkaEndpoint(String bootstrapServers) {

}
