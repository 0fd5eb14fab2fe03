package az.balans.local.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.jboss.logging.Logger;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) inside this JVM, built
 * from the Apache Kafka jars: the same broker code as production, with no Docker and no ZooKeeper.
 */
public final class InProcessKafkaBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InProcessKafkaBroker.class);

    /** Why the broker last tried to end the JVM: Kafka exits on a fatal fault, such as a log it cannot read. */
    private static final AtomicReference<String> FATAL = new AtomicReference<>();

    static {
        // The broker shares the JVM with the stack or the tests: a fatal fault must fail the start
        // with its reason, not end the JVM without a word.
        Exit.setExitProcedure(
                (status, message) -> {
                    FATAL.set(message);
                    throw new IllegalStateException("Kafka stopped (" + status + "): " + message);
                });
        Exit.setHaltProcedure(
                (status, message) -> {
                    FATAL.set(message);
                    throw new IllegalStateException("Kafka halted (" + status + "): " + message);
                });
    }

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private InProcessKafkaBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts a broker whose log lives in {@code logDirectory}. A directory formatted by an earlier
     * start is reused as it is, so a restart keeps every topic, record and committed offset.
     *
     * @param port the client port, or 0 for a free one
     */
    public static InProcessKafkaBroker start(Path logDirectory, int port) {
        try {
            return start(logDirectory, port == 0 ? freePort() : port, freePort());
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for Kafka: " + e.getMessage(), e);
        }
    }

    /** Starts a broker on exactly these ports, as a restart of an earlier one must. */
    public static InProcessKafkaBroker start(
            Path logDirectory, int clientPort, int controllerPort) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(logDirectory);
            Properties config = brokerConfig(logDirectory, clientPort, controllerPort);
            format(logDirectory, config);

            FATAL.set(null);
            KafkaRaftServer server =
                    new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
            try {
                server.startup();
            } catch (RuntimeException e) {
                throw FATAL.get() == null ? e : cannotRunOn(logDirectory, e);
            }
            String bootstrap = "127.0.0.1:" + clientPort;
            try (Admin admin = admin(bootstrap)) {
                KafkaFuture<?> nodes = admin.describeCluster().nodes();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!nodes.isDone() && FATAL.get() == null && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                if (FATAL.get() != null) {
                    throw cannotRunOn(logDirectory, null);
                }
                nodes.get(1, TimeUnit.SECONDS);
            }
            LOG.infof(
                    "Kafka broker ready at %s in %d ms",
                    bootstrap, (System.nanoTime() - started) / 1_000_000);
            return new InProcessKafkaBroker(server, bootstrap);
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "Kafka started but did not answer: " + e.getMessage(), e);
        }
    }

    private static IllegalStateException cannotRunOn(Path logDirectory, RuntimeException cause) {
        return new IllegalStateException(
                "Kafka could not run on the log in "
                        + logDirectory
                        + ": "
                        + FATAL.get()
                        + ". A log written by another Kafka version may not be readable: move the directory away to start afresh.",
                cause);
    }

    private static Properties brokerConfig(Path logDirectory, int clientPort, int controllerPort) {
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        config.put(
                "listeners",
                "PLAINTEXT://127.0.0.1:"
                        + clientPort
                        + ",CONTROLLER://127.0.0.1:"
                        + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", logDirectory.toString());
        config.put("num.partitions", "1");
        // topics are created on purpose (BalansTopics), so a typo in a channel name fails loudly
        config.put("auto.create.topics.enable", "false");
        // one node: every internal topic has one replica
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        return config;
    }

    /**
     * Same as {@code kafka-storage.sh format}, once: a formatted directory keeps its cluster id
     * (formatting it again, even with --ignore-formatted, leaves the broker expecting another id).
     */
    private static void format(Path logDirectory, Properties config) throws IOException {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        Path file = logDirectory.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            config.store(out, "for kafka-storage format");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode =
                StorageTool.execute(
                        new String[] {
                            "format", "-t", Uuid.randomUuid().toString(), "-c", file.toString()
                        },
                        new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exitCode != 0) {
            throw new IllegalStateException(
                    "kafka-storage format failed ("
                            + exitCode
                            + "): "
                            + output.toString(StandardCharsets.UTF_8));
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
