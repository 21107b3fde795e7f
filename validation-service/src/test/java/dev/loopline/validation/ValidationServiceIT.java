package dev.loopline.validation;

import java.util.List;

import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.SampleEvents;
import dev.loopline.testkit.ServiceConformanceTests;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Starts the validation service against the real broker and database and checks what
 * every service must show (see {@link ServiceConformanceTests}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=" + ValidationApplication.CONFIG_NAME)
@RealInfrastructure
class ValidationServiceIT extends ServiceConformanceTests {

	@Override
	protected String schema() {
		return "validation";
	}

	@Override
	protected List<InboundMessage> inboundMessages() {
		return List.of(InboundMessage.of(SampleEvents.rawRecord("orders", "c-1")));
	}

}
