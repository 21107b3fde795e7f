package dev.loopline.local;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.loopline.featurestore.FeatureStoreApplication;
import dev.loopline.ingestion.IngestionApplication;
import dev.loopline.monitoring.MonitoringApplication;
import dev.loopline.registry.RegistryApplication;
import dev.loopline.serving.ServingApplication;
import dev.loopline.training.TrainingApplication;
import dev.loopline.validation.ValidationApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;

/** The seven services in loop order, with their default local ports (DESIGN.md §6). */
public enum LocalService {

	INGESTION("ingestion", 8081, IngestionApplication::builder),
	VALIDATION("validation", 8082, ValidationApplication::builder),
	FEATURE_STORE("feature-store", 8083, FeatureStoreApplication::builder),
	TRAINING("training", 8084, TrainingApplication::builder), REGISTRY("registry", 8085, RegistryApplication::builder),
	SERVING("serving", 8086, ServingApplication::builder),
	MONITORING("monitoring", 8087, MonitoringApplication::builder);

	private final String id;

	private final int defaultPort;

	private final Supplier<SpringApplicationBuilder> builder;

	LocalService(String id, int defaultPort, Supplier<SpringApplicationBuilder> builder) {
		this.id = id;
		this.defaultPort = defaultPort;
		this.builder = builder;
	}

	/**
	 * The service's short name, e.g. {@code feature-store}.
	 * @return the id used on the command line and in the summary
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Finds a service by its {@link #id()}.
	 * @param id a short name such as {@code validation}
	 * @return the service
	 * @throws IllegalArgumentException if no service has that id
	 */
	public static LocalService ofId(String id) {
		for (LocalService service : values()) {
			if (service.id.equals(id.trim())) {
				return service;
			}
		}
		throw new IllegalArgumentException("Unknown service '" + id + "'; known: "
				+ Arrays.stream(values()).map(LocalService::id).collect(Collectors.joining(", ")));
	}

	int defaultPort() {
		return this.defaultPort;
	}

	SpringApplicationBuilder builder() {
		return this.builder.get();
	}

}
