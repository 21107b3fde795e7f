package dev.loopline.testkit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "loopline.security.api-keys[4].key=overridden-by-the-test")
@RealInfrastructure
class RealInfrastructureIT {

	@Autowired
	Environment environment;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pointsKafkaClientsAndTheBinderAtTheTestBroker() {
		String brokers = LooplineInfrastructure.kafka().bootstrapServers();

		assertThat(this.environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(brokers);
		assertThat(this.environment.getProperty("spring.cloud.stream.kafka.binder.brokers")).isEqualTo(brokers);
	}

	@Test
	void connectsTheDataSourceToAFreshDatabaseForThisClass() {
		String database = this.jdbc.queryForObject("select current_database()", String.class);

		assertThat(database).startsWith("real_infrastructure_it_");
		assertThat(this.environment.getProperty("spring.datasource.url")).endsWith("/" + database);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from information_schema.tables where table_schema = 'public'", Integer.class))
			.isZero();
	}

	@Test
	void declaresOneTestApiKeyPerRoleUnlessTheTestOverridesIt() {
		assertThat(this.environment.getProperty("loopline.security.api-keys[0].key")).isEqualTo(TestApiKeys.INGEST);
		assertThat(this.environment.getProperty("loopline.security.api-keys[0].roles")).isEqualTo("ingest");
		assertThat(this.environment.getProperty("loopline.security.api-keys[3].key")).isEqualTo(TestApiKeys.OPERATE);
		assertThat(this.environment.getProperty("loopline.security.api-keys[4].key"))
			.isEqualTo("overridden-by-the-test");
	}

	@SpringBootConfiguration
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class })
	static class Config {

	}

}
