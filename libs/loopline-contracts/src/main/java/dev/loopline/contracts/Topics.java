package dev.loopline.contracts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kafka topic names of DESIGN §4 with the default {@code loopline.} prefix, and helpers
 * to derive dataset ingest topics, dead-letter topics and names under a configured
 * prefix.
 */
public final class Topics {

	/** The prefix every default topic name starts with. */
	public static final String DEFAULT_PREFIX = "loopline.";

	/** Ingested records ({@link RawRecord}), keyed {@code <dataset>:<entityId>}. */
	public static final String RECORDS_RAW = "loopline.records.raw";

	/** Records that passed their contract ({@link ValidatedRecord}). */
	public static final String RECORDS_VALIDATED = "loopline.records.validated";

	/** Records that failed their contract ({@link QuarantinedRecord}). */
	public static final String RECORDS_QUARANTINED = "loopline.records.quarantined";

	/** {@link TrainModel} and {@link RetrainRequested}, keyed by model name. */
	public static final String TRAINING_COMMANDS = "loopline.training.commands";

	/** {@link TrainingRunFinished}, keyed by model name. */
	public static final String TRAINING_RUNS = "loopline.training.runs";

	/** {@link ModelEvent}s from the registry, keyed by model name. */
	public static final String MODELS_EVENTS = "loopline.models.events";

	/** {@link PredictionLogged}, keyed by model name. */
	public static final String PREDICTIONS = "loopline.predictions";

	/** {@link LabelObserved}, keyed {@code <dataset>:<entityId>}. */
	public static final String LABELS = "loopline.labels";

	/** {@link MonitoringAlert}s, keyed by model name (dataset for data quality). */
	public static final String MONITORING_ALERTS = "loopline.monitoring.alerts";

	/** Prefix of the per-dataset topics external producers write free JSON to. */
	public static final String INGEST_PREFIX = "loopline.ingest.";

	/** Regular expression a dataset name must match. */
	public static final String DATASET_NAME_PATTERN = "[a-z0-9][a-z0-9_-]{0,62}";

	/**
	 * Regular expression matching every default ingest topic, and nothing else: not the
	 * ingest topics' own dead-letter topics, so a pattern consumer never eats its DLQ.
	 */
	public static final String INGEST_PATTERN = "loopline\\.ingest\\." + DATASET_NAME_PATTERN;

	/** Suffix of dead-letter topics. */
	public static final String DLQ_SUFFIX = ".dlq";

	private static final Pattern DATASET_NAME = Pattern.compile(DATASET_NAME_PATTERN);

	private static final Pattern PREFIX = Pattern.compile("[a-zA-Z0-9._-]*");

	private static final List<String> ALL = List.of(RECORDS_RAW, RECORDS_VALIDATED, RECORDS_QUARANTINED,
			TRAINING_COMMANDS, TRAINING_RUNS, MODELS_EVENTS, PREDICTIONS, LABELS, MONITORING_ALERTS);

	private Topics() {
	}

	/**
	 * Returns the ingest topic of a dataset, e.g. {@code loopline.ingest.orders}.
	 * @param dataset the dataset name
	 * @return the ingest topic with the default prefix
	 * @throws IllegalArgumentException if the name does not match
	 * {@link #DATASET_NAME_PATTERN}
	 */
	public static String ingest(String dataset) {
		return INGEST_PREFIX + requireDatasetName(dataset);
	}

	/**
	 * Returns the dataset of an ingest topic.
	 * @param prefix the configured topic prefix, e.g. {@link #DEFAULT_PREFIX}
	 * @param topic a topic name
	 * @return the dataset, or empty if the topic is not a valid ingest topic under the
	 * prefix
	 */
	public static Optional<String> ingestDataset(String prefix, String topic) {
		String ingestPrefix = prefix + "ingest.";
		if (topic == null || !topic.startsWith(ingestPrefix)) {
			return Optional.empty();
		}
		String dataset = topic.substring(ingestPrefix.length());
		return isValidDatasetName(dataset) ? Optional.of(dataset) : Optional.empty();
	}

	/**
	 * Returns the regular expression of the ingest topics under a configured prefix.
	 * @param prefix the configured topic prefix
	 * @return a pattern for a Kafka pattern subscription
	 */
	public static String ingestPattern(String prefix) {
		return Pattern.quote(requirePrefix(prefix) + "ingest.") + DATASET_NAME_PATTERN;
	}

	/**
	 * Tells whether a dataset name is valid.
	 * @param dataset a candidate name
	 * @return whether it matches {@link #DATASET_NAME_PATTERN}
	 */
	public static boolean isValidDatasetName(String dataset) {
		return dataset != null && DATASET_NAME.matcher(dataset).matches();
	}

	/**
	 * Returns the dead-letter topic of a topic.
	 * @param topic a topic name
	 * @return {@code topic + ".dlq"}
	 */
	public static String dlq(String topic) {
		Checks.text(topic, "topic");
		return topic + DLQ_SUFFIX;
	}

	/**
	 * Returns the nine fixed topics (without ingest and dead-letter topics).
	 * @return the default topic names
	 */
	public static List<String> all() {
		return ALL;
	}

	/**
	 * Returns the nine fixed topics under a configured prefix.
	 * @param prefix the configured prefix, used as is (so usually ending with a dot)
	 * @return the topic names
	 */
	public static List<String> withPrefix(String prefix) {
		return ALL.stream().map((topic) -> withPrefix(prefix, topic)).toList();
	}

	/**
	 * Swaps the default prefix of a topic for a configured one:
	 * {@code withPrefix("acme.", RECORDS_RAW)} is {@code acme.records.raw}.
	 * @param prefix the configured prefix, used as is (may be empty)
	 * @param topic a topic name starting with {@link #DEFAULT_PREFIX}
	 * @return the topic name under the configured prefix
	 * @throws IllegalArgumentException if the topic does not start with the default
	 * prefix or the prefix has characters Kafka does not allow
	 */
	public static String withPrefix(String prefix, String topic) {
		requirePrefix(prefix);
		if (topic == null || !topic.startsWith(DEFAULT_PREFIX)) {
			throw new IllegalArgumentException("Topic '" + topic + "' does not start with '" + DEFAULT_PREFIX + "'");
		}
		return prefix + topic.substring(DEFAULT_PREFIX.length());
	}

	private static String requireDatasetName(String dataset) {
		if (!isValidDatasetName(dataset)) {
			throw new IllegalArgumentException(
					"Invalid dataset name '" + dataset + "': expected " + DATASET_NAME_PATTERN);
		}
		return dataset;
	}

	private static String requirePrefix(String prefix) {
		if (prefix == null || !PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException(
					"Invalid topic prefix '" + prefix + "': only letters, digits, '.', '_' and '-' are allowed");
		}
		return prefix;
	}

}
