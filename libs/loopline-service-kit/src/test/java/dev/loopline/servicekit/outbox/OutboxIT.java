package dev.loopline.servicekit.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.TrainModel;
import dev.loopline.contracts.TrainingTrigger;
import dev.loopline.servicekit.testapp.TestApplication;
import dev.loopline.testkit.KafkaProbe;
import dev.loopline.testkit.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The outbox on the real broker and database, with the relay switched off so the test
 * plays a service that died between its commit and the send: the committed event waits in
 * the table, is published once when a relay runs, and never again; a rolled-back
 * transaction leaves nothing to publish.
 */
@SpringBootTest(classes = TestApplication.class, properties = { "spring.application.name=kit-outbox-test",
		"spring.flyway.locations=classpath:db/loopline-kit,classpath:db/loopline-outbox",
		"spring.cloud.stream.output-bindings=commands",
		"spring.cloud.stream.bindings.commands.destination=" + OutboxIT.TOPIC, "loopline.outbox.relay-enabled=false" })
@RealInfrastructure
class OutboxIT {

	static final String TOPIC = "loopline.test.outbox";

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxRelay relay;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void publishesACommittedEventOnceAfterTheServiceCameBack() {
		TrainModel first = command("churn");
		TrainModel second = command("churn");
		this.transactions.executeWithoutResult((status) -> {
			this.outbox.add("commands", first);
			this.outbox.add("commands", second);
		});
		assertThat(pending()).isEqualTo(2);

		assertThat(this.relay.publishPending()).isEqualTo(2);
		assertThat(this.relay.publishPending()).isZero();
		assertThat(pending()).isZero();
		try (KafkaProbe kafka = KafkaProbe.create()) {
			List<String> ids = List.of(first.metadata().eventId().toString(), second.metadata().eventId().toString());
			// other tests of this class publish to the same topic: keep this test's
			// events
			List<ConsumerRecord<String, String>> records = kafka.awaitRecords(TOPIC,
					(record) -> ids.contains(KafkaProbe.headerValue(record, "ce_id")), 2, Duration.ofSeconds(30));
			assertThat(records).extracting((record) -> KafkaProbe.headerValue(record, "ce_id"))
				.containsExactlyElementsOf(ids);
			assertThat(records).extracting(ConsumerRecord::key).containsOnly("churn");
		}
	}

	@Test
	void rolledBackTransactionLeavesNothingToPublish() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
				this.outbox.add("commands", command("fraud"));
				throw new IllegalArgumentException("the state change failed");
			}));
		assertThat(pending()).isZero();
	}

	@Test
	void refusesAnEventOutsideATransaction() {
		assertThatIllegalStateException().isThrownBy(() -> this.outbox.add("commands", command("fraud")))
			.withMessageContaining("needs an active transaction");
	}

	@Test
	void keepsAnEventWhoseSendFailsForTheNextPoll() {
		// larger than the producer's max.request.size (1 MB): the broker never takes it
		TrainModel command = new TrainModel(EventMetadata.newCorrelation(), "fraud", TrainingTrigger.MANUAL, "test",
				null, Map.of("padding", "x".repeat(2_000_000)));
		this.transactions.executeWithoutResult((status) -> this.outbox.add("commands", command));
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(this.relay::publishPending);
		assertThat(
				this.jdbc.queryForObject("select count(*) from outbox_event where event_id = ? and last_error is null",
						Long.class, command.metadata().eventId()))
			.isOne();
		// an operator's fix: the destination cannot be repaired in a test, so the row
		// goes
		this.jdbc.update("delete from outbox_event where event_id = ?", command.metadata().eventId());
	}

	@Test
	void setsAsideAnEventItCannotReadAndPublishesTheRest() {
		this.jdbc.update("insert into outbox_event (event_id, binding, ce_type, payload) values (?, ?, ?, ?)",
				UUID.randomUUID(), "commands", "dev.loopline.training.train-model.v1", "{not json");
		TrainModel readable = command("churn");
		this.transactions.executeWithoutResult((status) -> this.outbox.add("commands", readable));
		assertThat(this.relay.publishPending()).isOne();
		assertThat(
				this.jdbc.queryForObject("select count(*) from outbox_event where last_error is not null", Long.class))
			.isOne();
		this.jdbc.update("delete from outbox_event");
	}

	private long pending() {
		Long count = this.jdbc.queryForObject("select count(*) from outbox_event", Long.class);
		return (count != null) ? count : 0;
	}

	private static TrainModel command(String model) {
		return new TrainModel(EventMetadata.newCorrelation(), model, TrainingTrigger.MANUAL, "test", null, Map.of());
	}

}
