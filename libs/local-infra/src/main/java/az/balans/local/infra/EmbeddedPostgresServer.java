package az.balans.local.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server from zonky's embedded binaries, for tests and for the local stack.
 *
 * <p>PostgreSQL refuses to run as root. zonky 2.2 handles that itself: as root it runs initdb and
 * pg_ctl through {@code unshare -U}, in a user namespace where the process is not root. Where user
 * namespaces are blocked that cannot work, so we stop early with a message that says what to do.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throw-away server on a free port: fast, nothing kept. */
    public static EmbeddedPostgresServer startForTests() {
        return start(
                EmbeddedPostgres.builder()
                        // durability buys nothing in a test and costs seconds per suite
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off"));
    }

    /**
     * A durable server whose data lives in {@code dataDirectory} and survives restarts.
     * zonky turns fsync off by default; a person's records must survive a crash, so it is on here.
     */
    public static EmbeddedPostgresServer startDurable(
            Path dataDirectory, Path binariesDirectory, int port) {
        return start(
                EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setOverrideWorkingDirectory(binariesDirectory.toFile())
                        .setPort(port)
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on"));
    }

    /**
     * A test server whose data lives in {@code dataDirectory} on a fixed port, so a test can stop it
     * and start it again as a database outage, with nothing lost but durability it does not need.
     */
    public static EmbeddedPostgresServer startRestartable(Path dataDirectory, int port) {
        return start(
                EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off"));
    }

    private static EmbeddedPostgresServer start(EmbeddedPostgres.Builder builder) {
        failFastWhenRootCannotUnshare();
        long started = System.nanoTime();
        try {
            EmbeddedPostgres postgres =
                    builder.setPGStartupWait(Duration.ofSeconds(60))
                            .setServerConfig("listen_addresses", "localhost")
                            .setServerConfig("max_connections", "200")
                            .start();
            LOG.infof(
                    "PostgreSQL ready on port %d in %d ms",
                    postgres.getPort(), (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    private static void failFastWhenRootCannotUnshare() {
        if ("root".equals(System.getProperty("user.name")) && !LinuxUtils.isUnshareAvailable()) {
            throw new IllegalStateException(
                    "Running as root, but `unshare -U` is not usable (user namespaces are blocked), "
                            + "and PostgreSQL refuses to run as root. Run as a normal user, or allow unprivileged user namespaces "
                            + "(sysctl kernel.unprivileged_userns_clone=1).");
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Administration (databases, roles) through the superuser. */
    public PostgresAdmin admin() {
        return new PostgresAdmin(jdbcUrl("postgres"), SUPERUSER, "");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
