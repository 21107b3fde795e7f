package dev.loopline.training.it;

import dev.loopline.testkit.StandInService;

/**
 * Base of the HTTP stand-ins for the other services in the training ITs: the test kit's
 * stand-in with the API key the training service is configured to send.
 */
abstract class FakeService extends StandInService {

	static final String API_KEY = "training-service-key";

	FakeService() {
		super(API_KEY);
	}

}
