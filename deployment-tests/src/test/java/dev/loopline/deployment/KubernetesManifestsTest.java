package dev.loopline.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.loopline.contracts.Topics;
import dev.loopline.local.LocalService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests {@code kubectl kustomize} renders from {@code k8s/} (base and both
 * overlays): every service has its Deployment, Service, PodDisruptionBudget and
 * ServiceMonitor, probes on the actuator paths of the named {@code http} port, limits and
 * a restricted security context; selectors select exactly their own pods; every reference
 * points at something that exists or at the two documented Secrets; every platform topic
 * has a KafkaTopic; no secret value is written down.
 */
class KubernetesManifestsTest {

	/** Secrets made outside the manifests: by CloudNativePG, and by the operator. */
	private static final Set<String> EXTERNAL_SECRETS = Set.of("loopline-db-app", "loopline-api-keys");

	@ParameterizedTest
	@ValueSource(strings = { "k8s/base", "k8s/overlays/dev", "k8s/overlays/prod" })
	void everyServiceHasItsDeploymentServiceDisruptionBudgetAndServiceMonitor(String directory) {
		Manifests manifests = new Manifests(Kustomize.build(directory));
		for (LocalService service : LocalService.values()) {
			String name = RequiredEnvironment.name(service);
			assertThat(manifests.named("Deployment", name)).as(name).isNotNull();
			assertThat(manifests.named("Service", name)).as(name).isNotNull();
			assertThat(manifests.named("PodDisruptionBudget", name)).as(name).isNotNull();
			assertThat(manifests.named("ServiceMonitor", name)).as(name).isNotNull();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "k8s/base", "k8s/overlays/dev", "k8s/overlays/prod" })
	void apiVersionsAreTheCurrentOnes(String directory) {
		Map<String, String> expected = Map.of("Deployment", "apps/v1", "HorizontalPodAutoscaler", "autoscaling/v2",
				"PodDisruptionBudget", "policy/v1", "ServiceMonitor", "monitoring.coreos.com/v1", "Kafka",
				"kafka.strimzi.io/v1", "KafkaNodePool", "kafka.strimzi.io/v1", "KafkaTopic", "kafka.strimzi.io/v1",
				"Cluster", "postgresql.cnpg.io/v1", "ScaledObject", "keda.sh/v1alpha1", "NetworkPolicy",
				"networking.k8s.io/v1");
		for (Map<String, Object> object : Kustomize.build(directory)) {
			String kind = Nodes.text(object, "kind");
			if (expected.containsKey(kind)) {
				assertThat(Nodes.text(object, "apiVersion")).as(kind).isEqualTo(expected.get(kind));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "k8s/base", "k8s/overlays/dev", "k8s/overlays/prod" })
	void deploymentsProbeTheActuatorOnTheHttpPortWithLimitsAndARestrictedSecurityContext(String directory) {
		for (Map<String, Object> deployment : new Manifests(Kustomize.build(directory)).all("Deployment")) {
			String name = Nodes.text(deployment, "metadata", "name");
			Map<String, Object> pod = Nodes.map(deployment, "spec", "template", "spec");
			Map<String, Object> container = Nodes.maps(pod, "containers").get(0);
			assertThat(Nodes.maps(container, "ports")).as(name)
				.anySatisfy(
						(port) -> assertThat(port).containsEntry("name", "http").containsEntry("containerPort", 8080));
			assertThat(probe(container, "livenessProbe")).as(name).isEqualTo(ActuatorPaths.LIVENESS);
			assertThat(probe(container, "readinessProbe")).as(name).isEqualTo(ActuatorPaths.READINESS);
			assertThat(probe(container, "startupProbe")).as(name).isIn(ActuatorPaths.LIVENESS, ActuatorPaths.READINESS);
			for (String bound : List.of("requests", "limits")) {
				assertThat(Nodes.map(container, "resources", bound)).as("%s %s", name, bound)
					.containsKeys("cpu", "memory");
			}
			assertThat(Nodes.at(pod, "securityContext", "runAsNonRoot")).as(name).isEqualTo(true);
			assertThat(Nodes.text(pod, "securityContext", "seccompProfile", "type")).as(name)
				.isEqualTo("RuntimeDefault");
			assertThat(Nodes.at(container, "securityContext", "allowPrivilegeEscalation")).as(name).isEqualTo(false);
			assertThat(Nodes.at(container, "securityContext", "readOnlyRootFilesystem")).as(name).isEqualTo(true);
			assertThat(Nodes.list(container, "securityContext", "capabilities", "drop")).as(name)
				.containsExactly("ALL");
			assertThat(Nodes.maps(container, "volumeMounts")).as("%s writable /tmp", name)
				.anySatisfy((mount) -> assertThat(mount).containsEntry("mountPath", "/tmp"));
		}
	}

	private static String probe(Map<String, Object> container, String probe) {
		assertThat(Nodes.text(container, probe, "httpGet", "port")).as(probe).isEqualTo("http");
		return Nodes.text(container, probe, "httpGet", "path");
	}

	@ParameterizedTest
	@ValueSource(strings = { "k8s/base", "k8s/overlays/dev", "k8s/overlays/prod" })
	void selectorsSelectExactlyTheirOwnPods(String directory) {
		Manifests manifests = new Manifests(Kustomize.build(directory));
		for (LocalService service : LocalService.values()) {
			String name = RequiredEnvironment.name(service);
			Map<String, Object> deployment = manifests.named("Deployment", name);
			Map<String, Object> podLabels = Nodes.map(deployment, "spec", "template", "metadata", "labels");
			Map<String, Object> selector = Nodes.map(deployment, "spec", "selector", "matchLabels");
			assertThat(podLabels).as(name).containsAllEntriesOf(selector);
			List<Map<String, Object>> selectors = List.of(
					Nodes.map(manifests.named("Service", name), "spec", "selector"),
					Nodes.map(manifests.named("PodDisruptionBudget", name), "spec", "selector", "matchLabels"));
			for (Map<String, Object> podSelector : selectors) {
				assertThat(manifests.podsSelectedBy(podSelector)).as("%s selects only its pods", name)
					.containsExactly(name);
			}
			Map<String, Object> serviceMonitorSelector = Nodes.map(manifests.named("ServiceMonitor", name), "spec",
					"selector", "matchLabels");
			assertThat(Nodes.map(manifests.named("Service", name), "metadata", "labels")).as(name)
				.containsAllEntriesOf(serviceMonitorSelector);
			assertThat(manifests.servicesSelectedBy(serviceMonitorSelector)).as(name).containsExactly(name);
			assertThat(Nodes.maps(manifests.named("ServiceMonitor", name), "spec", "endpoints")).as(name)
				.allSatisfy((endpoint) -> assertThat(endpoint).containsEntry("port", "http")
					.containsEntry("path", ActuatorPaths.PROMETHEUS));
			assertThat(Nodes.maps(manifests.named("Service", name), "spec", "ports")).as(name)
				.anySatisfy(
						(port) -> assertThat(port).containsEntry("name", "http").containsEntry("targetPort", "http"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "k8s/base", "k8s/overlays/dev", "k8s/overlays/prod" })
	void scalersTargetExistingDeploymentsAndNeverTwoTheSame(String directory) {
		Manifests manifests = new Manifests(Kustomize.build(directory));
		Set<String> scaled = new HashSet<>();
		for (Map<String, Object> hpa : manifests.all("HorizontalPodAutoscaler")) {
			String target = Nodes.text(hpa, "spec", "scaleTargetRef", "name");
			assertThat(manifests.named("Deployment", target)).as("HPA target %s", target).isNotNull();
			assertThat(scaled.add(target)).as("%s scaled twice", target).isTrue();
		}
		for (Map<String, Object> scaledObject : manifests.all("ScaledObject")) {
			String target = Nodes.text(scaledObject, "spec", "scaleTargetRef", "name");
			assertThat(manifests.named("Deployment", target)).as("ScaledObject target %s", target).isNotNull();
			assertThat(scaled.add(target)).as("%s scaled twice (KEDA makes its own HPA)", target).isTrue();
			assertThat(Nodes.maps(scaledObject, "spec", "triggers")).as(target)
				.allSatisfy((trigger) -> assertThat(trigger).containsEntry("type", "kafka"));
		}
		assertThat(scaled).doesNotContain("training-service", "monitoring-service");
	}

	@Test
	void prodScalesTheStreamConsumersOnKafkaLag() {
		Manifests manifests = new Manifests(Kustomize.build("k8s/overlays/prod"));
		assertThat(manifests.all("ScaledObject"))
			.extracting((object) -> Nodes.text(object, "spec", "scaleTargetRef", "name"))
			.contains("validation-service", "feature-store-service");
		for (Map<String, Object> scaledObject : manifests.all("ScaledObject")) {
			String target = Nodes.text(scaledObject, "spec", "scaleTargetRef", "name");
			assertThat(Nodes.maps(scaledObject, "spec", "triggers")).as(target)
				.allSatisfy(
						(trigger) -> assertThat(Nodes.text(trigger, "metadata", "consumerGroup")).isEqualTo(target));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "k8s/base", "k8s/overlays/dev", "k8s/overlays/prod" })
	void servicesGetEveryVariableTheirConfigurationRequiresFromConfigMapsOrDocumentedSecrets(String directory) {
		Manifests manifests = new Manifests(Kustomize.build(directory));
		String database = Nodes.text(manifests.all("Cluster").get(0), "metadata", "name") + "-app";
		for (LocalService service : LocalService.values()) {
			String name = RequiredEnvironment.name(service);
			Map<String, Object> container = Nodes
				.maps(manifests.named("Deployment", name), "spec", "template", "spec", "containers")
				.get(0);
			Set<String> variables = new HashSet<>();
			for (Map<String, Object> source : Nodes.maps(container, "envFrom")) {
				String configMap = Nodes.text(source, "configMapRef", "name");
				assertThat(configMap).as("%s envFrom", name).isNotNull();
				Map<String, Object> data = Nodes.map(manifests.named("ConfigMap", configMap), "data");
				assertThat(data).as("%s: ConfigMap %s exists", name, configMap).isNotEmpty();
				variables.addAll(data.keySet());
			}
			for (Map<String, Object> variable : Nodes.maps(container, "env")) {
				String secret = Nodes.text(variable, "valueFrom", "secretKeyRef", "name");
				if (secret != null) {
					assertThat(secret).as("%s %s", name, variable.get("name")).isIn(EXTERNAL_SECRETS);
				}
				variables.add(Nodes.text(variable, "name"));
			}
			assertThat(variables).as(name).containsAll(RequiredEnvironment.of(service));
			assertThat(Nodes.maps(container, "env")).as("%s reads the database from CloudNativePG's secret", name)
				.anySatisfy((variable) -> assertThat(variable).containsEntry("name", "SPRING_DATASOURCE_URL")
					.extracting((v) -> Nodes.text(v, "valueFrom", "secretKeyRef", "name"))
					.isEqualTo(database));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "k8s/base", "k8s/overlays/dev", "k8s/overlays/prod" })
	void noSecretValueIsWrittenDown(String directory) {
		List<String> found = new ArrayList<>();
		for (Map<String, Object> object : Kustomize.build(directory)) {
			String where = object.get("kind") + "/" + Nodes.text(object, "metadata", "name");
			if ("Secret".equals(object.get("kind"))) {
				found.add(where + " is a Secret in the manifests");
			}
			if ("ConfigMap".equals(object.get("kind"))) {
				Nodes.map(object, "data")
					.keySet()
					.stream()
					.filter((key) -> RequiredEnvironment.isSecret(key))
					.forEach((key) -> found.add(where + " holds " + key));
			}
			for (Map<String, Object> container : Nodes.maps(object, "spec", "template", "spec", "containers")) {
				for (Map<String, Object> variable : Nodes.maps(container, "env")) {
					if (RequiredEnvironment.isSecret(Nodes.text(variable, "name")) && variable.containsKey("value")) {
						found.add(where + " sets " + variable.get("name") + " literally");
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "k8s/base", "k8s/overlays/dev", "k8s/overlays/prod" })
	void everyPlatformTopicAndItsDeadLetterTopicIsAKafkaTopicOfTheClusterTheServicesUse(String directory) {
		Manifests manifests = new Manifests(Kustomize.build(directory));
		String kafka = Nodes.text(manifests.all("Kafka").get(0), "metadata", "name");
		assertThat(manifests.all("KafkaNodePool")).allSatisfy((pool) -> {
			assertThat(Nodes.map(pool, "metadata", "labels")).containsEntry("strimzi.io/cluster", kafka);
			assertThat(Nodes.list(pool, "spec", "roles")).contains("broker", "controller");
		});
		Set<String> topics = new HashSet<>();
		for (Map<String, Object> topic : manifests.all("KafkaTopic")) {
			assertThat(Nodes.map(topic, "metadata", "labels")).containsEntry("strimzi.io/cluster", kafka);
			topics.add(Nodes.text(topic, "spec", "topicName"));
		}
		for (String topic : Topics.all()) {
			assertThat(topics).contains(topic, Topics.dlq(topic));
		}
		String bootstrap = kafka + "-kafka-bootstrap:9092";
		for (Map<String, Object> configMap : manifests.all("ConfigMap")) {
			String brokers = Nodes.text(configMap, "data", "SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS");
			if (brokers != null) {
				assertThat(brokers).isEqualTo(bootstrap);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "k8s/base", "k8s/overlays/dev", "k8s/overlays/prod" })
	void networkPoliciesDenyByDefaultAndLetPrometheusScrape(String directory) {
		List<Map<String, Object>> policies = new Manifests(Kustomize.build(directory)).all("NetworkPolicy");
		assertThat(policies).anySatisfy((policy) -> {
			assertThat(Nodes.list(policy, "spec", "policyTypes")).contains("Ingress", "Egress");
			assertThat(Nodes.list(policy, "spec", "ingress")).isEmpty();
			assertThat(Nodes.list(policy, "spec", "egress")).isEmpty();
		});
		assertThat(policies)
			.anySatisfy((policy) -> assertThat(Nodes.maps(policy, "spec", "ingress")).anySatisfy((rule) -> {
				assertThat(Nodes.maps(rule, "from")).anySatisfy((peer) -> assertThat(
						Nodes.text(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name"))
					.isEqualTo("monitoring"));
				assertThat(Nodes.maps(rule, "ports"))
					.anySatisfy((port) -> assertThat(Nodes.text(port, "port")).isIn("http", "8080"));
			}));
		List<Object> egressPorts = policies.stream()
			.flatMap((policy) -> Nodes.maps(policy, "spec", "egress").stream())
			.flatMap((rule) -> Nodes.maps(rule, "ports").stream())
			.map((port) -> (Object) Nodes.text(port, "port"))
			.toList();
		assertThat(egressPorts).as("DNS, Kafka, PostgreSQL, peers").contains("53", "9092", "5432");
	}

	/** The rendered objects, by kind and name. */
	record Manifests(List<Map<String, Object>> objects) {

		List<Map<String, Object>> all(String kind) {
			return this.objects.stream().filter((object) -> kind.equals(object.get("kind"))).toList();
		}

		Map<String, Object> named(String kind, String name) {
			return all(kind).stream()
				.filter((object) -> name.equals(Nodes.text(object, "metadata", "name")))
				.findFirst()
				.orElse(null);
		}

		List<String> podsSelectedBy(Map<String, Object> selector) {
			return all("Deployment").stream()
				.filter((deployment) -> !selector.isEmpty()
						&& Nodes.map(deployment, "spec", "template", "metadata", "labels")
							.entrySet()
							.containsAll(selector.entrySet()))
				.map((deployment) -> Nodes.text(deployment, "metadata", "name"))
				.toList();
		}

		List<String> servicesSelectedBy(Map<String, Object> selector) {
			return all("Service").stream()
				.filter((service) -> !selector.isEmpty()
						&& Nodes.map(service, "metadata", "labels").entrySet().containsAll(selector.entrySet()))
				.map((service) -> Nodes.text(service, "metadata", "name"))
				.toList();
		}

	}

}
