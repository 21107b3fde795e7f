package dev.loopline.models;

import java.util.Locale;
import java.util.Set;

import dev.loopline.features.Values;
import org.jspecify.annotations.Nullable;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.anomaly.AnomalyFactory;
import org.tribuo.anomaly.Event;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * Turns raw labels into Tribuo outputs, the same way for training and evaluation.
 * Classification: {@code String.valueOf(label)} (booleans become {@code "true"} /
 * {@code "false"}). Regression: the label as a number (numeric strings too). Anomaly:
 * {@code true}, a non-zero number, or one of the strings {@code anomalous}, {@code true},
 * {@code yes}, {@code 1} (any case) is anomalous, anything else expected.
 */
public final class Outputs {

	/** The name of the single regression dimension. */
	public static final String REGRESSION_DIMENSION = "target";

	private static final Set<String> ANOMALOUS_WORDS = Set.of("anomalous", "true", "yes", "1");

	private Outputs() {
	}

	/**
	 * Returns the output factory of a task.
	 * @param task the task
	 * @return Tribuo's factory for the task's output type
	 */
	public static OutputFactory<?> factory(Task task) {
		return switch (task) {
			case CLASSIFICATION -> new LabelFactory();
			case REGRESSION -> new RegressionFactory();
			case ANOMALY -> new AnomalyFactory();
		};
	}

	/**
	 * Converts a raw label into the task's output.
	 * @param task the task
	 * @param label the raw label
	 * @return the output, or {@code null} when the label is missing (or, for regression,
	 * not a number): such rows are skipped
	 */
	public static @Nullable Output<?> of(Task task, @Nullable Object label) {
		if (label == null) {
			return null;
		}
		return switch (task) {
			case CLASSIFICATION -> new Label(String.valueOf(label));
			case REGRESSION -> regressor(label);
			case ANOMALY -> new Event(isAnomalous(label) ? Event.EventType.ANOMALOUS : Event.EventType.EXPECTED);
		};
	}

	/**
	 * Tells whether a raw anomaly label marks an anomaly.
	 * @param label the raw label
	 * @return {@code true} for an anomalous label
	 */
	public static boolean isAnomalous(@Nullable Object label) {
		if (label instanceof Boolean flag) {
			return flag;
		}
		if (label instanceof Number number) {
			return number.doubleValue() != 0;
		}
		return label != null && ANOMALOUS_WORDS.contains(label.toString().trim().toLowerCase(Locale.ROOT));
	}

	private static @Nullable Regressor regressor(Object label) {
		if (!Values.isNumeric(label)) {
			return null;
		}
		double value = Values.toDouble(label);
		return Double.isFinite(value) ? new Regressor(REGRESSION_DIMENSION, value) : null;
	}

}
