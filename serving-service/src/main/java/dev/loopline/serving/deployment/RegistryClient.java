package dev.loopline.serving.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.loopline.servicekit.http.PeerClients;
import dev.loopline.servicekit.http.RemoteServiceException;
import dev.loopline.serving.config.ServingProperties;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The registry's REST API as serving uses it: list the models, read an alias, download an
 * artifact.
 */
@Component
class RegistryClient {

	private static final int PAGE_SIZE = 100;

	private final RestClient http;

	RegistryClient(ServingProperties properties) {
		this.http = PeerClients.create("registry", properties.registryUrl(), properties.apiKey(),
				properties.httpTimeout());
	}

	List<String> modelNames() {
		List<String> names = new ArrayList<>();
		for (int page = 0;; page++) {
			ModelPage answer = this.http.get()
				.uri("/v1/models?page={page}&size={size}", page, PAGE_SIZE)
				.retrieve()
				.body(ModelPage.class);
			if (answer == null || answer.items() == null || answer.items().isEmpty()) {
				return names;
			}
			answer.items().forEach((model) -> names.add(model.name()));
			if (names.size() >= answer.total()) {
				return names;
			}
		}
	}

	Optional<AliasedVersion> alias(String model, String alias) {
		try {
			return Optional.ofNullable(this.http.get()
				.uri("/v1/models/{name}/aliases/{alias}", model, alias)
				.retrieve()
				.body(AliasedVersion.class));
		}
		catch (RemoteServiceException ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	byte[] download(String artifactId) {
		byte[] bytes = this.http.get()
			.uri("/v1/artifacts/{id}", artifactId)
			.accept(MediaType.APPLICATION_OCTET_STREAM)
			.retrieve()
			.body(byte[].class);
		return (bytes != null) ? bytes : new byte[0];
	}

	record ModelPage(List<ModelItem> items, long total) {
	}

	record ModelItem(String name) {
	}

	/**
	 * The parts of a registry version JSON that serving reads.
	 *
	 * @param version the version
	 * @param artifactId its bundle
	 * @param artifactSha256 the bundle's SHA-256
	 */
	record AliasedVersion(int version, String artifactId, String artifactSha256) {
	}

}
