package dev.loopline.training.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import dev.loopline.features.spec.FeatureViewSpec;
import dev.loopline.features.spec.FeatureViewSpecs;
import dev.loopline.models.TrainingRow;
import dev.loopline.servicekit.http.PeerClients;
import dev.loopline.training.config.TrainingProperties;
import tools.jackson.core.StreamReadFeature;
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
	 * Reads a training set's rows, streamed: only the parsed rows are held in memory. The
	 * bytes are hashed as they arrive, as the feature store hashed them when the set was
	 * defined, so the caller can prove it trained on exactly that set.
	 */
	public FetchedRows rows(UUID trainingSetId) {
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

	private FetchedRows read(InputStream body) throws IOException {
		MessageDigest digest = sha256();
		List<TrainingRow> rows = new ArrayList<>();
		try (DigestInputStream hashed = new DigestInputStream(body, digest);
				MappingIterator<TrainingRow> lines = this.json.readerFor(TrainingRow.class)
					.without(StreamReadFeature.AUTO_CLOSE_SOURCE)
					.readValues(hashed)) {
			while (lines.hasNextValue()) {
				rows.add(lines.nextValue());
			}
			// the parser may stop before the last bytes (a final newline): hash them too
			hashed.transferTo(OutputStream.nullOutputStream());
		}
		return new FetchedRows(rows, "sha256:" + HexFormat.of().formatHex(digest.digest()));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	/**
	 * A training set's rows as streamed.
	 *
	 * @param rows the rows, in the feature store's order
	 * @param contentHash {@code sha256:} of the bytes received
	 */
	public record FetchedRows(List<TrainingRow> rows, String contentHash) {
	}

}
