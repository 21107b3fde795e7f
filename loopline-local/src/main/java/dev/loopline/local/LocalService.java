package dev.loopline.local;

import java.util.function.Supplier;

import dev.loopline.featurestore.FeatureStoreApplication;
import dev.loopline.ingestion.IngestionApplication;
import dev.loopline.monitoring.MonitoringApplication;
import dev.loopline.registry.RegistryApplication;
import dev.loopline.serving.ServingApplication;
import dev.loopline.training.TrainingApplication;
import dev.loopline.validation.ValidationApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;

/** The seven services in loop order, with their default local ports (DESIGN.md §6). */
enum LocalService {

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

	String id() {
		return this.id;
	}

	int defaultPort() {
		return this.defaultPort;
	}

	SpringApplicationBuilder builder() {
		return this.builder.get();
	}

}
