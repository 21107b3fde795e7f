package dev.loopline.deployment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.loopline.featurestore.config.FeatureStoreProperties;
import dev.loopline.ingestion.config.IngestionProperties;
import dev.loopline.local.LocalService;
import dev.loopline.monitoring.config.MonitoringProperties;
import dev.loopline.registry.config.RegistryProperties;
import dev.loopline.serving.config.ServingProperties;
import dev.loopline.training.config.TrainingProperties;
import dev.loopline.validation.config.ValidationProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The environment variables a deployment must give each service, derived from the code:
 * what every service needs (database, broker, API key) and, from the service's own
 * {@code @ConfigurationProperties} record, every peer URL ({@code *Url}), the key it
 * calls peers with ({@code apiKey}) and its instance id: their defaults are only right on
 * a developer's machine. A new such property fails the deployment tests until the
 * deployment files set it.
 */
final class RequiredEnvironment {

	/** What every service needs, whatever it does. */
	static final Set<String> COMMON = Set.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
			"SPRING_DATASOURCE_PASSWORD", "SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS",
			"LOOPLINE_SECURITY_APIKEYS_0_NAME", "LOOPLINE_SECURITY_APIKEYS_0_KEY", "LOOPLINE_SECURITY_APIKEYS_0_ROLES",
			// Prometheus scrapes without an API key
			"LOOPLINE_SECURITY_OPENPATHS");

	private static final Map<LocalService, Class<? extends Record>> PROPERTIES = Map.of(LocalService.INGESTION,
			IngestionProperties.class, LocalService.VALIDATION, ValidationProperties.class, LocalService.FEATURE_STORE,
			FeatureStoreProperties.class, LocalService.TRAINING, TrainingProperties.class, LocalService.REGISTRY,
			RegistryProperties.class, LocalService.SERVING, ServingProperties.class, LocalService.MONITORING,
			MonitoringProperties.class);

	/** Names of variables that hold a secret: never written into a deployment file. */
	private static final Pattern SECRET = Pattern.compile(".*(PASSWORD|_KEY|APIKEY|SECRET|TOKEN)$");

	private RequiredEnvironment() {
	}

	/**
	 * Whether a variable holds a secret (a password, a key, a token).
	 * @param variable an environment variable's name
	 * @return {@code true} for e.g. {@code SPRING_DATASOURCE_PASSWORD}
	 */
	static boolean isSecret(String variable) {
		return SECRET.matcher(variable).matches();
	}

	/**
	 * The variables one service needs.
	 * @param service the service
	 * @return their names, e.g. {@code LOOPLINE_TRAINING_REGISTRYURL}
	 */
	static Set<String> of(LocalService service) {
		Set<String> names = new TreeSet<>(COMMON);
		Class<? extends Record> properties = PROPERTIES.get(service);
		String prefix = properties.getAnnotation(ConfigurationProperties.class).value();
		Arrays.stream(properties.getRecordComponents())
			.map((component) -> component.getName())
			.filter((name) -> name.endsWith("Url") || name.equals("apiKey") || name.equals("instanceId"))
			.forEach((name) -> names.add(variable(prefix + "." + name)));
		return names;
	}

	/**
	 * The environment variable Spring Boot binds to a property: dots become underscores,
	 * dashes go, upper case (e.g. {@code loopline.training.featureStoreUrl} →
	 * {@code LOOPLINE_TRAINING_FEATURESTOREURL}).
	 */
	static String variable(String property) {
		return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
	}

	/**
	 * The Kubernetes/compose name of a service.
	 * @param service the service
	 * @return e.g. {@code feature-store-service}
	 */
	static String name(LocalService service) {
		return service.id() + "-service";
	}

}
