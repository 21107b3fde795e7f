package dev.loopline.models;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The learning task of a model, which fixes its Tribuo output type: {@code Label} for
 * classification, {@code Regressor} for regression, {@code Event} for anomaly detection.
 */
public enum Task {

	/** Predict a class label. */
	CLASSIFICATION,

	/** Predict a number. */
	REGRESSION,

	/** Tell anomalous records from expected ones. */
	ANOMALY;

	/**
	 * Returns the task's id as written in specs and manifests.
	 * @return {@code classification}, {@code regression} or {@code anomaly}
	 */
	@JsonValue
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Finds a task by id, ignoring case.
	 * @param id the id, e.g. {@code regression}
	 * @return the task
	 * @throws IllegalArgumentException if no task has that id
	 */
	@JsonCreator
	public static Task of(String id) {
		return Arrays.stream(values())
			.filter((task) -> task.id().equalsIgnoreCase(id.trim()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"Unknown task '" + id + "' (known: " + Arrays.stream(values()).map(Task::id).toList() + ")"));
	}

}
