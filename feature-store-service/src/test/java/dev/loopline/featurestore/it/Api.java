package dev.loopline.featurestore.it;

import dev.loopline.testkit.ServiceApi;
import dev.loopline.testkit.TestApiKeys;
import tools.jackson.databind.JsonNode;

/**
 * The feature store's API in integration tests: the test kit's client plus the calls the
 * tests make again and again.
 */
final class Api extends ServiceApi {

	Api(int port) {
		super(port);
	}

	/** Registers a view as operator; fails the test unless it is created. */
	JsonNode createView(String json) {
		return expect(post("/v1/feature-views", TestApiKeys.OPERATE, json), 201, "POST feature view");
	}

	/** Looks entities up as reader. */
	JsonNode online(String view, String body) {
		return expect(post("/v1/feature-views/" + view + "/online", TestApiKeys.READ, body), 200, "Online lookup");
	}

	/** Defines a training set as operator. */
	JsonNode trainingSet(String body) {
		return expect(post("/v1/training-sets", TestApiKeys.OPERATE, body), 201, "Training set");
	}

	private static JsonNode expect(Response response, int status, String what) {
		if (response.status() != status) {
			throw new AssertionError(what + " failed: " + response.status() + " " + response.body());
		}
		return response.json();
	}

}
