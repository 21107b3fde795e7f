package dev.loopline.featurestore.view;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.loopline.servicekit.problem.BadRequestException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ViewDefinitionTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void readsTheSpecWithTheAssignedVersionAndTheTtl() {
		ViewDefinition definition = ViewDefinition.read(json("""
				{"ttl": "PT24H", "spec": {"name": "v", "dataset": "orders", "entityKey": "id",
				 "features": [{"name": "amount", "source": "amount"}]}}"""), null, 3);
		assertThat(definition.spec().version()).isEqualTo(3);
		assertThat(definition.ttl()).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void listsEveryErrorOfTheEnvelopeAndTheSpec() {
		BadRequestException problem = catchThrowableOfType(BadRequestException.class, () -> ViewDefinition.read(
				json("""
						{"ttl": "1 day", "extra": 1, "spec": {"name": "other", "dataset": "Orders!", "entityKey": "id",
						 "features": [{"name": "a", "source": "a", "transforms": [{"type": "sqrt"}]},
						              {"name": "b", "aggregate": {"function": "mean", "source": "a", "window": "7 days"}}]}}"""),
				"v", 2));
		assertThat(problem.getSlug()).isEqualTo("invalid-feature-view");
		@SuppressWarnings("unchecked")
		List<Map<String, String>> errors = (List<Map<String, String>>) problem.getProperties().get("errors");
		assertThat(errors).extracting((error) -> error.get("path"))
			.contains("extra", "ttl", "spec.name", "spec.dataset", "spec.features[0].transforms[0].type",
					"spec.features[1].aggregate.window");
	}

	@Test
	void requiresASpecObject() {
		BadRequestException problem = catchThrowableOfType(BadRequestException.class,
				() -> ViewDefinition.read(json("{\"ttl\": \"PT1H\"}"), null, 1));
		assertThat(problem.getDetail()).contains("spec");
	}

	static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
