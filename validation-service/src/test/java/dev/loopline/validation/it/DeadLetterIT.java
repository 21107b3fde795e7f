package dev.loopline.validation.it;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.loopline.contracts.RawRecord;
import dev.loopline.contracts.Topics;
import dev.loopline.contracts.ValidatedRecord;
import dev.loopline.testkit.KafkaProbe;
import dev.loopline.testkit.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An undecodable message between valid ones is dead-lettered alone; the records around
 * it, in the same poll, are still validated.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=validation-service")
@RealInfrastructure
class DeadLetterIT {

	@Value("${local.server.port}")
	int port;

	@Test
	void deadLettersGarbageAloneAndKeepsValidating() {
		new Api(this.port).putContract("events", """
				{"fields": [{"name": "id", "type": "integer", "required": true}], "entityKey": "id"}""");
		RawRecord before = Records.raw("events", Map.of("id", 1));
		RawRecord after = Records.raw("events", Map.of("id", "2"));
		String garbage = "{\"metadata\": 42, garbage " + System.nanoTime();
		try (KafkaProbe kafka = KafkaProbe.create()) {
			Records.publish(kafka, before);
			kafka.send(Topics.RECORDS_RAW, "events:x", garbage.getBytes(StandardCharsets.UTF_8), Map.of());
			Records.publish(kafka, after);
			ConsumerRecord<String, String> dead = kafka.awaitRecord(Topics.dlq(Topics.RECORDS_RAW),
					(record) -> garbage.equals(record.value()), Records.TIMEOUT);
			assertThat(KafkaProbe.headerValue(dead, "x-original-topic")).isEqualTo(Topics.RECORDS_RAW);
			assertThat(KafkaProbe.headerValue(dead, "x-exception-message")).contains("RawRecord");
			for (RawRecord raw : new RawRecord[] { before, after }) {
				ValidatedRecord validated = Records.await(kafka, Topics.RECORDS_VALIDATED, ValidatedRecord.class,
						(record) -> record.recordId().equals(raw.recordId()));
				assertThat(validated.fields().get("id")).isIn(1, 2);
			}
		}
	}

}
