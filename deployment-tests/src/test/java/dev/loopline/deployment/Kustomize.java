package dev.loopline.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code kubectl kustomize}: the manifests of {@code k8s/} as a cluster would get them.
 */
final class Kustomize {

	private static final Map<String, List<Map<String, Object>>> RENDERED = new ConcurrentHashMap<>();

	private Kustomize() {
	}

	/**
	 * Whether {@code kubectl} can be run here.
	 * @return {@code true} if {@code kubectl version --client} succeeds
	 */
	static boolean available() {
		try {
			Process process = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Builds a kustomization (once per test run), skipping the calling test with a clear
	 * message where {@code kubectl} is not installed.
	 * @param directory e.g. {@code k8s/overlays/prod}
	 * @return every object of the output
	 */
	static List<Map<String, Object>> build(String directory) {
		assumeTrue(available(), "kubectl is not installed: the k8s/ manifests were not built (install kubectl "
				+ "1.27+ to check them; `kubectl kustomize` works offline)");
		return RENDERED.computeIfAbsent(directory, Kustomize::render);
	}

	private static List<Map<String, Object>> render(String directory) {
		try {
			Process process = new ProcessBuilder("kubectl", "kustomize", Repository.file(directory).toString())
				.redirectErrorStream(false)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new AssertionError("kubectl kustomize " + directory + " failed:\n" + errors);
			}
			return Repository.yamlDocuments(output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
