package az.balans.bench;

import az.balans.local.infra.demo.RechargeEventStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Whether history keeps answering a support agent while it ingests: its recharges and summary
 * endpoints at a fixed arrival rate, first at rest (after a short warm-up), then each while
 * {@link BenchSettings#drillEvents()} fresh events are poured into recharge-events, in the same run.
 * Figures: p99 in each condition, the requests that failed (any answer but 200), and how long
 * each ingest took, so a reader sees how much of the read run it covered.
 */
final class HistoryReadsUnderIngest {

    static final String AT_REST = "at rest";
    static final String DURING_INGEST = "during ingest";
    static final String RECORDS = "GET /subscribers/{n}/recharges";
    static final String SUMMARY = "GET /subscribers/{n}/summary";
    private static final double ARRIVALS_PER_SECOND = 50;
    private static final Duration WARM_UP = Duration.ofSeconds(5);

    private final BenchSettings settings;
    private final String historyUrl;
    private final String historyDatabase;
    private final String supportAgentToken;
    private final Figures figures;
    private final Path reports;

    HistoryReadsUnderIngest(
            BenchSettings settings,
            String historyUrl,
            String historyDatabase,
            Path tokens,
            Figures figures)
            throws IOException {
        this.settings = settings;
        this.historyUrl = historyUrl;
        this.historyDatabase = historyDatabase;
        this.supportAgentToken = Files.readString(tokens.resolve("support-agent.jwt")).strip();
        this.figures = figures;
        this.reports = settings.work().resolve("gatling");
    }

    static String figure(String endpoint, String condition, String what) {
        return endpoint + " " + condition + ": " + what;
    }

    /** @param numbers E.164 numbers that have records in history */
    void measure(List<String> numbers) throws Exception {
        // in national form (0501234567), which the path takes as it is: nothing for the load
        // generator to encode
        LoadPlan.NumberPool pool =
                new LoadPlan.NumberPool(
                        numbers.stream()
                                .map(number -> "0" + number.substring("+994".length()))
                                .toList());
        List<LoadPlan.Endpoint> endpoints =
                List.of(
                        new LoadPlan.Endpoint(
                                RECORDS,
                                "GET",
                                "/subscribers/#{number}/recharges?limit=20",
                                null,
                                "Bearer " + supportAgentToken),
                        new LoadPlan.Endpoint(
                                SUMMARY,
                                "GET",
                                "/subscribers/#{number}/summary",
                                null,
                                "Bearer " + supportAgentToken));
        for (LoadPlan.Endpoint endpoint : endpoints) {
            run(endpoint, pool, WARM_UP);
            record(endpoint, AT_REST, run(endpoint, pool, settings.duration()));
        }
        for (LoadPlan.Endpoint endpoint : endpoints) {
            String runId = "reads-" + UUID.randomUUID().toString().substring(0, 8);
            List<RechargeEventStream.Record> records =
                    new RechargeEventStream(99, runId, 0, 0, 0)
                            .attempts(
                                    settings.drillEvents() / 2,
                                    Instant.now().minus(Duration.ofHours(1)),
                                    Duration.ofMinutes(30));
            // the events of a busy hour, produced as fast as the broker takes them
            Thread feed =
                    new Thread(
                            () ->
                                    IngestBench.produceAll(
                                            "localhost:" + settings.kafkaPort(), records),
                            "ingest-while-reading");
            long started = System.nanoTime();
            feed.start();
            record(endpoint, DURING_INGEST, run(endpoint, pool, settings.duration()));
            feed.join();
            // the next run starts with the backlog gone; how long it took says how much of the run
            // was under ingest
            OutageDrills.awaitStored(
                    historyDatabase, runId, records.size(), Duration.ofMinutes(10));
            figures.add(
                    figure(
                            endpoint.name(),
                            DURING_INGEST,
                            "seconds until the ingest had stored everything"),
                    "s",
                    (System.nanoTime() - started) / 1e9);
        }
    }

    private LoadRun.Result run(
            LoadPlan.Endpoint endpoint, LoadPlan.NumberPool pool, Duration duration) {
        return LoadRun.run(
                new LoadPlan(historyUrl, endpoint, 0, ARRIVALS_PER_SECOND, duration, pool),
                reports,
                endpoint.name() + " at " + ARRIVALS_PER_SECOND + "/s");
    }

    private void record(LoadPlan.Endpoint endpoint, String condition, LoadRun.Result result) {
        figures.add(figure(endpoint.name(), condition, "p99"), "ms", result.p99Millis());
        figures.add(figure(endpoint.name(), condition, "failed"), "requests", result.failed());
    }
}
