package dev.loopline.registry.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Artifact storage: bundles stream in with their SHA-256 and size, come back verified
 * (read in 1 MB slices through a temporary file, which is deleted afterwards), corrupt
 * stored bytes are refused, and oversized uploads get 413 (the limit is 3 MB here).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.name=registry-service", "loopline.registry.max-artifact-size=3MB",
				"loopline.registry.max-concurrent-downloads=" + ArtifactIT.PARALLEL_DOWNLOADS })
@RealInfrastructure
class ArtifactIT {

	static final int PARALLEL_DOWNLOADS = 6;

	private static final int LIMIT = 3 * 1024 * 1024;

	private static final int SLICE = 1024 * 1024;

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	@Test
	void storesAndServesABundleWithItsHash() {
		// small, exactly two slices (the last read is empty), and a partial last slice
		for (int size : new int[] { 700_000, 2 * SLICE, 2 * SLICE + 12_345 }) {
			byte[] bundle = bytes(size);
			JsonNode stored = this.api.artifact("fraud", bundle);
			assertThat(stored.get("sha256").asString()).isEqualTo(sha256(bundle));
			assertThat(stored.get("size").asLong()).isEqualTo(bundle.length);
			assertThat(stored.get("modelName").asString()).isEqualTo("fraud");

			Api.BytesResponse download = this.api.download("/v1/artifacts/" + stored.get("id").asString());
			assertThat(download.status()).isEqualTo(200);
			assertThat(download.header("X-Content-SHA256")).isEqualTo(sha256(bundle));
			assertThat(download.header("Content-Length")).isEqualTo(String.valueOf(bundle.length));
			assertThat(download.body()).isEqualTo(bundle);
		}
		awaitNoTemporaryCopies();
	}

	@Test
	void servesOneBundleToConcurrentDownloadsWithEqualBytes() throws Exception {
		byte[] bundle = bytes(2 * SLICE + 777);
		String path = "/v1/artifacts/" + this.api.artifact("fraud", bundle).get("id").asString();
		CyclicBarrier start = new CyclicBarrier(PARALLEL_DOWNLOADS);
		ExecutorService threads = Executors.newFixedThreadPool(PARALLEL_DOWNLOADS);
		try {
			List<Future<Api.BytesResponse>> downloads = new ArrayList<>();
			for (int i = 0; i < PARALLEL_DOWNLOADS; i++) {
				downloads.add(threads.submit(() -> {
					start.await(Runs.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
					return this.api.download(path);
				}));
			}
			for (Future<Api.BytesResponse> download : downloads) {
				Api.BytesResponse response = download.get(Runs.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
				assertThat(response.status()).isEqualTo(200);
				assertThat(response.header("X-Content-SHA256")).isEqualTo(sha256(bundle));
				assertThat(response.body()).isEqualTo(bundle);
			}
		}
		finally {
			threads.shutdownNow();
		}
		awaitNoTemporaryCopies();
	}

	@Test
	void refusesToServeCorruptStoredBytes() {
		double corruptBefore = this.meters.counter("loopline.registry.artifacts.corrupt").count();
		String id = this.api.artifact("fraud", bytes(1000)).get("id").asString();
		this.jdbc.update("update artifact set content = ? where id = ?::uuid", bytes(999), id);
		Api.Response response = this.api.get("/v1/artifacts/" + id);
		assertThat(response.status()).isEqualTo(500);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("type").asString()).endsWith("/artifact-corrupt");
		assertThat(response.header("X-Content-SHA256")).isNull();
		assertThat(this.meters.counter("loopline.registry.artifacts.corrupt").count()).isEqualTo(corruptBefore + 1);

		// a corrupt slice in the middle of a multi-slice bundle is found as well
		byte[] large = bytes(2 * SLICE + 100);
		String largeId = this.api.artifact("fraud", large).get("id").asString();
		large[SLICE + 5] ^= 1;
		this.jdbc.update("update artifact set content = ? where id = ?::uuid", large, largeId);
		assertThat(this.api.get("/v1/artifacts/" + largeId).json().get("type").asString())
			.endsWith("/artifact-corrupt");
		awaitNoTemporaryCopies();
	}

	@Test
	void rejectsAnOversizedBundle() {
		Api.Response response = this.api.upload("fraud", bytes(LIMIT + 1), TestApiKeys.OPERATE);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("type").asString()).endsWith("/payload-too-large");
		assertThat(this.jdbc.queryForObject("select count(*) from artifact where size > ?", Long.class, LIMIT))
			.isZero();
	}

	@Test
	void stopsAChunkedUploadThatGrowsPastTheLimit() {
		Api.Response response = this.api.uploadChunked("fraud", bytes(LIMIT + 10));
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

	/** Downloads delete their temporary copy once the response is written. */
	private static void awaitNoTemporaryCopies() {
		Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
		await().atMost(Runs.TIMEOUT).untilAsserted(() -> {
			try (Stream<Path> files = Files.list(tmp)) {
				assertThat(files.map((file) -> file.getFileName().toString()))
					.noneMatch((name) -> name.startsWith("loopline-artifact-"));
			}
		});
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] bytes(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}

}
