package dev.loopline.training.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.loopline.features.spec.FeatureViewSpec;
import dev.loopline.features.spec.FeatureViewSpecs;
import dev.loopline.models.TrainingRow;
import dev.loopline.servicekit.http.PeerClients;
import dev.loopline.training.config.TrainingProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The feature store's REST API as the training service uses it: define a training set,
 * stream its rows (NDJSON, parsed one row at a time), read the feature view spec, and
 * count new records for the new-data trigger.
 */
@Component
public class FeatureStoreClient {

	static final String SERVICE = "feature store";

	private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

	private final RestClient http;

	private final JsonMapper json;

	FeatureStoreClient(TrainingProperties properties, JsonMapper json) {
		this.http = PeerClients.create(SERVICE, properties.featureStoreUrl(), properties.apiKey(),
				properties.httpTimeout());
		this.json = json;
	}

	public TrainingSetAnswer defineTrainingSet(TrainingSetQuery query) {
		return this.http.post().uri("/v1/training-sets").body(query).retrieve().body(TrainingSetAnswer.class);
	}

	/**
	 * Reads a training set's rows, streamed: only the parsed rows are held in memory.
	 */
	public List<TrainingRow> rows(UUID trainingSetId) {
		return this.http.get()
			.uri("/v1/training-sets/{id}/rows", trainingSetId)
			.accept(NDJSON)
			.exchange((request, response) -> {
				if (response.getStatusCode().isError()) {
					throw PeerClients.failure(SERVICE, "GET training set rows " + trainingSetId, response);
				}
				return read(response.getBody());
			});
	}

	public FeatureViewSpec view(String name, int version) {
		JsonNode view = this.http.get()
			.uri("/v1/feature-views/{name}/versions/{version}", name, version)
			.retrieve()
			.body(JsonNode.class);
		return FeatureViewSpecs.fromJson(view.get("spec").toString());
	}

	public OfflineStats offline(String dataset, long sinceSequence) {
		return this.http.get()
			.uri("/v1/datasets/{dataset}/offline?sinceSequence={since}", dataset, sinceSequence)
			.retrieve()
			.body(OfflineStats.class);
	}

	private List<TrainingRow> read(InputStream body) throws IOException {
		List<TrainingRow> rows = new ArrayList<>();
		try (MappingIterator<TrainingRow> lines = this.json.readerFor(TrainingRow.class).readValues(body)) {
			while (lines.hasNextValue()) {
				rows.add(lines.nextValue());
			}
		}
		return rows;
	}

}
