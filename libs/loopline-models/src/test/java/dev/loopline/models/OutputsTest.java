package dev.loopline.models;

import org.junit.jupiter.api.Test;
import org.tribuo.anomaly.Event;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OutputsTest {

	@Test
	void classificationLabelsAreTheirStringForm() {
		assertThat(Outputs.of(Task.CLASSIFICATION, true)).isEqualTo(new Label("true"));
		assertThat(Outputs.of(Task.CLASSIFICATION, 3)).isEqualTo(new Label("3"));
		assertThat(Outputs.of(Task.CLASSIFICATION, null)).isNull();
	}

	@Test
	void regressionLabelsAreNumbers() {
		assertThat(((Regressor) Outputs.of(Task.REGRESSION, " 2.5 ")).getValues()).containsExactly(2.5);
		assertThat(((Regressor) Outputs.of(Task.REGRESSION, 4L)).getValues()).containsExactly(4.0);
		assertThat(Outputs.of(Task.REGRESSION, "n/a")).isNull();
		assertThat(Outputs.of(Task.REGRESSION, Double.POSITIVE_INFINITY)).isNull();
	}

	@Test
	void anomalyLabelsAreTruthyOrAnomalous() {
		for (Object anomalous : new Object[] { true, 1, 2.0, "ANOMALOUS", "anomalous", "true", "1", "yes" }) {
			assertThat(((Event) Outputs.of(Task.ANOMALY, anomalous)).getType()).as("%s", anomalous)
				.isEqualTo(Event.EventType.ANOMALOUS);
		}
		for (Object expected : new Object[] { false, 0, "EXPECTED", "no", "" }) {
			assertThat(((Event) Outputs.of(Task.ANOMALY, expected)).getType()).as("%s", expected)
				.isEqualTo(Event.EventType.EXPECTED);
		}
	}

	@Test
	void tasksHaveLowercaseIds() {
		assertThat(Task.of(" Regression ")).isEqualTo(Task.REGRESSION);
		assertThat(Task.ANOMALY.id()).isEqualTo("anomaly");
		assertThatIllegalArgumentException().isThrownBy(() -> Task.of("ranking"))
			.withMessage("Unknown task 'ranking' (known: [classification, regression, anomaly])");
	}

}
