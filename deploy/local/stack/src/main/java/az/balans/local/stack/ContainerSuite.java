package az.balans.local.stack;

import az.balans.local.infra.BalansContainers;
import az.balans.local.infra.BalansTopics;
import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The whole of Balans as containers on this machine's Docker engine ({@code ./mvnw package
 * -Pstart-containers}), from the images built here: a PostgreSQL per owning service, a Kafka broker
 * with the Balans topics, and the three services' images run as the Kubernetes manifests run them
 * (user 185, a read-only root file system with a small /tmp, 512 MiB, the same variables, the JWT
 * keys mounted at /etc/balans/jwt), then the demo data. This is how an operator checks the images
 * before a cluster. It starts afresh every time; Ctrl-C removes every container it started.
 */
public final class ContainerSuite implements AutoCloseable {

    /** Every container and network of the suite carries it, so a later start removes leftovers. */
    private static final String LABEL = "az.balans.suite";

    private static final int MANAGEMENT_PORT = 9000;
    private static final long MEMORY_LIMIT = 512L * 1024 * 1024;
    private static final String KAFKA_INSIDE = "kafka:19092";
    private static final String JWT_DIRECTORY = "/etc/balans/jwt";

    private final StackSettings settings;
    private final Path directory;
    private final List<GenericContainer<?>> containers = new ArrayList<>();
    private Network network;
    private DemoFeed demoFeed;

    private ContainerSuite(StackSettings settings) {
        this.settings = settings;
        this.directory = settings.dataDirectory().resolve("containers");
    }

    public static void main(String[] args) throws Exception {
        ContainerSuite suite = new ContainerSuite(StackSettings.fromSystemProperties());
        Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "balans-suite-stop"));
        // Maven runs this in a JVM of its own, which a stopped Maven would leave running: the
        // suite goes when what started it goes (Ctrl-C reaches both anyway)
        ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> System.exit(0)));
        try {
            suite.start();
        } catch (Exception e) {
            System.err.println("The suite in containers could not start: " + e.getMessage());
            suite.close();
            Runtime.getRuntime().halt(1);
        }
        new CountDownLatch(1).await(); // until Ctrl-C
    }

    private void start() throws Exception {
        long started = System.nanoTime();
        removeLeftovers();
        prepareDirectory();
        network =
                Network.builder()
                        .createNetworkCmdModifier(cmd -> cmd.withLabels(Map.of(LABEL, "true")))
                        .build();

        say("Starting PostgreSQL for catalog and for history, and Kafka");
        PostgreSQLContainer catalogDb = database("catalog");
        PostgreSQLContainer historyDb = database("history");
        KafkaContainer kafka =
                BalansContainers.kafka(System.getProperty("balans.kafka-image"))
                        .withListener(KAFKA_INSIDE);
        start(kafka, "kafka", "kafka");
        start(catalogDb, "catalog-db", "catalog-db");
        start(historyDb, "history-db", "history-db");
        BalansTopics.ensureExist(kafka.getBootstrapServers());

        DemoKeys keys = DemoKeys.ensure(directory);
        Path tokens = keys.writeDemoTokens(directory);
        Path jwt = mountableKeys(keys);

        say("Starting catalog-service, history-service and advisor-service from their images");
        Map<String, String> catalog = new HashMap<>(common());
        catalog.putAll(datasource("catalog"));
        catalog.put("CATALOG_OUTBOX_RELAY_INTERVAL", "1s");
        Map<String, String> history = new HashMap<>(common());
        history.putAll(datasource("history"));
        history.put("QUARKUS_REST_CLIENT_CATALOG_URL", "http://catalog-service:8081");
        Map<String, String> advisor = new HashMap<>(common());
        advisor.put("QUARKUS_REST_CLIENT_CATALOG_URL", "http://catalog-service:8081");
        advisor.put("QUARKUS_REST_CLIENT_HISTORY_URL", "http://history-service:8082");
        advisor.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", JWT_DIRECTORY + "/private.pem");
        // catalog first: history and advisor read it as they start
        start(service("catalog-service", 8081, settings.catalogPort(), catalog, jwt));
        GenericContainer<?> historyService =
                service("history-service", 8082, settings.historyPort(), history, jwt);
        GenericContainer<?> advisorService =
                service("advisor-service", 8080, settings.advisorPort(), advisor, jwt);
        Stream.of(historyService, advisorService).parallel().forEach(this::start);

        int published = DemoData.publishOnce(kafka.getBootstrapServers(), directory);
        say("Published %d demo recharge events to %s", published, BalansTopics.RECHARGE_EVENTS);
        if (settings.demoFeed()) {
            demoFeed = DemoFeed.start(kafka.getBootstrapServers(), 400, Duration.ofSeconds(3));
            say(
                    "Demo feed: the last hour's top-ups published, and a new one every 3 s (-Dbalans.suite.options=-Dbalans.demo-feed=false to stop it)");
        }

        say("Balans is up in containers in %.1f s:", (System.nanoTime() - started) / 1e9);
        for (String service : List.of("advisor-service", "catalog-service", "history-service")) {
            int port = portOf(service);
            say(
                    "  %-16s http://localhost:%d   (health http://localhost:%d/q/health, logs: docker logs balans-%s)",
                    service, port, StackSettings.managementPortOf(port), service);
        }
        say(
                "  %-16s %s (in the containers' network: %s; container balans-kafka)",
                "Kafka", kafka.getBootstrapServers(), KAFKA_INSIDE);
        say(
                "  %-16s jdbc:postgresql://localhost:%d/catalog and jdbc:postgresql://localhost:%d/history (containers balans-catalog-db, balans-history-db)",
                "PostgreSQL", catalogDb.getMappedPort(5432), historyDb.getMappedPort(5432));
        say(
                "Demo tokens in %s: support-agent, catalog-admin and subscriber (of %s), valid 24 h.",
                tokens, DemoKeys.DEMO_SUBSCRIBER);
        say("Check it: deploy/containers/smoke-test.sh. Press Ctrl-C to stop and remove it all.");
    }

    private PostgreSQLContainer database(String name) {
        return BalansContainers.postgres(System.getProperty("balans.postgres-image"))
                .withDatabaseName(name)
                .withUsername(name)
                .withPassword(name);
    }

    private static Map<String, String> datasource(String name) {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://" + name + "-db:5432/" + name,
                "QUARKUS_DATASOURCE_USERNAME",
                name,
                "QUARKUS_DATASOURCE_PASSWORD",
                name);
    }

    /** What every service is given, as the Kubernetes ConfigMaps give it (without TLS and SASL). */
    private Map<String, String> common() {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(MANAGEMENT_PORT));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", KAFKA_INSIDE);
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", JWT_DIRECTORY + "/public.pem");
        String traces = settings.traces();
        if (traces.startsWith("http")) {
            environment.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", traces);
        } else {
            // no collector here, and a read-only file system to log them to
            environment.put("QUARKUS_OTEL_SDK_DISABLED", "true");
        }
        return environment;
    }

    private GenericContainer<?> service(
            String name,
            int containerPort,
            int hostPort,
            Map<String, String> environment,
            Path jwt) {
        GenericContainer<?> container =
                new GenericContainer<>(DockerImageName.parse(serviceImage(name)))
                        .withEnv(environment)
                        .withFileSystemBind(jwt.toString(), JWT_DIRECTORY, BindMode.READ_ONLY)
                        .withTmpFs(Map.of("/tmp", "rw,size=64m"))
                        .withExposedPorts(containerPort, MANAGEMENT_PORT)
                        .withCreateContainerCmdModifier(
                                cmd ->
                                        cmd.getHostConfig()
                                                .withMemory(MEMORY_LIMIT)
                                                .withReadonlyRootfs(true))
                        .waitingFor(
                                Wait.forHttp("/q/health/ready")
                                        .forPort(MANAGEMENT_PORT)
                                        .withStartupTimeout(
                                                Duration.ofSeconds(
                                                        settings.readyTimeoutSeconds())));
        container.setPortBindings(
                List.of(
                        hostPort + ":" + containerPort,
                        StackSettings.managementPortOf(hostPort) + ":" + MANAGEMENT_PORT));
        return named(container, name, name);
    }

    /** The image Jib built, named as the manifests and the services' configuration name it. */
    private static String serviceImage(String service) {
        return String.format(
                "%s/%s/%s:%s",
                System.getenv().getOrDefault("BALANS_IMAGE_REGISTRY", "ghcr.io"),
                System.getenv().getOrDefault("BALANS_IMAGE_GROUP", "balans"),
                service,
                System.getenv()
                        .getOrDefault("BALANS_IMAGE_TAG", System.getProperty("balans.version")));
    }

    private int portOf(String service) {
        return switch (service) {
            case "advisor-service" -> settings.advisorPort();
            case "catalog-service" -> settings.catalogPort();
            default -> settings.historyPort();
        };
    }

    private <T extends GenericContainer<?>> T named(T container, String name, String alias) {
        container
                .withNetwork(network)
                .withNetworkAliases(alias)
                .withLabel(LABEL, "true")
                .withCreateContainerCmdModifier(cmd -> cmd.withName("balans-" + name));
        return container;
    }

    private void start(GenericContainer<?> container, String name, String alias) {
        start(named(container, name, alias));
    }

    private void start(GenericContainer<?> container) {
        synchronized (containers) {
            containers.add(container);
        }
        try {
            container.start();
        } catch (RuntimeException e) {
            String logs = container.getContainerId() == null ? "" : tail(logsOf(container), 30);
            throw new IllegalStateException(
                    container.getDockerImageName() + " did not start: " + e.getMessage() + logs, e);
        }
    }

    private static String logsOf(GenericContainer<?> container) {
        try {
            return container.getLogs();
        } catch (RuntimeException e) {
            return "(its log could not be read: " + e.getMessage() + ")";
        }
    }

    private static String tail(String logs, int lines) {
        List<String> all = logs.lines().toList();
        return "\nThe end of its log:\n"
                + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /**
     * The keys, readable by the services' user (185) through a read-only bind mount, as the
     * Kubernetes Secret mounts them; they are demo keys, made for this suite alone.
     */
    private Path mountableKeys(DemoKeys keys) throws IOException {
        Path jwt = Files.createDirectories(directory.resolve("jwt"));
        Files.copy(keys.publicKey(), jwt.resolve("public.pem"));
        Files.copy(keys.privateKey(), jwt.resolve("private.pem"));
        for (Path key : List.of(jwt, jwt.resolve("public.pem"), jwt.resolve("private.pem"))) {
            Files.setPosixFilePermissions(
                    key,
                    PosixFilePermissions.fromString(
                            Files.isDirectory(key) ? "rwxr-xr-x" : "rw-r--r--"));
        }
        return jwt;
    }

    private void prepareDirectory() throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(directory);
    }

    /** What a suite stopped without its shutdown (kill -9, a power cut) left behind. */
    private static void removeLeftovers() {
        DockerClient docker = DockerClientFactory.instance().client();
        var leftovers =
                docker.listContainersCmd()
                        .withShowAll(true)
                        .withLabelFilter(Map.of(LABEL, "true"))
                        .exec();
        if (!leftovers.isEmpty()) {
            say("Removing %d containers a previous run left", leftovers.size());
        }
        leftovers.forEach(
                c ->
                        docker.removeContainerCmd(c.getId())
                                .withForce(true)
                                .withRemoveVolumes(true)
                                .exec());
        docker.listNetworksCmd()
                .withFilter("label", List.of(LABEL + "=true"))
                .exec()
                .forEach(n -> docker.removeNetworkCmd(n.getId()).exec());
    }

    /** Stops the demo feed, then the services, then Kafka and the databases; nothing is kept. */
    @Override
    public synchronized void close() {
        if (containers.isEmpty() && network == null) {
            return;
        }
        say("Stopping Balans...");
        if (demoFeed != null) {
            demoFeed.close();
            demoFeed = null;
        }
        List<GenericContainer<?>> stopping = new ArrayList<>(containers);
        Collections.reverse(stopping);
        stopping.forEach(GenericContainer::stop);
        containers.clear();
        if (network != null) {
            network.close();
            network = null;
        }
        say("Stopped; every container of the suite is removed.");
    }

    private static void say(String format, Object... args) {
        System.out.printf("[balans] " + format + "%n", args);
    }
}
