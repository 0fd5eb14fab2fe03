package az.balans.testsupport;

import az.balans.local.infra.InProcessKafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Gives the test class a PostgreSQL server of its own, with one database, that it can stop and start. */
public class RestartablePostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "restartable";
    private static final String OWNER = "balans_test";

    private Path dataDirectory;
    private RestartablePostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("balans-postgres-restartable-");
            postgres = new RestartablePostgres(dataDirectory, InProcessKafkaBroker.freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postgres.start();
        var admin = postgres.server().admin();
        admin.ensureDatabase(DATABASE, OWNER, OWNER);
        return Map.of(
                "quarkus.datasource.jdbc.url", admin.jdbcUrlOf(DATABASE),
                "quarkus.datasource.username", OWNER,
                "quarkus.datasource.password", OWNER);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                postgres,
                new TestInjector.AnnotatedAndMatchesType(
                        InjectPostgres.class, RestartablePostgres.class));
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.stop();
        }
        if (dataDirectory != null) {
            try (Stream<Path> paths = Files.walk(dataDirectory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary directory is harmless
            }
        }
    }
}
