package dev.loopline.models.bundle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.loopline.features.pipeline.FittedPipeline;
import dev.loopline.features.profile.FeatureProfile;
import org.tribuo.Model;
import org.tribuo.protos.core.ModelProto;

/**
 * Writes and reads model bundles: a ZIP with {@code manifest.json}, {@code model.pb}
 * (Tribuo's protobuf serialization), {@code pipeline.json}, {@code profile.json} and
 * {@code provenance.json}. Unknown entries are ignored (additive evolution); a manifest
 * with a newer format version is rejected before anything else is read.
 */
public final class ModelBundles {

	/** The bundle format version this release writes and the newest it reads. */
	public static final int FORMAT_VERSION = 1;

	static final String MANIFEST = "manifest.json";

	static final String MODEL = "model.pb";

	static final String PIPELINE = "pipeline.json";

	static final String PROFILE = "profile.json";

	static final String PROVENANCE = "provenance.json";

	private static final List<String> REQUIRED = List.of(MANIFEST, MODEL, PIPELINE, PROFILE, PROVENANCE);

	private ModelBundles() {
	}

	/**
	 * Writes a bundle; the same bundle always gives the same bytes.
	 * @param bundle the bundle
	 * @return the ZIP bytes
	 */
	public static byte[] write(ModelBundle bundle) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put(MANIFEST, ManifestJson.write(bundle.manifest()));
		entries.put(MODEL, bundle.model().serialize().toByteArray());
		entries.put(PIPELINE, utf8(bundle.pipeline().toJson()));
		entries.put(PROFILE, utf8(bundle.profile().toJson()));
		entries.put(PROVENANCE, utf8(bundle.provenanceJson()));
		return ZipEntries.write(entries);
	}

	/**
	 * Reads a bundle written by {@link #write}.
	 * @param bytes the ZIP bytes
	 * @return the bundle
	 * @throws BundleFormatException if the bytes are not a readable bundle: not a ZIP,
	 * truncated, an entry missing or malformed, or a newer format version
	 */
	public static ModelBundle read(byte[] bytes) {
		Map<String, byte[]> entries = ZipEntries.read(bytes);
		List<String> missing = REQUIRED.stream().filter((name) -> !entries.containsKey(name)).toList();
		if (!missing.isEmpty()) {
			throw new BundleFormatException(
					"Model bundle is missing entries " + missing + " (has " + entries.keySet() + ")");
		}
		BundleManifest manifest = ManifestJson.read(entries.get(MANIFEST));
		Model<?> model = model(entries.get(MODEL));
		FittedPipeline pipeline = part(PIPELINE, () -> FittedPipeline.fromJson(text(entries.get(PIPELINE))));
		FeatureProfile profile = part(PROFILE, () -> FeatureProfile.fromJson(text(entries.get(PROFILE))));
		return new ModelBundle(manifest, model, pipeline, profile, text(entries.get(PROVENANCE)));
	}

	/**
	 * Computes the SHA-256 of bytes.
	 * @param bytes the bytes
	 * @return the digest as lowercase hex
	 */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

	private static Model<?> model(byte[] bytes) {
		try {
			return Model.deserialize(ModelProto.parseFrom(bytes));
		}
		catch (InvalidProtocolBufferException | RuntimeException ex) {
			throw new BundleFormatException(
					"Model bundle entry '" + MODEL + "' is not a readable Tribuo model: " + ex.getMessage(), ex);
		}
	}

	private static <T> T part(String entry, java.util.function.Supplier<T> reader) {
		try {
			return reader.get();
		}
		catch (RuntimeException ex) {
			throw new BundleFormatException("Model bundle entry '" + entry + "' is invalid: " + ex.getMessage(), ex);
		}
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
