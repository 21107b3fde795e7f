package dev.loopline.serving.it;

import dev.loopline.testkit.StandInService;

/**
 * Base of the HTTP stand-ins for the other services in the serving ITs: the test kit's
 * stand-in with the API key the serving service is configured to send.
 */
abstract class FakeService extends StandInService {

	static final String API_KEY = "serving-service-key";

	FakeService() {
		super(API_KEY);
	}

}
