package az.balans.testsupport;

import az.balans.local.infra.InProcessKafkaBroker;
import java.nio.file.Path;

/**
 * A broker of a test's own that the test can take away and bring back, on the same ports and log,
 * to check what the application does while Kafka is unavailable and after it returns.
 */
public final class RestartableKafkaBroker {

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private InProcessKafkaBroker broker;

    RestartableKafkaBroker(Path logDirectory, int port, int controllerPort) {
        this.logDirectory = logDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public synchronized void start() {
        if (broker == null) {
            broker = InProcessKafkaBroker.start(logDirectory, port, controllerPort);
        }
    }

    public synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }
}
