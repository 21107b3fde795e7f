package dev.loopline.testkit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestApiKeysTest {

	@Test
	void declaresOneKeyPerRole() {
		assertThat(TestApiKeys.properties()).containsEntry("loopline.security.api-keys[0].key", TestApiKeys.INGEST)
			.containsEntry("loopline.security.api-keys[0].roles", "ingest")
			.containsEntry("loopline.security.api-keys[4].name", "test-admin")
			.containsEntry("loopline.security.api-keys[4].key", TestApiKeys.ADMIN)
			.containsEntry("loopline.security.api-keys[4].roles", "admin")
			.hasSize(15);
	}

	@Test
	void findsTheKeyOfARole() {
		assertThat(TestApiKeys.forRole("operate")).isEqualTo(TestApiKeys.OPERATE).isEqualTo("test-operate-key");
	}

}
