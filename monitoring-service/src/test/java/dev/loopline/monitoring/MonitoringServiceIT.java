package dev.loopline.monitoring;

import java.util.List;

import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.SampleEvents;
import dev.loopline.testkit.ServiceConformanceTests;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Starts the monitoring service against the real broker and database and checks what
 * every service must show (see {@link ServiceConformanceTests}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=" + MonitoringApplication.CONFIG_NAME)
@RealInfrastructure
class MonitoringServiceIT extends ServiceConformanceTests {

	@Override
	protected String schema() {
		return "monitoring";
	}

	@Override
	protected List<InboundMessage> inboundMessages() {
		return List.of(InboundMessage.of(SampleEvents.validatedRecord("orders", "c-1")),
				InboundMessage.of(SampleEvents.predictionLogged("fraud")),
				InboundMessage.of(SampleEvents.labelObserved("orders", "c-1")),
				InboundMessage.of(SampleEvents.modelPromoted("fraud", 1)),
				InboundMessage.of(SampleEvents.trainingRunSucceeded("fraud")));
	}

}
