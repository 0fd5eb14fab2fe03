package az.balans.testsupport;

import az.balans.local.infra.BalansTopics;
import az.balans.local.infra.EmbeddedPostgresServer;
import az.balans.local.infra.InProcessKafkaBroker;
import az.balans.local.infra.PostgresAdmin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One PostgreSQL server and one Kafka broker per test JVM, started on first use and stopped when
 * the JVM exits. Starting them once, rather than per test class, saves several seconds a class;
 * isolation comes from a fresh database per Quarkus application start instead.
 *
 * <p>{@code -Dbalans.test.infra=containers} (the {@code containers} Maven profile) takes them from
 * Testcontainers with the production images instead, on machines that have Docker.
 */
final class SharedTestInfrastructure {

    private static final boolean CONTAINERS =
            "containers".equals(System.getProperty("balans.test.infra", "embedded"));

    private static PostgresAdmin postgres;
    private static String kafkaBootstrapServers;

    private SharedTestInfrastructure() {}

    static synchronized PostgresAdmin postgres() {
        if (postgres == null) {
            if (CONTAINERS) {
                postgres = ContainerTestInfrastructure.startPostgres();
            } else {
                EmbeddedPostgresServer server = EmbeddedPostgresServer.startForTests();
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
                postgres = server.admin();
            }
        }
        return postgres;
    }

    static synchronized String kafkaBootstrapServers() {
        if (kafkaBootstrapServers == null) {
            if (CONTAINERS) {
                kafkaBootstrapServers = ContainerTestInfrastructure.startKafka();
            } else {
                Path logDirectory = temporaryDirectory("balans-kafka-test-");
                InProcessKafkaBroker broker = InProcessKafkaBroker.start(logDirectory, 0);
                Runtime.getRuntime()
                        .addShutdownHook(
                                new Thread(
                                        () -> {
                                            broker.close();
                                            deleteRecursively(logDirectory);
                                        },
                                        "kafka-broker-stop"));
                kafkaBootstrapServers = broker.bootstrapServers();
            }
            BalansTopics.ensureExist(kafkaBootstrapServers);
        }
        return kafkaBootstrapServers;
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless; the JVM is exiting anyway
        }
    }
}
