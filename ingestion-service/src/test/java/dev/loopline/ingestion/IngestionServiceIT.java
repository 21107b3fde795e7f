package dev.loopline.ingestion;

import java.util.List;

import dev.loopline.testkit.RealInfrastructure;
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
		return List
			.of(InboundMessage.json("loopline.ingest.conformance", "c-1", "{\"amount\": 12.5, \"country\": \"DE\"}"));
	}

}
