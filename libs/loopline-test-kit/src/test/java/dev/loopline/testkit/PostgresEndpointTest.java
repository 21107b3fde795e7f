package dev.loopline.testkit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresEndpointTest {

	@Test
	void turnsCamelCaseTestClassNamesIntoSnakeCase() {
		assertThat(PostgresEndpoint.sanitize("RealInfrastructureIT")).isEqualTo("real_infrastructure_it");
	}

	@Test
	void replacesCharactersOutsideLowerCaseLettersDigitsAndUnderscore() {
		assertThat(PostgresEndpoint.sanitize("Order$Service Test-1.2")).isEqualTo("order_service_test_1_2");
	}

	@Test
	void startsNamesWithALetter() {
		assertThat(PostgresEndpoint.sanitize("42things")).isEqualTo("db_42things");
		assertThat(PostgresEndpoint.sanitize("")).isEqualTo("db");
		assertThat(PostgresEndpoint.sanitize("$$$")).isEqualTo("db");
	}

	@Test
	void keepsLongNamesWithinPostgresLimitAndUnique() {
		String hint = "AVeryLongTestClassNameThatGoesOnAndOnWellPastTheSixtyThreeCharacterLimitOfPostgres";

		String first = PostgresEndpoint.uniqueName(hint, 1);
		String second = PostgresEndpoint.uniqueName(hint, 2);

		assertThat(first).hasSizeLessThanOrEqualTo(63).matches("[a-z][a-z0-9_]*").startsWith("a_very_long_test");
		assertThat(second).hasSizeLessThanOrEqualTo(63).isNotEqualTo(first);
	}

	@Test
	void readsTheDatabaseNameFromTheJdbcUrl() {
		DatabaseInfo info = new DatabaseInfo("jdbc:postgresql://localhost:5432/orders_1_ab?ssl=false", "u", "p");

		assertThat(info.databaseName()).isEqualTo("orders_1_ab");
	}

}
