package dev.loopline.deployment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.loopline.local.LocalService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The root {@code Dockerfile}, checked without a Docker engine: a build stage and a
 * runtime stage on a glibc JRE, a non-root numeric user, and — against every service's
 * real Boot jar — that it copies exactly the layers the jar has, in the jar's order, and
 * that the extracted layers hold the launcher its entry point names.
 */
class DockerfileTest {

	private static final String LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

	private final String dockerfile = Repository.read(Repository.file("Dockerfile"));

	@Test
	void buildsInOneStageAndRunsInAnotherOnAGlibcJreAsANonRootUser() {
		List<String> from = instructions("FROM");
		assertThat(from).hasSize(2);
		assertThat(from.get(0)).contains("-jdk").endsWith(" AS build");
		String runtime = from.get(1);
		assertThat(runtime).contains("-jre");
		assertThat(runtime).as("glibc base (XGBoost and ONNX Runtime natives)")
			.doesNotContain("alpine")
			.containsPattern("noble|jammy|focal|ubuntu|debian|bookworm");
		List<String> users = instructions("USER");
		assertThat(users).hasSize(1);
		assertThat(users.get(0)).matches("[1-9]\\d{3,}(:[1-9]\\d{3,})?");
		assertThat(instructions("ENTRYPOINT")).containsExactly("[\"java\", \"" + LAUNCHER + "\"]");
		assertThat(instructions("EXPOSE")).containsExactly("8080");
		assertThat(this.dockerfile).contains("libgomp1").contains("ARG SERVICE");
	}

	@ParameterizedTest
	@EnumSource(LocalService.class)
	void copiesTheLayersOfTheServicesJarInTheJarsOrder(LocalService service) throws Exception {
		List<String> layers = List.of(tools(jar(service), "list-layers").strip().split("\\s+"));
		List<String> copied = new ArrayList<>();
		Matcher matcher = Pattern.compile("COPY --from=build /layers/([a-z-]+)/ \\./").matcher(this.dockerfile);
		while (matcher.find()) {
			copied.add(matcher.group(1));
		}
		assertThat(copied).isEqualTo(layers);
	}

	@Test
	void extractedLayersHoldTheEntryPointsLauncher(@TempDir Path layers) throws Exception {
		tools(jar(LocalService.SERVING), "extract", "--layers", "--launcher", "--destination", layers.toString());
		assertThat(layers.resolve("spring-boot-loader/" + LAUNCHER.replace('.', '/') + ".class")).exists();
		assertThat(layers.resolve("application/META-INF/MANIFEST.MF")).exists();
		assertThat(layers.resolve("application/BOOT-INF/classes")).isDirectory();
	}

	private List<String> instructions(String keyword) {
		List<String> found = new ArrayList<>();
		for (String line : this.dockerfile.split("\n")) {
			if (line.startsWith(keyword + " ")) {
				found.add(line.substring(keyword.length() + 1).strip());
			}
		}
		return found;
	}

	private static Path jar(LocalService service) throws IOException {
		Path target = Repository.file(RequiredEnvironment.name(service) + "/target");
		try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
			return files.filter((file) -> file.getFileName().toString().endsWith("-exec.jar"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No Boot jar in " + target
						+ ": run the whole build (./mvnw verify packages the services before this module)"));
		}
	}

	private static String tools(Path jar, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djarmode=tools", "-jar",
						jar.toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

}
