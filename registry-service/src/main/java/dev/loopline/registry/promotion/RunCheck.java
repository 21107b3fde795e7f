package dev.loopline.registry.promotion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.loopline.contracts.RunStatus;
import dev.loopline.contracts.TrainingRunFinished;
import dev.loopline.registry.web.Names;
import dev.loopline.servicekit.kafka.NonRetryableEventException;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Checks a finished run against what the registry can store before anything is written:
 * the model name rule ({@link Names#MODEL}, stricter than the training service's) and the
 * column widths of the ids. A run that fails can never succeed on a retry, so it goes to
 * the dead-letter topic at once ({@link NonRetryableEventException}, which the kit does
 * not retry), logged and counted, instead of overflowing a column three times.
 */
@Component
class RunCheck {

	static final String METRIC = "loopline.registry.runs.invalid";

	private static final Logger log = LoggerFactory.getLogger(RunCheck.class);

	/** {@code run_outcome.correlation_id}. */
	private static final int MAX_CORRELATION_ID = 200;

	/** {@code model_version.artifact_id} and {@code artifact_sha256}. */
	private static final int MAX_ARTIFACT_REFERENCE = 64;

	private final MeterRegistry meters;

	RunCheck(MeterRegistry meters) {
		this.meters = meters;
		// at zero from the start, so an alert on their increase fires on the first one
		for (RunStatus status : RunStatus.values()) {
			meters.counter(METRIC, "status", status.name().toLowerCase(Locale.ROOT));
		}
	}

	TrainingRunFinished require(TrainingRunFinished run) {
		List<String> problems = problems(run);
		if (problems.isEmpty()) {
			return run;
		}
		String status = run.status().name().toLowerCase(Locale.ROOT);
		log.warn("Dead-lettering {} run {} (event {}) without retries: {}", status, run.runId(),
				run.metadata().eventId(), problems);
		this.meters.counter(METRIC, "status", status).increment();
		throw new NonRetryableEventException(
				"Run " + run.runId() + " cannot be registered: " + String.join("; ", problems));
	}

	/**
	 * Everything that keeps a run from being stored.
	 * @param run the run
	 * @return the problems, empty if there are none
	 */
	static List<String> problems(TrainingRunFinished run) {
		List<String> problems = new ArrayList<>();
		if (!Names.isModel(run.modelName())) {
			problems.add("model name '" + abbreviate(run.modelName()) + "' (" + run.modelName().length()
					+ " characters) does not match " + Names.MODEL.pattern());
		}
		tooLong(problems, "correlation id", run.metadata().correlationId(), MAX_CORRELATION_ID);
		if (run.status() == RunStatus.SUCCEEDED) {
			tooLong(problems, "artifact id", run.artifactId(), MAX_ARTIFACT_REFERENCE);
			tooLong(problems, "artifact SHA-256", run.artifactSha256(), MAX_ARTIFACT_REFERENCE);
		}
		return problems;
	}

	private static void tooLong(List<String> problems, String what, @Nullable String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(what + " has " + value.length() + " characters, at most " + max);
		}
	}

	private static String abbreviate(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 40) + "...";
	}

}
