package dev.loopline.serving.deployment;

import java.time.Instant;

import dev.loopline.contracts.ModelPromoted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeploymentsTest {

	private final Deployments deployments = new Deployments();

	@Test
	void aSwapLeavesTheDeploymentARequestAlreadyHoldsUnchanged() {
		this.deployments.deploy(model("m", 1, ModelPromoted.CHAMPION));
		ModelDeployment held = this.deployments.get("m").orElseThrow();
		this.deployments.deploy(model("m", 2, ModelPromoted.CHAMPION));
		assertThat(held.champion().version()).isEqualTo(1);
		assertThat(this.deployments.get("m").orElseThrow().champion().version()).isEqualTo(2);
	}

	@Test
	void keepsAliasesApartAndFindsAVersionWhateverItsAlias() {
		this.deployments.deploy(model("m", 1, ModelPromoted.CHAMPION));
		this.deployments.deploy(model("m", 2, ModelPromoted.CANARY));
		ModelDeployment deployment = this.deployments.get("m").orElseThrow();
		assertThat(deployment.champion().version()).isEqualTo(1);
		assertThat(deployment.canary().version()).isEqualTo(2);
		assertThat(deployment.version(2)).hasValueSatisfying((m) -> assertThat(m.alias()).isEqualTo("canary"));
		assertThat(deployment.version(3)).isEmpty();
	}

	@Test
	void undeploysOnlyTheVersionNamed() {
		this.deployments.deploy(model("m", 2, ModelPromoted.CANARY));
		assertThat(this.deployments.undeploy("m", ModelPromoted.CANARY, 3)).isFalse();
		assertThat(this.deployments.get("m").orElseThrow().canary()).isNotNull();
		assertThat(this.deployments.undeploy("m", ModelPromoted.CANARY, 2)).isTrue();
		assertThat(this.deployments.get("m").orElseThrow().canary()).isNull();
	}

	@Test
	void knowsModelsNamedBeforeAnyLoad() {
		assertThat(this.deployments.known("m")).isFalse();
		this.deployments.markKnown("m");
		assertThat(this.deployments.known("m")).isTrue();
		assertThat(this.deployments.bootstrapped()).isFalse();
	}

	private static LoadedModel model(String name, int version, String alias) {
		return new LoadedModel(name, version, alias, "artifact-" + version, "sha-" + version, null, null,
				Instant.EPOCH);
	}

}
