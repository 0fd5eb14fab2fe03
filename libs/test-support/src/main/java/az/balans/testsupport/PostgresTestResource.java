package az.balans.testsupport;

import az.balans.local.infra.PostgresAdmin;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands each Quarkus application start a brand-new, empty database on the shared test server,
 * which Flyway then migrates: with {@link WithPostgres} (one start per test class) every test class
 * begins from the migrations and nothing else, whatever ran before it.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String OWNER = "balans_test";

    private PostgresAdmin admin;
    private String database;

    @Override
    public Map<String, String> start() {
        admin = SharedTestInfrastructure.postgres();
        database = "test_" + DATABASES.incrementAndGet();
        admin.ensureDatabase(database, OWNER, OWNER);
        return Map.of(
                "quarkus.datasource.jdbc.url", admin.jdbcUrlOf(database),
                "quarkus.datasource.username", OWNER,
                "quarkus.datasource.password", OWNER);
    }

    @Override
    public void stop() {
        if (database != null) {
            admin.dropDatabase(database);
        }
    }
}
