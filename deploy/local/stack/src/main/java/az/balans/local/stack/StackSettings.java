package az.balans.local.stack;

import java.nio.file.Path;
import java.util.List;

/**
 * How the one-machine stack is laid out, from system properties (pass them as {@code -Dname=value}
 * on the start command).
 *
 * @param repository     the checkout, where the built services are
 * @param dataDirectory  everything the stack keeps: databases, Kafka log, logs ({@code balans.data}, default ~/.balans)
 * @param fresh          start from nothing: the data directory is emptied first ({@code balans.fresh})
 * @param postgresPort   {@code balans.postgres.port}, default 15432
 * @param kafkaPort      {@code balans.kafka.port}, default 19092
 * @param readyTimeoutSeconds how long the services may take to become ready ({@code balans.ready-timeout}, default 90)
 * @param advisorPort    {@code balans.advisor.port}, default 8080 (the ports the README lists)
 * @param catalogPort    {@code balans.catalog.port}, default 8081
 * @param historyPort    {@code balans.history.port}, default 8082; each service's management interface listens
 *                       100 above its port ({@link #managementPortOf})
 * @param demoFeed       play a payment system: a backlog of top-ups, then one every few seconds ({@code balans.demo-feed}, default true)
 * @param serviceJvmOptions how the services' JVMs run: {@link #QUICK_START_JVM} here, production's flags in bench/
 * @param traces         where the services' spans go ({@code balans.traces}): {@value #TRACES_TO_LOG} (the default:
 *                       one line per span in {@code logs/<service>-spans.log}), {@value #TRACES_OFF}, or the URL of
 *                       an OTLP collector (gRPC, e.g. {@code http://localhost:4317})
 */
public record StackSettings(
        Path repository,
        Path dataDirectory,
        boolean fresh,
        int postgresPort,
        int kafkaPort,
        int readyTimeoutSeconds,
        int advisorPort,
        int catalogPort,
        int historyPort,
        boolean demoFeed,
        List<String> serviceJvmOptions,
        String traces) {

    public static final String TRACES_TO_LOG = "log";
    public static final String TRACES_OFF = "off";

    /** Small heaps and the C1 compiler only: three services start fast and light on a laptop. */
    public static final List<String> QUICK_START_JVM =
            List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    public StackSettings {
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
    }

    /**
     * The port of a service's management interface (health, metrics, the API document): 100 above the
     * port of its API, so 8180, 8181 and 8182 by default.
     */
    public static int managementPortOf(int servicePort) {
        return servicePort + 100;
    }

    public static StackSettings fromSystemProperties() {
        Path repository =
                Path.of(System.getProperty("balans.root", ".")).toAbsolutePath().normalize();
        Path data =
                Path.of(
                                System.getProperty(
                                        "balans.data",
                                        Path.of(System.getProperty("user.home"), ".balans")
                                                .toString()))
                        .toAbsolutePath()
                        .normalize();
        String fresh = System.getProperty("balans.fresh");
        return new StackSettings(
                repository,
                data,
                fresh != null && !fresh.equalsIgnoreCase("false"),
                Integer.getInteger("balans.postgres.port", 15432),
                Integer.getInteger("balans.kafka.port", 19092),
                Integer.getInteger("balans.ready-timeout", 90),
                Integer.getInteger("balans.advisor.port", 8080),
                Integer.getInteger("balans.catalog.port", 8081),
                Integer.getInteger("balans.history.port", 8082),
                !"false".equalsIgnoreCase(System.getProperty("balans.demo-feed", "true")),
                QUICK_START_JVM,
                System.getProperty("balans.traces", TRACES_TO_LOG));
    }

    /**
     * What a service's JVM is told about its spans: logged to a file of their own (the service's log
     * stays readable), not made at all, or sent to the collector named.
     */
    List<String> traceOptions(String service) {
        if (TRACES_TO_LOG.equals(traces)) {
            String handler = "quarkus.log.handler.file.\"spans\".";
            String category = "quarkus.log.category.\"io.opentelemetry.exporter.logging\".";
            return List.of(
                    "-Dbalans.tracing.log-spans=true",
                    // spans reach the file within a second (not five), for someone following a
                    // request they just sent
                    "-Dquarkus.otel.bsp.schedule.delay=1S",
                    "-D" + handler + "enabled=true",
                    "-D" + handler + "path=" + logs().resolve(service + "-spans.log"),
                    "-D" + handler + "format=%d{yyyy-MM-dd HH:mm:ss,SSS} %s%n",
                    "-D" + handler + "filter=number-masking",
                    // a day of the demo feed is a few MB; keep at most two files of 10 MB
                    "-D" + handler + "rotation.max-file-size=10M",
                    "-D" + handler + "rotation.max-backup-index=1",
                    // file handlers write JSON lines once quarkus-logging-json is there; these are
                    // for reading
                    "-Dquarkus.log.file.json.enabled=false",
                    "-D" + category + "handlers=spans",
                    "-D" + category + "use-parent-handlers=false");
        }
        if (TRACES_OFF.equals(traces)) {
            return List.of("-Dquarkus.otel.sdk.disabled=true");
        }
        return List.of("-Dquarkus.otel.exporter.otlp.traces.endpoint=" + traces);
    }

    Path postgresData() {
        return dataDirectory.resolve("postgres");
    }

    Path postgresBinaries() {
        return dataDirectory.resolve("postgres-binaries");
    }

    Path kafkaLog() {
        return dataDirectory.resolve("kafka");
    }

    Path logs() {
        return dataDirectory.resolve("logs");
    }

    Path processIds() {
        return dataDirectory.resolve("pids");
    }
}
