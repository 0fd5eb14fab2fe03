package az.balans.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the application at the shared test broker, on which every Balans topic exists. Topics and
 * their records outlive a test class: tests use their own keys and ids and read what they wrote.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", SharedTestInfrastructure.kafkaBootstrapServers());
    }

    @Override
    public void stop() {
        // the broker is shared by the test classes of this JVM and stops when it exits
    }
}
