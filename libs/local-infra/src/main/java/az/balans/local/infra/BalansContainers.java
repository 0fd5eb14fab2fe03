package az.balans.local.infra;

import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * PostgreSQL and Kafka containers from the images deploy/containers builds on the local Docker
 * engine (nothing is pulled), configured once for the containers profile's tests and the suite in
 * containers. Loaded only there, so the Testcontainers jars are needed only there.
 */
public final class BalansContainers {

    private BalansContainers() {}

    /** @param image e.g. balans/postgres:17.11.0 */
    public static PostgreSQLContainer postgres(String image) {
        return new PostgreSQLContainer(
                        DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"))
                // the image makes its database before the server listens, so the server says it
                // is ready once (the official image says it twice)
                .waitingFor(
                        Wait.forLogMessage(
                                ".*database system is ready to accept connections.*\\s", 1));
    }

    /** @param image e.g. balans/kafka:4.1.2 */
    public static KafkaContainer kafka(String image) {
        return new KafkaContainer(
                        DockerImageName.parse(image).asCompatibleSubstituteFor("apache/kafka"))
                // KafkaContainer executes its starter script as soon as the file appears, which on
                // a busy machine can be while it is still being written ("text file busy", exit
                // 126): read it with bash instead, once it is there
                .withCommand(
                        "bash",
                        "-c",
                        "while [ ! -f /tmp/testcontainers_start.sh ]; do sleep 0.1; done;"
                                + " sleep 0.2; exec bash /tmp/testcontainers_start.sh");
    }
}
