package az.balans.testsupport;

import az.balans.local.infra.PostgresAdmin;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * PostgreSQL and Kafka in containers through Testcontainers ({@code -Pcontainers}), from the images
 * deploy/containers builds on this machine (nothing is pulled). Loaded only in that mode, so the
 * Testcontainers jars are needed only there.
 */
final class ContainerTestInfrastructure {

    private static final DockerImageName POSTGRES_IMAGE =
            DockerImageName.parse(System.getProperty("balans.test.postgres-image"))
                    .asCompatibleSubstituteFor("postgres");
    private static final DockerImageName KAFKA_IMAGE =
            DockerImageName.parse(System.getProperty("balans.test.kafka-image"))
                    .asCompatibleSubstituteFor("apache/kafka");

    private ContainerTestInfrastructure() {}

    static PostgresAdmin startPostgres() {
        PostgreSQLContainer postgres =
                new PostgreSQLContainer(POSTGRES_IMAGE)
                        // the image makes its database before the server listens, so the server
                        // says it is ready once (the official image says it twice)
                        .waitingFor(
                                Wait.forLogMessage(
                                        ".*database system is ready to accept connections.*\\s",
                                        1));
        startUntilTheJvmStops(postgres);
        return new PostgresAdmin(
                postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    }

    static String startKafka() {
        KafkaContainer kafka =
                new KafkaContainer(KAFKA_IMAGE)
                        // KafkaContainer executes its starter script as soon as the file appears,
                        // which on a busy machine can be while it is still being written ("text
                        // file busy", exit 126): read it with bash instead, once it is there
                        .withCommand(
                                "bash",
                                "-c",
                                "while [ ! -f /tmp/testcontainers_start.sh ]; do sleep 0.1; done;"
                                        + " sleep 0.2; exec bash /tmp/testcontainers_start.sh");
        startUntilTheJvmStops(kafka);
        return kafka.getBootstrapServers();
    }

    /** Without Testcontainers' reaper (an image from a registry), the JVM removes what it started. */
    private static void startUntilTheJvmStops(GenericContainer<?> container) {
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
    }
}
