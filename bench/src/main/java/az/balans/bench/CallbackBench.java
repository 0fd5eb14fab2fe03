package az.balans.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * DT One's callbacks into history beside a bare JSON POST of history (its {@code /bench/baseline}),
 * under the same closed load: what the door costs (the credentials, reading the transaction object
 * with the generated model, the contract check, and waiting for the broker's acks=all before
 * answering) against the HTTP stack alone. Each callback is a completed Azercell-range top-up of a
 * number from the pool, so most are new events and history ingests them meanwhile.
 */
final class CallbackBench {

    static final String CALLBACKS = "DT One callbacks";

    static final LoadPlan.Endpoint BARE_POST =
            new LoadPlan.Endpoint("history bare JSON POST", "POST", "/bench/baseline", body());

    private final BenchSettings settings;
    private final String historyUrl;
    private final Figures figures;
    private final LoadPlan.NumberPool numbers;
    private final Path reports;
    private final LoadPlan.Endpoint callbacks;

    CallbackBench(BenchSettings settings, String historyUrl, Path providers, Figures figures)
            throws java.io.IOException {
        this.settings = settings;
        this.historyUrl = historyUrl;
        this.figures = figures;
        this.numbers = LoadPlan.NumberPool.of(settings.numbers(), 7);
        this.reports = settings.work().resolve("gatling");
        // the local stack's demo credentials (deploy/local: providers/), as DT Shop would hold them
        String password = Files.readString(providers.resolve("dtone-callback-password")).trim();
        this.callbacks = callbacks(password);
    }

    static LoadPlan.Endpoint callbacks(String password) {
        return new LoadPlan.Endpoint(
                CALLBACKS,
                "POST",
                "/providers/dtone/callbacks",
                body(),
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        ("dtone-demo:" + password)
                                                .getBytes(StandardCharsets.UTF_8)));
    }

    /** DT One's transaction object, as its DVS reference shapes it, for a number of the pool. */
    private static String body() {
        return """
                {"id":1#{number},"external_id":"bench-#{number}",\
                "status":{"id":7,"message":"COMPLETED","class":{"id":7,"message":"COMPLETED"}},\
                "product":{"id":21004,"name":"5 AZN","operator":{"id":1713,"name":"Azercell Azerbaijan"}},\
                "requested_values":{"destination":{"unit_type":"CURRENCY","unit":"AZN","amount":5}},\
                "adjusted_values":{"destination":{"unit_type":"CURRENCY","unit":"AZN","amount":#{amount}}},\
                "credit_party_identifier":{"mobile_number":"#{number}"}}""";
    }

    static String ceiling(String endpointName) {
        return endpointName + ": ceiling, requests/s";
    }

    static String failed(String endpointName) {
        return endpointName + ": failed requests at the ceiling";
    }

    void warmUp() {
        for (LoadPlan.Endpoint endpoint : List.of(BARE_POST, callbacks)) {
            closed(endpoint, settings.warmUp(), "warm-up");
        }
    }

    /** One repetition: the baseline, then the callbacks right after it. */
    void measure() {
        for (LoadPlan.Endpoint endpoint : List.of(BARE_POST, callbacks)) {
            LoadRun.Result result = closed(endpoint, settings.duration(), "ceiling");
            figures.add(ceiling(endpoint.name()), "requests/s", result.okPerSecond());
            figures.add(failed(endpoint.name()), "requests", result.failed());
        }
    }

    private LoadRun.Result closed(LoadPlan.Endpoint endpoint, Duration duration, String purpose) {
        return LoadRun.run(
                new LoadPlan(historyUrl, endpoint, settings.connections(), 0, duration, numbers),
                reports,
                endpoint.name() + ", " + purpose + ", " + settings.connections() + " users");
    }
}
