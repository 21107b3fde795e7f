package dev.loopline.deployment;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.loopline.local.LocalService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code docker-compose.yml} parses, and every service has what a production-like run
 * needs: its image built from the one Dockerfile, a readiness healthcheck, a memory
 * limit, its dependencies awaited healthy, and every environment variable its
 * configuration requires ({@link RequiredEnvironment}), secrets only from {@code .env}.
 * That those variables are enough to run the loop is {@link DeploymentEnvironmentIT}'s.
 */
class ComposeFileTest {

	private final Map<String, Object> compose = ComposeFile.load();

	@Test
	void holdsTheInfrastructureAndTheSevenServices() {
		List<String> services = Arrays.stream(LocalService.values()).map(RequiredEnvironment::name).toList();
		assertThat(Nodes.map(this.compose, "services").keySet()).containsAll(services)
			.contains("kafka", "postgres", "prometheus", "grafana");
		assertThat(Nodes.map(this.compose, "volumes")).containsOnlyKeys("kafka-data", "postgres-data",
				"prometheus-data", "grafana-data");
	}

	@Test
	void everyContainerHasAHealthcheckAndAMemoryLimitAndWaitsForHealthyDependencies() {
		Nodes.map(this.compose, "services").forEach((name, service) -> {
			assertThat(Nodes.list(service, "healthcheck", "test")).as("%s healthcheck", name).isNotEmpty();
			assertThat(Nodes.text(service, "deploy", "resources", "limits", "memory")).as("%s memory limit", name)
				.matches("\\d+[mg]");
			Nodes.map(service, "depends_on")
				.forEach((dependency, condition) -> assertThat(Nodes.text(condition, "condition"))
					.as("%s waits for %s", name, dependency)
					.isEqualTo("service_healthy"));
		});
	}

	@ParameterizedTest
	@EnumSource(LocalService.class)
	void serviceIsBuiltFromTheDockerfileAndIsHealthyWhenReady(LocalService service) {
		String name = RequiredEnvironment.name(service);
		Map<String, Object> definition = Nodes.map(this.compose, "services", name);
		assertThat(Nodes.text(definition, "build", "context")).isEqualTo(".");
		assertThat(Nodes.text(definition, "build", "args", "SERVICE")).isEqualTo(name);
		assertThat(Files.exists(Repository.file(name + "/pom.xml"))).isTrue();
		assertThat(Nodes.list(definition, "healthcheck", "test")).containsExactly("CMD", "curl", "-fsS",
				"http://localhost:8080" + ActuatorPaths.READINESS);
		assertThat(Nodes.map(definition, "depends_on")).containsKeys("kafka", "postgres");
		assertThat(Nodes.list(definition, "ports")).singleElement().asString().endsWith(":8080");
	}

	@ParameterizedTest
	@EnumSource(LocalService.class)
	void serviceGetsEveryVariableItsConfigurationRequires(LocalService service) {
		Map<String, String> environment = ComposeFile.environment(this.compose, RequiredEnvironment.name(service));

		assertThat(environment.keySet()).containsAll(RequiredEnvironment.of(service));
	}

	@Test
	void secretsComeFromDotEnvAndAreRequired() {
		for (String service : Nodes.map(this.compose, "services").keySet()) {
			ComposeFile.environment(this.compose, service).forEach((variable, value) -> {
				if (RequiredEnvironment.isSecret(variable)) {
					assertThat(value).as("%s of %s comes from .env, never from the file", variable, service)
						.matches("\\$\\{[A-Z_]+:\\?.+}");
				}
			});
		}
	}

	@Test
	void peersAreReachedByTheirComposeNames() {
		Set<String> names = Nodes.map(this.compose, "services").keySet();
		for (LocalService service : LocalService.values()) {
			ComposeFile.environment(this.compose, RequiredEnvironment.name(service)).forEach((variable, value) -> {
				if (variable.endsWith("URL") && value.startsWith("http://")) {
					String host = value.substring("http://".length()).split("[:/]")[0];
					assertThat(names).as("%s of %s", variable, service).contains(host);
				}
			});
		}
	}

	@Test
	void dotEnvExampleNamesEveryRequiredVariable() {
		Map<String, String> example = DotEnv.parse(Repository.read(Repository.file(".env.example")));
		String text = Repository.read(Repository.file("docker-compose.yml"));
		// the example's values are empty, so that a copied .env without secrets does not
		// start
		assertThat(example.values()).allMatch(String::isEmpty);
		assertThatIllegalArgumentException().isThrownBy(() -> ComposeFile.interpolate(text, example))
			.withMessageContaining("is required");
		Map<String, String> filled = new HashMap<>();
		example.keySet().forEach((name) -> filled.put(name, "secret"));
		assertThat(ComposeFile.interpolate(text, filled)).doesNotContain("${");
	}

}
