package az.balans.bench;

import az.balans.local.stack.LocalStack;
import az.balans.local.stack.StackSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bench: the whole suite started as production runs it (packaged services, production JVM
 * flags, real PostgreSQL and Kafka), then every figure beside its baseline in the same run, with a
 * warm-up and {@link BenchSettings#repetitions()} repetitions, and a report in bench/results.
 */
public final class Bench {

    /** The container image's flags (quarkus.jib.jvm-arguments), with the Kubernetes memory limit the JVM would see. */
    static final List<String> PRODUCTION_JVM =
            List.of(
                    "-XX:MaxRAM=512m",
                    "-XX:MaxRAMPercentage=75",
                    "-XX:+ExitOnOutOfMemoryError",
                    "-Djava.util.logging.manager=org.jboss.logmanager.LogManager");

    private static final int ADVISOR_PORT = 18080;
    private static final int CATALOG_PORT = 18081;
    private static final int HISTORY_PORT = 18082;
    static final int KAFKA_PORT = 29092;

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Path data = settings.work().resolve("stack");
        deleteTree(data);
        Files.createDirectories(settings.work());
        Path profiles = settings.work().resolve("profiles");
        deleteTree(profiles);
        List<String> jvm = new ArrayList<>(PRODUCTION_JVM);
        if (settings.profile()) {
            Files.createDirectories(profiles);
            jvm.add(
                    "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                            + profiles);
        }
        jvm.add("-Dadvisor.bench.baseline-endpoints=true");
        jvm.add("-Dhistory.bench.baseline-endpoints=true");
        // the load generator is one client sending thousands of requests a second: per-client
        // limits would measure themselves
        jvm.add("-Dbalans.rate-limit.enabled=false");
        // no collector runs here, and logging every span would measure the disk: spans are not made
        StackSettings stack =
                new StackSettings(
                        settings.repository(),
                        data,
                        true,
                        25432,
                        KAFKA_PORT,
                        180,
                        ADVISOR_PORT,
                        CATALOG_PORT,
                        HISTORY_PORT,
                        false,
                        jvm,
                        StackSettings.TRACES_OFF);

        Figures figures = new Figures();
        Report report = new Report(settings, PRODUCTION_JVM, figures);
        List<Profile> profiled = new ArrayList<>();
        try (LocalStack suite = LocalStack.start(stack)) {
            String advisor = "http://localhost:" + ADVISOR_PORT;
            String history = "http://localhost:" + HISTORY_PORT;
            HttpBench http = new HttpBench(settings, advisor, figures);
            long historyProcess = suite.processIdOf("history-service");
            IngestBench ingest =
                    new IngestBench(
                            settings,
                            suite.postgresAdmin(),
                            suite.kafkaBootstrapServers(),
                            "http://localhost:" + StackSettings.managementPortOf(HISTORY_PORT),
                            historyProcess,
                            figures);

            say("Warming up every endpoint for %d s", settings.warmUp().toSeconds());
            http.warmUp();
            for (int repetition = 1; repetition <= settings.repetitions(); repetition++) {
                say("Ceilings, repetition %d of %d", repetition, settings.repetitions());
                http.measureCeilings();
            }
            double halfLoad =
                    figures.get(HttpBench.ceiling(HttpBench.RECOMMENDATIONS)).median() / 2;
            report.halfLoad(halfLoad);
            for (int repetition = 1; repetition <= settings.repetitions(); repetition++) {
                say(
                        "Recommendations, and the bare POST for scale, at half the ceiling of recommendations (%.0f requests/s), repetition %d",
                        halfLoad, repetition);
                http.measureLatency(HttpBench.RECOMMENDATIONS, halfLoad, Report.NORMAL);
                http.measureLatency(HttpBench.BARE_POST, halfLoad, Report.NORMAL);
            }

            CallbackBench callbacks =
                    new CallbackBench(settings, history, data.resolve("providers"), figures);
            say("DT One's callbacks beside history's bare POST, warm-up");
            callbacks.warmUp();
            for (int repetition = 1; repetition <= settings.repetitions(); repetition++) {
                say("Callbacks, repetition %d of %d", repetition, settings.repetitions());
                callbacks.measure();
            }

            ingest.prepare();
            say("Ingest, warm-up round");
            ingest.warmUp();
            for (int repetition = 1; repetition <= settings.repetitions(); repetition++) {
                say("Ingest, repetition %d of %d", repetition, settings.repetitions());
                ingest.measure(repetition);
            }

            OutageDrills drills = new OutageDrills(settings, suite, figures);
            say("Drill: PostgreSQL away under a steady feed of %d events", settings.drillEvents());
            List<String> stored = drills.run(OutageDrills.Dependency.DATABASE);
            say("Drill: the broker away under a steady feed of %d events", settings.drillEvents());
            drills.run(OutageDrills.Dependency.BROKER);
            say(
                    "History's records and summary, at rest and while %d events are ingested",
                    settings.drillEvents());
            new HistoryReadsUnderIngest(
                            settings,
                            history,
                            suite.postgresAdmin().jdbcUrlOf("history"),
                            data.resolve("tokens"),
                            figures)
                    .measure(stored);

            for (int repetition = 1; repetition <= settings.repetitions(); repetition++) {
                say(
                        "History hung (SIGSTOP), recommendations at %.0f requests/s, repetition %d",
                        halfLoad, repetition);
                signal("STOP", historyProcess);
                try {
                    http.measureLatency(HttpBench.RECOMMENDATIONS, halfLoad, Report.HISTORY_HUNG);
                } finally {
                    signal("CONT", historyProcess);
                }
                // the advisor's breaker closes again after its delay; the next run starts from
                // normal
                Thread.sleep(15_000);
            }
            // last, as nothing brings it back: history gone, its port refusing connections
            if (settings.profile()) {
                dumpRecording(historyProcess, profiles);
            }
            signal("KILL", historyProcess);
            for (int repetition = 1; repetition <= settings.repetitions(); repetition++) {
                say(
                        "History down (killed), recommendations at %.0f requests/s, repetition %d",
                        halfLoad, repetition);
                http.measureLatency(HttpBench.RECOMMENDATIONS, halfLoad, Report.HISTORY_DOWN);
            }
            if (settings.profile()) {
                for (String service :
                        List.of("catalog-service", "history-service", "advisor-service")) {
                    profiled.add(new Profile(service, suite.processIdOf(service)));
                }
            }
        }
        if (settings.profile()) {
            for (Profile profile : profiled) {
                report.profile(
                        profile.service(), Profiles.summarise(profiles, profile.processId()));
            }
        }
        Path written = report.write();
        say("Results: %s", written);
    }

    private record Profile(String service, long processId) {}

    /** kill -STOP pauses a process as a hang would (its sockets stay open, nothing answers); kill -CONT resumes it. */
    static void signal(String signal, long processId) throws IOException, InterruptedException {
        Process kill =
                new ProcessBuilder("kill", "-" + signal, String.valueOf(processId))
                        .inheritIO()
                        .start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + processId + " failed");
        }
    }

    /** A killed JVM writes no recording on exit: this one is taken before. */
    private static void dumpRecording(long processId, Path profiles)
            throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Path file = profiles.resolve("history-pid-" + processId + "-before-kill.jfr");
        Process dump =
                new ProcessBuilder(
                                jcmd.toString(),
                                String.valueOf(processId),
                                "JFR.dump",
                                "filename=" + file)
                        .inheritIO()
                        .start();
        if (dump.waitFor() != 0) {
            throw new IllegalStateException("could not dump the recording of process " + processId);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static void say(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
