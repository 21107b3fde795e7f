package dev.loopline.ingestion;

import java.util.List;
import java.util.Map;

import dev.loopline.contracts.EventMetadata;
import dev.loopline.contracts.QuarantinedRecord;
import dev.loopline.contracts.Violation;

import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.SampleEvents;
import dev.loopline.testkit.ServiceConformanceTests;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Starts the ingestion service against the real broker and database and checks what every
 * service must show (see {@link ServiceConformanceTests}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=" + IngestionApplication.CONFIG_NAME)
@RealInfrastructure
class IngestionServiceIT extends ServiceConformanceTests {

	@Override
	protected String schema() {
		return "ingestion";
	}

	@Override
	protected List<InboundMessage> inboundMessages() {
		QuarantinedRecord quarantined = new QuarantinedRecord(EventMetadata.newCorrelation(), "orders", "r-1", "o-1",
				"batch-1", 1, Map.of("amount", -1), List.of(new Violation("min", "amount", -1, "below 0")));
		return List.of(
				InboundMessage.json("loopline.ingest.conformance", "c-1", "{\"amount\": 12.5, \"country\": \"DE\"}"),
				InboundMessage.of(SampleEvents.validatedRecord("orders", "o-1")), InboundMessage.of(quarantined));
	}

}
