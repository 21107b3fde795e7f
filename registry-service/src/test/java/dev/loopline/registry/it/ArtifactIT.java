package dev.loopline.registry.it;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Artifact storage: bundles stream in with their SHA-256 and size, come back verified,
 * corrupt stored bytes are refused, and oversized uploads get 413 (the limit is 1 MB
 * here).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=registry-service", "loopline.registry.max-artifact-size=1MB" })
@RealInfrastructure
class ArtifactIT {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	@Test
	void storesAndServesABundleWithItsHash() throws Exception {
		byte[] bundle = bytes(700_000);
		JsonNode stored = this.api.artifact("fraud", bundle);
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bundle));
		assertThat(stored.get("sha256").asString()).isEqualTo(sha);
		assertThat(stored.get("size").asLong()).isEqualTo(bundle.length);

		Api.BytesResponse download = this.api.download("/v1/artifacts/" + stored.get("id").asString());
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("X-Content-SHA256")).isEqualTo(sha);
		assertThat(download.header("Content-Length")).isEqualTo(String.valueOf(bundle.length));
		assertThat(download.body()).isEqualTo(bundle);
	}

	@Test
	void refusesToServeCorruptStoredBytes() {
		String id = this.api.artifact("fraud", bytes(1000)).get("id").asString();
		this.jdbc.update("update artifact set content = ? where id = ?::uuid", bytes(999), id);
		Api.Response response = this.api.get("/v1/artifacts/" + id);
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("type").asString()).endsWith("/artifact-corrupt");
	}

	@Test
	void rejectsAnOversizedBundle() {
		Api.Response response = this.api.upload("fraud", bytes(1024 * 1024 + 1), TestApiKeys.OPERATE);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("type").asString()).endsWith("/payload-too-large");
		assertThat(this.jdbc.queryForObject("select count(*) from artifact where size > 1048576", Long.class)).isZero();
	}

	@Test
	void stopsAChunkedUploadThatGrowsPastTheLimit() {
		Api.Response response = this.api.uploadChunked("fraud", bytes(1024 * 1024 + 10));
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("type").asString()).endsWith("/payload-too-large");
		assertThat(this.api.uploadChunked("fraud", bytes(2000)).status()).isEqualTo(201);
	}

	@Test
	void answersUnknownArtifactsAndWrongRolesWithProblems() {
		assertThat(this.api.get("/v1/artifacts/" + java.util.UUID.randomUUID()).json().get("type").asString())
			.endsWith("/artifact-not-found");
		assertThat(this.api.get("/v1/artifacts/not-a-uuid").status()).isEqualTo(404);
		assertThat(this.api.upload("fraud", bytes(10), TestApiKeys.READ).status()).isEqualTo(403);
	}

	private static byte[] bytes(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}

}
