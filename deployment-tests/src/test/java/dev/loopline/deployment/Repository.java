package dev.loopline.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository's deployment files, read as the tools that use them would. */
final class Repository {

	private Repository() {
	}

	/**
	 * The repository root (the tests run in {@code deployment-tests/}).
	 * @return the folder holding {@code docker-compose.yml}
	 */
	static Path root() {
		Path module = Path.of("").toAbsolutePath();
		for (Path candidate = module; candidate != null; candidate = candidate.getParent()) {
			if (Files.exists(candidate.resolve("docker-compose.yml")) && Files.exists(candidate.resolve("mvnw"))) {
				return candidate;
			}
		}
		throw new IllegalStateException("No repository root above " + module);
	}

	static Path file(String relative) {
		return root().resolve(relative);
	}

	static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Parses one YAML document as SnakeYAML does, merge keys ({@code <<: *anchor})
	 * included.
	 * @param text the document
	 * @return its top-level mapping
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> yaml(String text) {
		return (Map<String, Object>) yamlParser().load(text);
	}

	/**
	 * Parses a stream of YAML documents (e.g. kustomize's output).
	 * @param text the documents separated by {@code ---}
	 * @return every non-empty document
	 */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> yamlDocuments(String text) {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : yamlParser().loadAll(text)) {
			if (document != null) {
				documents.add((Map<String, Object>) document);
			}
		}
		return documents;
	}

	private static Yaml yamlParser() {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(16 * 1024 * 1024);
		return new Yaml(new SafeConstructor(options));
	}

}
