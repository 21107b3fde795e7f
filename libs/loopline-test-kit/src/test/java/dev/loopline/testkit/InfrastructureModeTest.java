package dev.loopline.testkit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InfrastructureModeTest {

	@Test
	void defaultsToAuto() {
		assertThat(InfrastructureMode.configured(null, null)).isEqualTo(InfrastructureMode.AUTO);
		assertThat(InfrastructureMode.configured(" ", "")).isEqualTo(InfrastructureMode.AUTO);
	}

	@Test
	void systemPropertyWinsOverEnvironment() {
		assertThat(InfrastructureMode.configured("embedded", "containers")).isEqualTo(InfrastructureMode.EMBEDDED);
		assertThat(InfrastructureMode.configured(null, "Containers")).isEqualTo(InfrastructureMode.CONTAINERS);
	}

	@Test
	void rejectsUnknownModesNamingTheChoices() {
		assertThatIllegalArgumentException().isThrownBy(() -> InfrastructureMode.configured("docker", null))
			.withMessageContaining("'docker'")
			.withMessageContaining("embedded, containers or auto");
	}

}
