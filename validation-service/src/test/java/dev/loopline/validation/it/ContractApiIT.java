package dev.loopline.validation.it;

import dev.loopline.testkit.RealInfrastructure;
import dev.loopline.testkit.TestApiKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract management over REST: versions, identical puts, reads, roles and invalid
 * contracts reported with every error.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.config.name=validation-service")
@RealInfrastructure
class ContractApiIT {

	static final String ORDERS = """
			{"fields": [{"name": "order_id", "type": "string", "required": true},
			            {"name": "amount", "type": "number", "required": true},
			            {"name": "at", "type": "timestamp", "required": false}],
			 "entityKey": "order_id", "eventTime": "at", "window": {"duration": "PT5M"},
			 "expectations": [{"kind": "between", "field": "amount", "min": 0, "max": %s}]}""";

	@Value("${local.server.port}")
	int port;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.port);
	}

	@Test
	void createsVersionsAndConfirmsIdenticalContracts() {
		Api.Response first = this.api.put("/v1/contracts/orders", TestApiKeys.OPERATE, ORDERS.formatted(100));
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().get("version").asInt()).isEqualTo(1);
		Api.Response same = this.api.put("/v1/contracts/orders", TestApiKeys.OPERATE, ORDERS.formatted(100));
		assertThat(same.status()).isEqualTo(200);
		assertThat(same.json().get("version").asInt()).isEqualTo(1);
		Api.Response second = this.api.put("/v1/contracts/orders", TestApiKeys.OPERATE, ORDERS.formatted(500));
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.json().get("version").asInt()).isEqualTo(2);

		JsonNode latest = this.api.get("/v1/contracts/orders", TestApiKeys.READ).json();
		assertThat(latest.get("version").asInt()).isEqualTo(2);
		assertThat(latest.at("/definition/expectations/0/max").asDouble()).isEqualTo(500.0);
		JsonNode v1 = this.api.get("/v1/contracts/orders/versions/1", TestApiKeys.READ).json();
		assertThat(v1.at("/definition/expectations/0/max").asDouble()).isEqualTo(100.0);
		assertThat(v1.at("/definition/entityKey").asString()).isEqualTo("order_id");
		assertThat(v1.at("/definition/window/duration").asString()).isEqualTo("PT5M");
		JsonNode all = this.api.get("/v1/contracts", TestApiKeys.READ).json();
		assertThat(all.valueStream().map((contract) -> contract.get("dataset").asString())).contains("orders");
	}

	@Test
	void answersUnknownContractsWithNotFound() {
		Api.Response response = this.api.get("/v1/contracts/nothing-here", TestApiKeys.READ);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("type").asString()).endsWith("/problems/contract-not-found");
		assertThat(this.api.get("/v1/contracts/nothing-here/versions/3", TestApiKeys.READ).status()).isEqualTo(404);
	}

	@Test
	void rejectsAnInvalidContractListingEachError() {
		String invalid = """
				{"fields": [{"name": "id", "type": "uuid", "required": true},
				            {"name": "amount", "type": "number"}, {"name": "email", "type": "string"}],
				 "entityKey": "customer",
				 "expectations": [{"kind": "almost_between", "field": "amount"},
				                  {"kind": "regex", "field": "email", "pattern": "[a-"},
				                  {"kind": "between", "field": "amount", "min": 10, "max": 1},
				                  {"kind": "in_set", "field": "ghost", "values": ["a"]}]}""";
		Api.Response response = this.api.put("/v1/contracts/customers", TestApiKeys.OPERATE, invalid);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("type").asString()).endsWith("/problems/invalid-contract");
		assertThat(response.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.containsExactly("fields[0].type", "entityKey", "expectations[0].kind", "expectations[1].pattern",
					"expectations[2]", "expectations[3].field");
		assertThat(this.api.get("/v1/contracts/customers", TestApiKeys.READ).status()).isEqualTo(404);
	}

	@Test
	void rejectsMalformedJsonAndBadDatasetNames() {
		assertThat(this.api.put("/v1/contracts/orders", TestApiKeys.OPERATE, "{\"fields\": [").status()).isEqualTo(400);
		assertThat(this.api.put("/v1/contracts/Bad.Name", TestApiKeys.OPERATE, ORDERS.formatted(1)).status())
			.isEqualTo(400);
	}

	@Test
	void needsTheOperateRoleToWrite() {
		assertThat(this.api.put("/v1/contracts/orders", TestApiKeys.READ, ORDERS.formatted(100)).status())
			.isEqualTo(403);
	}

}
