package az.balans.testsupport;

import az.balans.local.infra.EmbeddedPostgresServer;
import java.nio.file.Path;

/**
 * A PostgreSQL server of a test's own that the test can take away and bring back, on the same port
 * and data, to check what the application does while its database is unavailable and after it returns.
 */
public final class RestartablePostgres {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgresServer server;

    RestartablePostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    public synchronized void start() {
        if (server == null) {
            server = EmbeddedPostgresServer.startRestartable(dataDirectory, port);
        }
    }

    /** A fast shutdown: open connections are cut, as when the server is restarted or fails over. */
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    synchronized EmbeddedPostgresServer server() {
        return server;
    }
}
