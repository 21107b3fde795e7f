package dev.loopline.models.bundle;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.loopline.models.Synthetic;
import dev.loopline.models.Task;
import dev.loopline.models.training.ModelTrainer;
import dev.loopline.models.training.ProgressListener;
import dev.loopline.models.training.TrainedModel;
import dev.loopline.models.training.TrainingRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ModelBundlesTest {

	private static byte[] bytes;

	@BeforeAll
	static void writeABundle() {
		TrainingRequest request = new TrainingRequest(Task.CLASSIFICATION, "logistic-regression", Map.of(), 3,
				Synthetic.spec(), "label");
		TrainedModel trained = ModelTrainer.train(request, Synthetic.rows(Task.CLASSIFICATION, 100, 1),
				ProgressListener.NONE);
		BundleManifest manifest = new BundleManifest(ModelBundles.FORMAT_VERSION, "churn", Task.CLASSIFICATION, "label",
				"logistic-regression", trained.trainerName(), trained.effectiveHyperparameters(), 3,
				Map.of("accuracy", 0.9), Map.of("runId", "r-1"), Instant.parse("2026-02-03T04:05:06Z"));
		bytes = ModelBundles.write(new ModelBundle(manifest, trained.model(), trained.pipeline(), trained.profile(),
				trained.provenanceJson()));
	}

	@Test
	void writesTheDocumentedEntriesWithAReadableManifest() {
		Map<String, byte[]> entries = ZipEntries.read(bytes);
		assertThat(entries).containsOnlyKeys("manifest.json", "model.pb", "pipeline.json", "profile.json",
				"provenance.json");
		String manifest = text(entries.get("manifest.json"));
		assertThat(manifest).contains("\"formatVersion\" : 1", "\"task\" : \"classification\"",
				"\"createdAt\" : \"2026-02-03T04:05:06Z\"", "\"seed\" : 3");
		assertThat(text(entries.get("provenance.json")))
			.contains("org.tribuo.classification.sgd.linear.LinearSGDTrainer", "\"seed\"");
		ModelBundle read = ModelBundles.read(bytes);
		assertThat(read.manifest().modelName()).isEqualTo("churn");
		assertThat(read.manifest().task()).isEqualTo(Task.CLASSIFICATION);
		assertThat(read.manifest().createdAt()).isEqualTo(Instant.parse("2026-02-03T04:05:06Z"));
	}

	@Test
	void ignoresUnknownEntriesAndManifestFields() {
		Map<String, byte[]> entries = ZipEntries.read(bytes);
		entries.put("model.onnx", new byte[] { 1, 2, 3 });
		entries.put("manifest.json", text(entries.get("manifest.json")).replaceFirst("\\{", "{ \"addedLater\": true,")
			.getBytes(StandardCharsets.UTF_8));
		assertThat(ModelBundles.read(ZipEntries.write(entries)).manifest().modelName()).isEqualTo("churn");
	}

	@Test
	void namesEveryMissingEntry() {
		Map<String, byte[]> entries = new LinkedHashMap<>(ZipEntries.read(bytes));
		entries.remove("model.pb");
		entries.remove("profile.json");
		assertThatExceptionOfType(BundleFormatException.class)
			.isThrownBy(() -> ModelBundles.read(ZipEntries.write(entries)))
			.withMessage("Model bundle is missing entries [model.pb, profile.json] (has [manifest.json, "
					+ "pipeline.json, provenance.json])");
	}

	@Test
	void rejectsANewerFormatVersion() {
		assertThatExceptionOfType(BundleFormatException.class)
			.isThrownBy(() -> ModelBundles.read(withManifest("\"formatVersion\" : 1", "\"formatVersion\" : 2")))
			.withMessage(
					"Model bundle format version 2 is newer than the supported version 1; upgrade loopline-models");
		assertThatExceptionOfType(BundleFormatException.class)
			.isThrownBy(() -> ModelBundles.read(withManifest("\"formatVersion\" : 1", "\"formatVersion\" : \"one\"")))
			.withMessage("Model bundle manifest has no valid 'formatVersion' (an integer >= 1)");
	}

	@Test
	void namesTheInvalidManifestField() {
		assertThatExceptionOfType(BundleFormatException.class)
			.isThrownBy(() -> ModelBundles.read(withManifest("\"accuracy\" : 0.9", "\"accuracy\" : true")))
			.withMessageStartingWith("Model bundle manifest is invalid: at 'metrics.accuracy': ");
	}

	@Test
	void rejectsMalformedEntries() {
		assertThatExceptionOfType(BundleFormatException.class)
			.isThrownBy(() -> ModelBundles.read(withManifest("{", "{{")))
			.withMessageStartingWith("Model bundle entry 'manifest.json' is not valid JSON");
		Map<String, byte[]> entries = ZipEntries.read(bytes);
		entries.put("model.pb", "not protobuf".getBytes(StandardCharsets.UTF_8));
		assertThatExceptionOfType(BundleFormatException.class)
			.isThrownBy(() -> ModelBundles.read(ZipEntries.write(entries)))
			.withMessageStartingWith("Model bundle entry 'model.pb' is not a readable Tribuo model");
		Map<String, byte[]> badPipeline = ZipEntries.read(bytes);
		badPipeline.put("pipeline.json", "{\"formatVersion\": 9}".getBytes(StandardCharsets.UTF_8));
		assertThatExceptionOfType(BundleFormatException.class)
			.isThrownBy(() -> ModelBundles.read(ZipEntries.write(badPipeline)))
			.withMessageStartingWith("Model bundle entry 'pipeline.json' is invalid: ")
			.withMessageContaining("version 9");
	}

	@Test
	void rejectsTruncatedOrForeignBytes() {
		assertThatExceptionOfType(BundleFormatException.class)
			.isThrownBy(() -> ModelBundles.read(Arrays.copyOf(bytes, bytes.length / 2)))
			.withMessageStartingWith("Model bundle is not a readable ZIP archive (truncated or corrupt?)");
		assertThatExceptionOfType(BundleFormatException.class)
			.isThrownBy(() -> ModelBundles.read("hello".getBytes(StandardCharsets.UTF_8)))
			.withMessage("Model bundle is empty or not a ZIP archive (5 bytes)");
	}

	@Test
	void hashesAsLowercaseHexSha256() {
		assertThat(ModelBundles.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	private static byte[] withManifest(String from, String to) {
		Map<String, byte[]> entries = ZipEntries.read(bytes);
		entries.put("manifest.json",
				text(entries.get("manifest.json")).replaceFirst(java.util.regex.Pattern.quote(from), to)
					.getBytes(StandardCharsets.UTF_8));
		return ZipEntries.write(entries);
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
