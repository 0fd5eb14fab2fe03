package az.balans.local.stack;

import az.balans.local.infra.BalansTopics;
import az.balans.local.infra.EmbeddedPostgresServer;
import az.balans.local.infra.InProcessKafkaBroker;
import az.balans.local.infra.PostgresAdmin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole of Balans on one machine: a durable PostgreSQL with one database per owning service,
 * a Kafka broker with the Balans topics, then catalog, history and advisor from their builds, each
 * on its own port (the README lists them). Everything it keeps lives in one data directory, so a restart keeps the
 * data; Ctrl-C stops it all, services first, then Kafka, then PostgreSQL.
 */
public final class LocalStack implements AutoCloseable {

    private final StackSettings settings;
    private final List<ServiceProcess> services = new ArrayList<>();
    private EmbeddedPostgresServer postgres;
    private InProcessKafkaBroker kafka;
    private DemoFeed demoFeed;
    private DemoProviders providers;
    private ScheduledExecutorService tokenRenewal;

    private LocalStack(StackSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        LocalStack stack = new LocalStack(StackSettings.fromSystemProperties());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "balans-local-stop"));
        try {
            stack.start();
        } catch (Exception e) {
            System.err.println("The local stack could not start: " + e.getMessage());
            System.err.println("Logs: " + stack.settings.logs());
            stack.close();
            // the shutdown hook would stop it again: nothing is left to stop, so a plain exit is
            // clean
            Runtime.getRuntime().halt(1);
        }
        new CountDownLatch(1).await(); // until Ctrl-C
    }

    /** Starts the whole stack and returns once every service is ready; {@link #close()} stops it. */
    public static LocalStack start(StackSettings settings) throws Exception {
        LocalStack stack = new LocalStack(settings);
        try {
            stack.start();
            return stack;
        } catch (Exception e) {
            stack.close();
            throw e;
        }
    }

    /** The services' process ids, to check that nothing outlives {@link #close()}. */
    public List<Long> serviceProcessIds() {
        return services.stream().map(ServiceProcess::pid).toList();
    }

    /** The process id of one service (catalog-service, history-service or advisor-service), for fault drills. */
    public long processIdOf(String service) {
        return services.stream()
                .filter(s -> s.name().equals(service))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + service))
                .pid();
    }

    /** PostgreSQL's superuser connection, to add databases beside the services' own. */
    public PostgresAdmin postgresAdmin() {
        return postgres.admin();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** For fault drills: PostgreSQL shut down fast (connections cut), as in a restart or failover. */
    public synchronized void stopPostgres() {
        postgres.close();
        postgres = null;
    }

    /** For fault drills: PostgreSQL back on the same port and data. */
    public synchronized void startPostgres() {
        postgres =
                EmbeddedPostgresServer.startDurable(
                        settings.postgresData(),
                        settings.postgresBinaries(),
                        settings.postgresPort());
    }

    /** For fault drills: the broker shut down. */
    public synchronized void stopKafka() {
        kafka.close();
        kafka = null;
    }

    /** For fault drills: the broker back on the same port and log, every topic, record and offset kept. */
    public synchronized void startKafka() {
        kafka = InProcessKafkaBroker.start(settings.kafkaLog(), settings.kafkaPort());
    }

    private void start() throws Exception {
        long started = System.nanoTime();
        prepareDataDirectory();

        say(
                "Starting PostgreSQL on port %d (data in %s)",
                settings.postgresPort(), settings.postgresData());
        postgres =
                EmbeddedPostgresServer.startDurable(
                        settings.postgresData(),
                        settings.postgresBinaries(),
                        settings.postgresPort());
        PostgresAdmin admin = postgres.admin();
        for (String database : List.of("catalog", "history")) {
            admin.ensureDatabase(database, database, database);
        }

        say("Starting Kafka on port %d (log in %s)", settings.kafkaPort(), settings.kafkaLog());
        kafka = InProcessKafkaBroker.start(settings.kafkaLog(), settings.kafkaPort());
        BalansTopics.ensureExist(kafka.bootstrapServers());

        DemoKeys keys = DemoKeys.ensure(settings.dataDirectory());
        Path tokens = keys.writeDemoTokens(settings.dataDirectory());
        tokenRenewal =
                Executors.newSingleThreadScheduledExecutor(
                        runnable -> {
                            Thread thread = new Thread(runnable, "service-token-renewal");
                            thread.setDaemon(true);
                            return thread;
                        });
        long renewEvery = DemoKeys.SERVICE_TOKEN_LIFETIME.dividedBy(3).toSeconds();
        tokenRenewal.scheduleAtFixedRate(
                () -> {
                    try {
                        keys.renewServiceToken(tokens);
                    } catch (Exception e) {
                        say("Could not renew the demo service token: %s", e.getMessage());
                    }
                },
                renewEvery,
                renewEvery,
                TimeUnit.SECONDS);
        String publicKey = keys.publicKey().toString();

        say(
                "Starting catalog-service, history-service and advisor-service (logs in %s)",
                settings.logs());
        String kafkaServers = kafka.bootstrapServers();
        services.add(
                startService(
                        "catalog-service",
                        settings.catalogPort(),
                        Map.of(
                                "QUARKUS_DATASOURCE_JDBC_URL",
                                admin.jdbcUrlOf("catalog"),
                                "QUARKUS_DATASOURCE_USERNAME",
                                "catalog",
                                "QUARKUS_DATASOURCE_PASSWORD",
                                "catalog",
                                "KAFKA_BOOTSTRAP_SERVERS",
                                kafkaServers,
                                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                                publicKey)));
        providers = DemoProviders.start(settings.dataDirectory());
        Map<String, String> historyEnvironment =
                new HashMap<>(
                        Map.of(
                                "QUARKUS_DATASOURCE_JDBC_URL",
                                admin.jdbcUrlOf("history"),
                                "QUARKUS_DATASOURCE_USERNAME",
                                "history",
                                "QUARKUS_DATASOURCE_PASSWORD",
                                "history",
                                "KAFKA_BOOTSTRAP_SERVERS",
                                kafkaServers,
                                "QUARKUS_REST_CLIENT_CATALOG_URL",
                                "http://localhost:" + settings.catalogPort(),
                                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                                publicKey));
        // the providers' doors opened with this data directory's secrets, and Ding's stub to poll
        historyEnvironment.putAll(providers.historyEnvironment());
        services.add(startService("history-service", settings.historyPort(), historyEnvironment));
        services.add(
                startService(
                        "advisor-service",
                        settings.advisorPort(),
                        Map.of(
                                "KAFKA_BOOTSTRAP_SERVERS",
                                kafkaServers,
                                "QUARKUS_REST_CLIENT_CATALOG_URL",
                                "http://localhost:" + settings.catalogPort(),
                                "QUARKUS_REST_CLIENT_HISTORY_URL",
                                "http://localhost:" + settings.historyPort(),
                                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                                publicKey,
                                "SMALLRYE_JWT_SIGN_KEY_LOCATION",
                                keys.privateKey().toString())));

        int published = DemoData.publishOnce(kafkaServers, settings.dataDirectory());
        if (published > 0) {
            say("Published %d demo recharge events to %s", published, BalansTopics.RECHARGE_EVENTS);
        }

        awaitReady();
        if (settings.demoFeed()) {
            demoFeed = DemoFeed.start(kafkaServers, 400, Duration.ofSeconds(3));
            say(
                    "Demo feed: the last hour's top-ups published, and a new one every 3 s (-Dbalans.demo-feed=false to stop it)");
        }
        say("Balans is up in %.1f s:", (System.nanoTime() - started) / 1e9);
        for (ServiceProcess service : services) {
            say(
                    "  %-16s %s   (health %s/q/health, metrics %s/q/metrics, API document %s/q/openapi)",
                    service.name(),
                    service.url(),
                    service.managementUrl(),
                    service.managementUrl(),
                    service.managementUrl());
        }
        say(
                "  %-16s jdbc:postgresql://localhost:%d/{catalog,history}",
                "PostgreSQL", settings.postgresPort());
        say("  %-16s %s", "Kafka", kafkaServers);
        say(
                "Demo tokens in %s: support-agent, support-lead, catalog-admin and subscriber (of %s) valid 24 h; service valid %d min, renewed every %d min.",
                tokens,
                DemoKeys.DEMO_SUBSCRIBER,
                DemoKeys.SERVICE_TOKEN_LIFETIME.toMinutes(),
                DemoKeys.SERVICE_TOKEN_LIFETIME.toMinutes() / 3);
        say(
                "  e.g. curl -H \"Authorization: Bearer $(cat %s/support-agent.jwt)\" http://localhost:%d/attempts/demo-att-0004",
                tokens, settings.historyPort());
        Path outcomes = providers.directory();
        say(
                "Providers' outcomes (README, \"Connect your provider\"), each becomes an attempt in history:");
        say(
                "  DT One:   curl -u %s:$(cat %s/dtone-callback-password) -H 'Content-Type: application/json' --data-binary @%s/dtone-callback.json http://localhost:%d/providers/dtone/callbacks",
                DemoProviders.DTONE_USER, outcomes, outcomes, settings.historyPort());
        say(
                "  Reloadly: ts=$(date +%%s); sig=$( (cat %s/reloadly-webhook.json; printf ':%%s' \"$ts\") | openssl dgst -sha256 -hmac \"$(cat %s/reloadly-signing-secret)\" | sed 's/^.*= //');"
                        + " curl -H \"X-Reloadly-Signature: $sig\" -H \"X-Reloadly-Request-Timestamp: $ts\" -H 'Content-Type: application/json' --data-binary @%s/reloadly-webhook.json http://localhost:%d/providers/reloadly/webhooks",
                outcomes, outcomes, outcomes, settings.historyPort());
        say(
                "  Ding:     history polls a stub of Ding every 10 s; it lists %s/ding-transfer-records.json (edit it to add transfers)",
                outcomes);
        say("Data: %s. Press Ctrl-C to stop.", settings.dataDirectory());
    }

    private void prepareDataDirectory() throws IOException {
        if (settings.fresh() && Files.exists(settings.dataDirectory())) {
            LeftoverProcesses.stop(settings);
            say("Starting fresh: emptying %s", settings.dataDirectory());
            try (Stream<Path> paths = Files.walk(settings.dataDirectory())) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(settings.logs());
        Files.createDirectories(settings.processIds());
        LeftoverProcesses.stop(settings);
    }

    private ServiceProcess startService(String name, int port, Map<String, String> environment) {
        List<String> jvmOptions = new ArrayList<>(settings.serviceJvmOptions());
        jvmOptions.addAll(settings.traceOptions(name));
        return ServiceProcess.start(
                name,
                port,
                settings.repository(),
                settings.logs(),
                settings.processIds(),
                jvmOptions,
                environment);
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + settings.readyTimeoutSeconds() * 1_000_000_000L;
        List<ServiceProcess> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive()) {
                    throw new IllegalStateException(
                            service.name()
                                    + " exited while starting. The end of "
                                    + service.log()
                                    + ":\n"
                                    + service.tailOfLog(30));
                }
                if (service.isReady()) {
                    say("  %s is ready", service.name());
                    waiting.remove(service);
                }
            }
            if (System.nanoTime() > deadline) {
                ServiceProcess late = waiting.get(0);
                throw new IllegalStateException(
                        late.name()
                                + " was not ready within "
                                + settings.readyTimeoutSeconds()
                                + " s. The end of "
                                + late.log()
                                + ":\n"
                                + late.tailOfLog(30));
            }
            Thread.sleep(250);
        }
    }

    /** Stops the services, then Kafka, then PostgreSQL; the data stays. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (services.isEmpty() && kafka == null && postgres == null) {
            return;
        }
        say("Stopping Balans...");
        if (tokenRenewal != null) {
            tokenRenewal.shutdownNow();
            tokenRenewal = null;
        }
        if (demoFeed != null) {
            demoFeed.close();
            demoFeed = null;
        }
        services.parallelStream().forEach(ServiceProcess::stop);
        services.clear();
        if (providers != null) {
            providers.close();
            providers = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        try (Stream<Path> pids = Files.list(settings.processIds())) {
            for (Path pid : pids.toList()) {
                Files.deleteIfExists(pid);
            }
        } catch (IOException e) {
            // the next start checks these files against the running processes anyway
        }
        say("Stopped. Data kept in %s", settings.dataDirectory());
    }

    private static void say(String format, Object... args) {
        System.out.printf("[balans] " + format + "%n", args);
    }
}
