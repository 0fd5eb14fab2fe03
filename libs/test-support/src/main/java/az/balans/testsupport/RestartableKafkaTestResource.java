package az.balans.testsupport;

import az.balans.local.infra.BalansTopics;
import az.balans.local.infra.InProcessKafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Gives the test class a broker of its own, with the Balans topics, that it can stop and start. */
public class RestartableKafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private Path logDirectory;
    private RestartableKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        try {
            logDirectory = Files.createTempDirectory("balans-kafka-restartable-");
            broker =
                    new RestartableKafkaBroker(
                            logDirectory,
                            InProcessKafkaBroker.freePort(),
                            InProcessKafkaBroker.freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker.start();
        BalansTopics.ensureExist(broker.bootstrapServers());
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                broker,
                new TestInjector.AnnotatedAndMatchesType(
                        InjectKafkaBroker.class, RestartableKafkaBroker.class));
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.stop();
        }
        if (logDirectory != null) {
            try (Stream<Path> paths = Files.walk(logDirectory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary directory is harmless
            }
        }
    }
}
