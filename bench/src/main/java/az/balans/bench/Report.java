package az.balans.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.stream.Stream;

/** bench/results/&lt;date&gt;.md: the machine, each figure's min/median/max, and each target with its ratio. */
final class Report {

    static final String NORMAL = "half load";
    static final String HISTORY_HUNG = "half load, history hung";
    static final String HISTORY_DOWN = "half load, history down";

    private final BenchSettings settings;
    private final List<String> serviceJvm;
    private final Figures figures;
    private final Map<String, Profiles.Summary> profiles = new LinkedHashMap<>();
    private double halfLoad;

    Report(BenchSettings settings, List<String> serviceJvm, Figures figures) {
        this.settings = settings;
        this.serviceJvm = serviceJvm;
        this.figures = figures;
    }

    void halfLoad(double requestsPerSecond) {
        this.halfLoad = requestsPerSecond;
    }

    void profile(String service, Profiles.Summary summary) {
        profiles.put(service, summary);
    }

    /** A target: a ratio per repetition of two figures, and the bound it must meet. */
    private record Target(
            String what,
            String numerator,
            String denominator,
            DoubleBinaryOperator ratio,
            String unit,
            double bound,
            boolean atLeast) {}

    private List<Target> targets() {
        return List.of(
                new Target(
                        "`POST /recommendations` throughput / bare JSON POST",
                        HttpBench.ceiling(HttpBench.RECOMMENDATIONS),
                        HttpBench.ceiling(HttpBench.BARE_POST),
                        (a, b) -> 100 * a / b,
                        "%",
                        40,
                        true),
                new Target(
                        "`POST /recommendations` p99 at half its ceiling",
                        HttpBench.latency(HttpBench.RECOMMENDATIONS, NORMAL, "p99"),
                        null,
                        (a, b) -> a,
                        "ms",
                        20,
                        false),
                new Target(
                        "`GET /numbers/{n}` throughput / bare GET",
                        HttpBench.ceiling(HttpBench.NUMBERS),
                        HttpBench.ceiling(HttpBench.BARE_GET),
                        (a, b) -> 100 * a / b,
                        "%",
                        50,
                        true),
                new Target(
                        "history ingest / raw batched JDBC",
                        "ingest: history-service, events/s",
                        "ingest: raw batched JDBC, events/s",
                        (a, b) -> 100 * a / b,
                        "%",
                        50,
                        true),
                new Target(
                        "history ingest / naive consumer",
                        "ingest: history-service, events/s",
                        "ingest: naive consumer (a transaction per event), events/s",
                        (a, b) -> a / b,
                        "×",
                        25,
                        true),
                new Target(
                        "p50 with history hung / normal p50",
                        HttpBench.latency(HttpBench.RECOMMENDATIONS, HISTORY_HUNG, "p50"),
                        HttpBench.latency(HttpBench.RECOMMENDATIONS, NORMAL, "p50"),
                        (a, b) -> a / b,
                        "×",
                        2,
                        false),
                new Target(
                        "p99 with history hung / normal p99",
                        HttpBench.latency(HttpBench.RECOMMENDATIONS, HISTORY_HUNG, "p99"),
                        HttpBench.latency(HttpBench.RECOMMENDATIONS, NORMAL, "p99"),
                        (a, b) -> a / b,
                        "×",
                        2,
                        false),
                new Target(
                        "p50 with history down / normal p50",
                        HttpBench.latency(HttpBench.RECOMMENDATIONS, HISTORY_DOWN, "p50"),
                        HttpBench.latency(HttpBench.RECOMMENDATIONS, NORMAL, "p50"),
                        (a, b) -> a / b,
                        "×",
                        2,
                        false),
                new Target(
                        "p99 with history down / normal p99",
                        HttpBench.latency(HttpBench.RECOMMENDATIONS, HISTORY_DOWN, "p99"),
                        HttpBench.latency(HttpBench.RECOMMENDATIONS, NORMAL, "p99"),
                        (a, b) -> a / b,
                        "×",
                        2,
                        false),
                new Target(
                        "database outage drill: events lost",
                        drill(
                                OutageDrills.Dependency.DATABASE,
                                "events lost (acceptable, not stored)"),
                        null,
                        (a, b) -> a,
                        "events",
                        0,
                        false),
                new Target(
                        "database outage drill: records dead-lettered twice",
                        drill(OutageDrills.Dependency.DATABASE, "records dead-lettered twice"),
                        null,
                        (a, b) -> a,
                        "records",
                        0,
                        false),
                new Target(
                        "broker outage drill: events lost",
                        drill(
                                OutageDrills.Dependency.BROKER,
                                "events lost (acceptable, not stored)"),
                        null,
                        (a, b) -> a,
                        "events",
                        0,
                        false),
                new Target(
                        "broker outage drill: records dead-lettered twice",
                        drill(OutageDrills.Dependency.BROKER, "records dead-lettered twice"),
                        null,
                        (a, b) -> a,
                        "records",
                        0,
                        false),
                new Target(
                        "DT One callbacks at their ceiling: failed requests (each answered 204 after the broker's ack)",
                        CallbackBench.failed(CallbackBench.CALLBACKS),
                        null,
                        (a, b) -> a,
                        "requests",
                        0,
                        false),
                new Target(
                        "`GET /subscribers/{n}/recharges` during ingest: failed requests",
                        HistoryReadsUnderIngest.figure(
                                HistoryReadsUnderIngest.RECORDS,
                                HistoryReadsUnderIngest.DURING_INGEST,
                                "failed"),
                        null,
                        (a, b) -> a,
                        "requests",
                        0,
                        false),
                new Target(
                        "`GET /subscribers/{n}/summary` during ingest: failed requests",
                        HistoryReadsUnderIngest.figure(
                                HistoryReadsUnderIngest.SUMMARY,
                                HistoryReadsUnderIngest.DURING_INGEST,
                                "failed"),
                        null,
                        (a, b) -> a,
                        "requests",
                        0,
                        false));
    }

    private static String drill(OutageDrills.Dependency dependency, String what) {
        return OutageDrills.figure(dependency, what);
    }

    Path write() throws IOException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        StringBuilder md = new StringBuilder();
        md.append("# Balans benchmarks, ").append(today).append("\n\n");
        md.append(
                        "Written by `./mvnw -Pbench verify` (bench/README.md). Every figure below was measured in this one run, ")
                .append("beside its baseline, after a warm-up of ")
                .append(settings.warmUp().toSeconds())
                .append(" s per endpoint; ")
                .append("each is given as min / median / max over ")
                .append(settings.repetitions())
                .append(" repetitions.\n\n");
        md.append("## Machine\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| cores | ").append(Runtime.getRuntime().availableProcessors()).append(" |\n");
        md.append("| memory | ").append(memory()).append(" |\n");
        md.append("| JVM | ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append(" |\n");
        md.append("| OS | ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.version"))
                .append(" |\n");
        md.append("| services' JVM flags | `")
                .append(String.join(" ", serviceJvm))
                .append("` (the container image's, with its memory limit) |\n");
        md.append("| PostgreSQL, Kafka | embedded, on the same machine, fsync on |\n");
        md.append("| load | Gatling; ceilings with ")
                .append(settings.connections())
                .append(" concurrent users (closed model), ")
                .append("latencies at a fixed arrival rate (open model), ")
                .append(settings.duration().toSeconds())
                .append(" s per run, ")
                .append(settings.numbers())
                .append(" distinct numbers |\n");
        md.append(
                String.format(
                        Locale.ROOT,
                        "| half load | %.0f requests/s (half the median ceiling of recommendations) |%n",
                        halfLoad));
        md.append(
                String.format(
                        Locale.ROOT,
                        "| ingest | %d events per run (history and raw JDBC), %d for the naive consumer |%n",
                        settings.ingestEvents(),
                        settings.naiveEvents()));
        md.append(
                String.format(
                        Locale.ROOT,
                        "| drills | %d events fed over %d s; PostgreSQL, then the broker, away for %d s a third of the way in; "
                                + "no service restarted; once each |%n",
                        settings.drillEvents(),
                        settings.drillFeed().toSeconds(),
                        settings.outage().toSeconds()));
        md.append(
                String.format(
                        Locale.ROOT,
                        "| history's reads | recharges and summary at 50 requests/s with a support agent's token, at rest and "
                                + "while %d events are ingested; once each |%n%n",
                        settings.drillEvents()));

        md.append("## Targets\n\n");
        md.append("| target | min | median | max | bound | met |\n|---|---:|---:|---:|---:|---|\n");
        for (Target target : targets()) {
            List<Double> ratios = ratios(target);
            Figures.Figure figure = new Figures.Figure(target.what(), target.unit(), ratios);
            boolean met =
                    target.atLeast()
                            ? figure.median() >= target.bound()
                            : figure.median() <= target.bound();
            md.append("| ")
                    .append(target.what())
                    .append(" | ")
                    .append(format(figure.min(), target.unit()))
                    .append(" | ")
                    .append(format(figure.median(), target.unit()))
                    .append(" | ")
                    .append(format(figure.max(), target.unit()))
                    .append(" | ")
                    .append(target.atLeast() ? "≥ " : "≤ ")
                    .append(format(target.bound(), target.unit()))
                    .append(" | ")
                    .append(met ? "yes" : "**no**")
                    .append(" |\n");
        }
        md.append(
                        "\nA ratio is taken per repetition, each figure against its baseline from the same repetition; ")
                .append("\"met\" judges the median.\n\n");

        md.append("## Every figure\n\n");
        md.append("| figure | min | median | max | unit |\n|---|---:|---:|---:|---|\n");
        for (Figures.Figure figure : figures.all()) {
            md.append("| ")
                    .append(figure.name())
                    .append(" | ")
                    .append(format(figure.min(), ""))
                    .append(" | ")
                    .append(format(figure.median(), ""))
                    .append(" | ")
                    .append(format(figure.max(), ""))
                    .append(" | ")
                    .append(figure.unit())
                    .append(" |\n");
        }
        if (!profiles.isEmpty()) {
            md.append("\n## Where the time went (Java Flight Recorder, the whole run)\n");
            profiles.forEach(
                    (service, summary) -> {
                        md.append("\n### ")
                                .append(service)
                                .append(" (")
                                .append(summary.samples())
                                .append(" samples)\n\n");
                        md.append("| on CPU, by package | share |\n|---|---:|\n");
                        summary.byLibrary()
                                .forEach(
                                        entry ->
                                                md.append("| `")
                                                        .append(entry.getKey())
                                                        .append("` | ")
                                                        .append(format(entry.getValue(), "%"))
                                                        .append(" |\n"));
                        md.append("\n| on CPU, by method | share |\n|---|---:|\n");
                        summary.selfTime()
                                .forEach(
                                        entry ->
                                                md.append("| `")
                                                        .append(entry.getKey())
                                                        .append("` | ")
                                                        .append(format(entry.getValue(), "%"))
                                                        .append(" |\n"));
                        md.append("\n| Balans method on the stack | share |\n|---|---:|\n");
                        summary.balansInclusive()
                                .forEach(
                                        entry ->
                                                md.append("| `")
                                                        .append(entry.getKey())
                                                        .append("` | ")
                                                        .append(format(entry.getValue(), "%"))
                                                        .append(" |\n"));
                    });
        }
        Files.createDirectories(settings.results());
        Path file = settings.results().resolve(today + ".md");
        Files.writeString(file, md);
        return file;
    }

    private List<Double> ratios(Target target) {
        List<Double> numerators = figures.get(target.numerator()).values();
        List<Double> denominators =
                target.denominator() == null
                        ? numerators
                        : figures.get(target.denominator()).values();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(numerators.size(), denominators.size()); i++) {
            ratios.add(target.ratio().applyAsDouble(numerators.get(i), denominators.get(i)));
        }
        return ratios;
    }

    private static String format(double value, String unit) {
        String number =
                Math.abs(value) >= 100
                        ? String.format(Locale.ROOT, "%,.0f", value)
                        : String.format(Locale.ROOT, "%.2f", value);
        return unit.isEmpty()
                ? number
                : unit.equals("%")
                        ? number + " %"
                        : unit.equals("×") ? number + "×" : number + " " + unit;
    }

    private static String memory() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(line -> line.startsWith("MemTotal:"))
                    .findFirst()
                    .map(
                            line ->
                                    String.format(
                                            Locale.ROOT,
                                            "%.1f GiB",
                                            Long.parseLong(line.replaceAll("\\D", ""))
                                                    / 1024.0
                                                    / 1024.0))
                    .orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return ManagementFactory.getRuntimeMXBean().getVmName() + " (memory unknown)";
        }
    }
}
