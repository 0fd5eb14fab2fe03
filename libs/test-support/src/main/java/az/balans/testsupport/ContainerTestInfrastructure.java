package az.balans.testsupport;

import az.balans.local.infra.PostgresAdmin;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The production images through Testcontainers, for machines with Docker ({@code -Pcontainers}).
 * Loaded only in that mode, so the Testcontainers jars are needed only there.
 */
final class ContainerTestInfrastructure {

    private static final String POSTGRES_IMAGE =
            System.getProperty("balans.test.postgres-image", "postgres:17-alpine");
    private static final String KAFKA_IMAGE =
            System.getProperty("balans.test.kafka-image", "apache/kafka:4.1.2");

    private ContainerTestInfrastructure() {}

    static PostgresAdmin startPostgres() {
        // Testcontainers' Ryuk removes the container when the JVM exits
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE);
        postgres.start();
        return new PostgresAdmin(
                postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    }

    static String startKafka() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        kafka.start();
        return kafka.getBootstrapServers();
    }
}
