package dev.loopline.training;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.RetrainRequested;

import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.SampleEvents;
import dev.loopline.testkit.ServiceConformanceTests;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Starts the training service against the real broker and database and checks what every
 * service must show (see {@link ServiceConformanceTests}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=" + TrainingApplication.CONFIG_NAME)
@RealInfrastructure
class TrainingServiceIT extends ServiceConformanceTests {

	@Override
	protected String schema() {
		return "training";
	}

	@Override
	protected List<InboundMessage> inboundMessages() {
		return List.of(InboundMessage.of(SampleEvents.trainModel("fraud")),
				InboundMessage.of(new RetrainRequested(EventMetadata.newCorrelation(), "fraud", UUID.randomUUID(),
						"drift on amount", Instant.parse("2026-01-15T10:00:00Z"))));
	}

}
