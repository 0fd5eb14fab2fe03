package az.balans.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The advisor's endpoints beside bare endpoints of the same service (its {@code /bench/baseline}):
 * the ceiling of each under the same closed load, then the latency of recommendations at half its
 * ceiling under an open load, then the same open load with history hung.
 */
final class HttpBench {

    static final LoadPlan.Endpoint BARE_POST =
            new LoadPlan.Endpoint(
                    "bare JSON POST", "POST", "/bench/baseline", recommendationBody());
    static final LoadPlan.Endpoint RECOMMENDATIONS =
            new LoadPlan.Endpoint(
                    "POST /recommendations", "POST", "/recommendations", recommendationBody());
    static final LoadPlan.Endpoint BARE_GET =
            new LoadPlan.Endpoint("bare GET", "GET", "/bench/baseline/#{number}", null);
    static final LoadPlan.Endpoint NUMBERS =
            new LoadPlan.Endpoint("GET /numbers/{n}", "GET", "/numbers/#{number}", null);

    private final BenchSettings settings;
    private final String advisorUrl;
    private final Figures figures;
    private final LoadPlan.NumberPool numbers;
    private final Path reports;

    HttpBench(BenchSettings settings, String advisorUrl, Figures figures) {
        this.settings = settings;
        this.advisorUrl = advisorUrl;
        this.figures = figures;
        this.numbers = LoadPlan.NumberPool.of(settings.numbers(), 42);
        this.reports = settings.work().resolve("gatling");
    }

    private static String recommendationBody() {
        return """
                {"number":"#{number}","amount":{"value":"#{amount}","currency":"AZN"},"paymentMethods":#{paymentMethods},\
                "city":"#{city}","language":"#{language}"}""";
    }

    void warmUp() {
        for (LoadPlan.Endpoint endpoint : List.of(BARE_POST, RECOMMENDATIONS, BARE_GET, NUMBERS)) {
            closed(endpoint, settings.warmUp(), "warm-up");
        }
    }

    /** One repetition of each ceiling, each target right after its baseline. */
    void measureCeilings() {
        for (LoadPlan.Endpoint endpoint : List.of(BARE_POST, RECOMMENDATIONS, BARE_GET, NUMBERS)) {
            LoadRun.Result result = closed(endpoint, settings.duration(), "ceiling");
            figures.add(ceiling(endpoint), "requests/s", result.okPerSecond());
            figures.add(
                    endpoint.name() + ": failed requests at the ceiling",
                    "requests",
                    result.failed());
        }
    }

    static String ceiling(LoadPlan.Endpoint endpoint) {
        return endpoint.name() + ": ceiling, " + "requests/s";
    }

    /** An endpoint at a fixed arrival rate: what a person waits. */
    void measureLatency(LoadPlan.Endpoint endpoint, double arrivalsPerSecond, String condition) {
        LoadRun.Result result = open(endpoint, arrivalsPerSecond, condition);
        figures.add(latency(endpoint, condition, "p50"), "ms", result.p50Millis());
        figures.add(latency(endpoint, condition, "p99"), "ms", result.p99Millis());
        figures.add(latency(endpoint, condition, "max"), "ms", result.maxMillis());
        figures.add(latency(endpoint, condition, "failed"), "requests", result.failed());
    }

    static String latency(LoadPlan.Endpoint endpoint, String condition, String statistic) {
        return endpoint.name() + ", " + condition + ": " + statistic;
    }

    private LoadRun.Result closed(LoadPlan.Endpoint endpoint, Duration duration, String purpose) {
        return LoadRun.run(
                new LoadPlan(advisorUrl, endpoint, settings.connections(), 0, duration, numbers),
                reports,
                endpoint.name() + ", " + purpose + ", " + settings.connections() + " users");
    }

    private LoadRun.Result open(
            LoadPlan.Endpoint endpoint, double arrivalsPerSecond, String condition) {
        return LoadRun.run(
                new LoadPlan(
                        advisorUrl, endpoint, 0, arrivalsPerSecond, settings.duration(), numbers),
                reports,
                endpoint.name()
                        + ", "
                        + condition
                        + ", "
                        + Math.round(arrivalsPerSecond)
                        + " requests/s");
    }
}
