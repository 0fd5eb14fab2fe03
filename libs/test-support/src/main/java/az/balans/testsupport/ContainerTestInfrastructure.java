package az.balans.testsupport;

import az.balans.local.infra.BalansContainers;
import az.balans.local.infra.PostgresAdmin;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL and Kafka in containers through Testcontainers ({@code -Pcontainers}), from the images
 * deploy/containers builds on this machine (nothing is pulled). Loaded only in that mode, so the
 * Testcontainers jars are needed only there.
 */
final class ContainerTestInfrastructure {

    private ContainerTestInfrastructure() {}

    static PostgresAdmin startPostgres() {
        PostgreSQLContainer postgres =
                BalansContainers.postgres(System.getProperty("balans.test.postgres-image"));
        startUntilTheJvmStops(postgres);
        return new PostgresAdmin(
                postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    }

    static String startKafka() {
        KafkaContainer kafka =
                BalansContainers.kafka(System.getProperty("balans.test.kafka-image"));
        startUntilTheJvmStops(kafka);
        return kafka.getBootstrapServers();
    }

    /** Without Testcontainers' reaper (an image from a registry), the JVM removes what it started. */
    private static void startUntilTheJvmStops(GenericContainer<?> container) {
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
    }
}
