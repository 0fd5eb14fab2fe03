package az.balans.local.stack;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.client.advisor.api.RecommendationsApi;
import az.balans.client.advisor.model.RecommendationRequest;
import az.balans.client.advisor.model.RecommendationResponse;
import az.balans.client.catalog.api.CarriersApi;
import az.balans.client.catalog.api.FailureCodesApi;
import az.balans.client.history.ApiException;
import az.balans.client.history.api.AttemptsApi;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start command's own path, on the services just built: PostgreSQL, Kafka and the three
 * services come up ready with the demo data, stop leaving no process behind, and a restart on the
 * same data directory finds the data again. Ports are free ones, so a stack already running on this
 * machine is not disturbed.
 */
class LocalStackTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir Path data;

    /** The examples' home: its .balans is the stack's data directory, as ~/.balans is the start command's. */
    @TempDir Path home;

    @Test
    void startsTheSuiteWithDemoDataStopsCleanlyAndKeepsTheDataAcrossRestarts() throws Exception {
        StackSettings settings =
                new StackSettings(
                        Path.of(System.getProperty("balans.root")),
                        data,
                        false,
                        freePort(),
                        freePort(),
                        90,
                        freePort(),
                        freePort(),
                        freePort(),
                        true,
                        StackSettings.QUICK_START_JVM,
                        StackSettings.TRACES_TO_LOG);
        String catalog = "http://localhost:" + settings.catalogPort();
        String history = "http://localhost:" + settings.historyPort();
        String advisor = "http://localhost:" + settings.advisorPort();

        List<Long> firstRun;
        try (LocalStack stack = LocalStack.start(settings)) {
            firstRun = stack.serviceProcessIds();
            assertEquals(3, firstRun.size());
            // the service token reads every subscriber's records: it lives minutes, not a day
            String serviceToken = Files.readString(data.resolve("tokens/service.jwt")).strip();
            String claims =
                    new String(
                            java.util.Base64.getUrlDecoder().decode(serviceToken.split("\\.")[1]),
                            java.nio.charset.StandardCharsets.UTF_8);
            Matcher issued = Pattern.compile("\"iat\":(\\d+)").matcher(claims);
            Matcher expires = Pattern.compile("\"exp\":(\\d+)").matcher(claims);
            assertTrue(issued.find() && expires.find(), claims);
            assertTrue(
                    Long.parseLong(expires.group(1)) - Long.parseLong(issued.group(1)) <= 15 * 60,
                    "the service token lives " + claims);
            // without a token, records stay closed
            assertEquals(
                    401,
                    HTTP.send(
                                    HttpRequest.newBuilder(
                                                    URI.create(history + "/attempts/demo-att-0004"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode());
            for (int port :
                    List.of(
                            settings.catalogPort(),
                            settings.historyPort(),
                            settings.advisorPort())) {
                assertEquals(
                        200,
                        get(management(port) + "/q/health/ready").statusCode(),
                        port + " is not ready");
                // the management interface only: nothing of it beside the public API, and no
                // Swagger UI in production
                assertEquals(404, get("http://localhost:" + port + "/q/metrics").statusCode());
                assertEquals(404, get(management(port) + "/q/swagger-ui/").statusCode());
            }
            assertThat(get(catalog + "/carriers").body(), containsString("\"id\":\"naxtel\""));
            // the demo events travel through Kafka into history's database
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> get(history + "/attempts/demo-att-0004").statusCode() == 200);
            assertThat(
                    get(history + "/attempts/demo-att-0004").body(),
                    containsString("\"msisdn\":\"+994604567890\""));
            // end to end: the ported number's events went through Kafka into history, and the
            // advisor
            // (reading the catalog's snapshot and history's summary) names the carrier that serves
            // it now
            // (the first ask may go without it: the advisor waits at most 150 ms on a cold history,
            // and
            // keeps history's late answer for the next ask)
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    get(advisor + "/numbers/060%20456%2078%2090")
                                            .body()
                                            .contains("\"servingCarrierSource\":\"history\""));
            HttpResponse<String> lookup = get(advisor + "/numbers/060%20456%2078%2090");
            assertEquals(200, lookup.statusCode());
            assertThat(lookup.body(), containsString("\"servingCarrier\":{\"id\":\"bakcell\""));
            assertThat(lookup.body(), containsString("\"rangeHolder\":{\"id\":\"naxtel\""));
            // ... and recommends that carrier's channels, not Naxtel's nor Azercell's
            HttpResponse<String> recommendation =
                    HTTP.send(
                            HttpRequest.newBuilder(URI.create(advisor + "/recommendations"))
                                    .header("Content-Type", "application/json")
                                    .timeout(Duration.ofSeconds(10))
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "{\"number\":\"0604567890\",\"paymentMethods\":[\"international-card\"],\"language\":\"en\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, recommendation.statusCode(), recommendation.body());
            assertThat(recommendation.body(), containsString("\"channelId\":\"bakcell-app\""));
            assertThat(
                    recommendation.body(),
                    not(containsString("\"channelId\":\"azercell-kabinetim\"")));
            // the demo feed's backlog shows up as channel health
            await().atMost(Duration.ofSeconds(60))
                    .until(
                            () ->
                                    get(history + "/channels/health")
                                            .body()
                                            .contains("\"channelId\":\"millon-kiosk\""));

            // one recommendation that reads history is one trace across the advisor and history,
            // each
            // service logging its spans (the local stack's default); the caller names the trace
            String traceId =
                    "4bf92f3577b34da6a3ce929d0e0e"
                            + String.format("%04x", (int) (Math.random() * 0xffff));
            String unknownNumber = "+99470" + (1_000_000 + (int) (Math.random() * 8_999_999));
            HttpResponse<String> traced =
                    HTTP.send(
                            HttpRequest.newBuilder(URI.create(advisor + "/recommendations"))
                                    .header("Content-Type", "application/json")
                                    .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                                    .timeout(Duration.ofSeconds(10))
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "{\"number\":\""
                                                            + unknownNumber
                                                            + "\",\"paymentMethods\":[\"cash\"]}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, traced.statusCode(), traced.body());
            Path advisorSpans = settings.logs().resolve("advisor-service-spans.log");
            Path historySpans = settings.logs().resolve("history-service-spans.log");
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    spansOf(advisorSpans, traceId).size() >= 2
                                            && !spansOf(historySpans, traceId).isEmpty());
            assertThat(
                    spansOf(advisorSpans, traceId).toString(),
                    containsString("'POST /recommendations'"));
            assertThat(
                    spansOf(historySpans, traceId).toString(),
                    containsString("'GET /subscribers/{msisdn}/summary'"));
            assertThat(
                    Files.readString(advisorSpans) + Files.readString(historySpans),
                    not(containsString(unknownNumber.substring(1))));

            // the API documents generate working clients: each service called through the Java
            // client
            // openapi-generator made from its document at build, as a partner would (pointed at
            // this stack: the document's first server is the public one)
            az.balans.client.catalog.ApiClient catalogClient =
                    new az.balans.client.catalog.ApiClient();
            catalogClient.updateBaseUri(catalog);
            assertTrue(
                    new CarriersApi(catalogClient)
                            .listCarriers(0, 50).getItems().stream()
                                    .anyMatch(carrier -> "naxtel".equals(carrier.getId())));
            assertEquals(
                    "CHANNEL_DOWN",
                    new FailureCodesApi(catalogClient)
                            .getFailureCode("ding:ProviderTimedOut")
                            .getCause());
            az.balans.client.advisor.ApiClient advisorClient =
                    new az.balans.client.advisor.ApiClient();
            advisorClient.updateBaseUri(advisor);
            RecommendationResponse recommended =
                    new RecommendationsApi(advisorClient)
                            .recommend(
                                    new RecommendationRequest()
                                            .number("0604567890")
                                            .paymentMethods(List.of("international-card"))
                                            .language("en"));
            assertTrue(
                    recommended.getOptions().stream()
                            .anyMatch(option -> "bakcell-app".equals(option.getChannelId())));
            // an authenticated call, with the support agent's demo token in the bearer scheme the
            // document declares
            String agentToken = Files.readString(data.resolve("tokens/support-agent.jwt")).trim();
            az.balans.client.history.ApiClient historyClient =
                    new az.balans.client.history.ApiClient();
            historyClient.updateBaseUri(history);
            historyClient.setRequestInterceptor(
                    request -> request.header("Authorization", "Bearer " + agentToken));
            assertEquals(
                    "+994604567890",
                    new AttemptsApi(historyClient).getAttempt("demo-att-0004").getMsisdn());
            az.balans.client.history.ApiClient anonymous = new az.balans.client.history.ApiClient();
            anonymous.updateBaseUri(history);
            ApiException refused =
                    assertThrows(
                            ApiException.class,
                            () -> new AttemptsApi(anonymous).getAttempt("demo-att-0004"));
            assertEquals(401, refused.getCode());
            assertThat(refused.getResponseBody(), containsString("\"status\":401"));

            // Kubernetes' alerts and dashboard query only metrics the services export (a diagnosis
            // first: its counter is made when one is given; channel status once health is held)
            HttpResponse<String> diagnosis =
                    HTTP.send(
                            HttpRequest.newBuilder(URI.create(advisor + "/diagnoses"))
                                    .header("Content-Type", "application/json")
                                    .timeout(Duration.ofSeconds(10))
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "{\"number\":\"0604567890\",\"description\":\"my card was declined\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, diagnosis.statusCode(), diagnosis.body());
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    get(management(settings.advisorPort()) + "/q/metrics")
                                            .body()
                                            .contains("balans_channel_status{"));
            Set<String> exported = new TreeSet<>();
            for (int port :
                    List.of(
                            settings.catalogPort(),
                            settings.historyPort(),
                            settings.advisorPort())) {
                exported.addAll(
                        metricNames(get(management(port) + "/q/metrics").body(), METRIC_LINE));
            }
            Set<String> queried =
                    metricNames(
                            Files.readString(
                                    settings.repository()
                                            .resolve(
                                                    "deploy/kubernetes/components/monitoring/monitoring.yaml")),
                            QUERIED_METRIC);
            queried.removeIf(name -> name.startsWith("kube_")); // kube-state-metrics, not Balans
            assertFalse(queried.isEmpty());
            Set<String> missing = new TreeSet<>(queried);
            missing.removeAll(exported);
            assertEquals(
                    Set.of(),
                    missing,
                    "queried by deploy/kubernetes/components/monitoring/monitoring.yaml, exported by no service");
            // last, once the demo feed has had the time the checks above took
            // the examples are curl commands (one signs with openssl): a machine without them runs
            // every other check here, and says so in one line; CI (.ci/run installs them) always
            // runs them
            if ((onPath("curl") && onPath("openssl")) || "true".equals(System.getenv("CI"))) {
                runTheDocumentedExamples(settings);
            } else {
                System.out.println(
                        "[WARNING] DOCUMENTED EXAMPLES NOT RUN: curl or openssl is not on the PATH."
                                + " Install them to run the examples of the README and docs/"
                                + " (.ci/run installs them). Every other check ran.");
            }
            theContractsExampleCodesAreCodesTheCatalogKnows(catalog);
        }
        for (long pid : firstRun) {
            assertFalse(
                    ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                    "service process " + pid + " outlived the stack");
        }
        assertFalse(
                Files.exists(settings.postgresData().resolve("postmaster.pid")),
                "PostgreSQL still running after stop");

        try (LocalStack stack = LocalStack.start(settings)) {
            // no waiting this time: this record was read back from PostgreSQL in the first run
            HttpResponse<String> attempt = get(history + "/attempts/demo-att-0004");
            assertEquals(200, attempt.statusCode());
            assertThat(attempt.body(), containsString("\"value\":\"15.00\""));
        }
        assertTrue(Files.exists(settings.logs().resolve("history-service.log")));
    }

    /**
     * Every example of the README and docs/ runs as printed on this fresh stack, in order, and gives
     * the answer printed after it (see {@link DocumentedExamples}).
     */
    private void runTheDocumentedExamples(StackSettings settings) throws Exception {
        Path root = Path.of(System.getProperty("balans.root"));
        List<Path> files = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(file -> file.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        files.add(root.resolve("bench/README.md"));
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        ports.put(8080, settings.advisorPort());
        ports.put(8081, settings.catalogPort());
        ports.put(8082, settings.historyPort());
        ports.put(8180, StackSettings.managementPortOf(settings.advisorPort()));
        ports.put(8181, StackSettings.managementPortOf(settings.catalogPort()));
        ports.put(8182, StackSettings.managementPortOf(settings.historyPort()));
        Files.createSymbolicLink(home.resolve(".balans"), data);
        // the docs show the stack as a reader finds it a minute after start: the demo feed's last
        // hour is in history, and the advisor's view of live health holds it
        String advisor = "http://localhost:" + settings.advisorPort();
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                HTTP.send(
                                                HttpRequest.newBuilder(
                                                                URI.create(
                                                                        advisor
                                                                                + "/recommendations"))
                                                        .header("Content-Type", "application/json")
                                                        .POST(
                                                                HttpRequest.BodyPublishers.ofString(
                                                                        "{\"number\":\"0501234567\",\"paymentMethods\":[\"international-card\"]}"))
                                                        .build(),
                                                HttpResponse.BodyHandlers.ofString())
                                        .body()
                                        .contains("\"liveStatus\":\"ok\""));
        int run = 0;
        for (Path file : files) {
            List<DocumentedExamples.Example> examples = DocumentedExamples.in(file);
            for (DocumentedExamples.Example example : examples) {
                DocumentedExamples.run(example, ports, home);
                run++;
            }
        }
        assertTrue(run >= 25, "examples run: " + run);
    }

    /**
     * A failed event's code is explained from the catalog's failure codes: the contract's own example
     * must be one a reader can look up there.
     */
    private void theContractsExampleCodesAreCodesTheCatalogKnows(String catalog) throws Exception {
        Path failed =
                Path.of(System.getProperty("balans.root"))
                        .resolve(
                                "history-service/src/main/resources/contract/examples/failed.json");
        Matcher code =
                Pattern.compile("\"failureCode\":\\s*\"([^\"]+)\"")
                        .matcher(Files.readString(failed));
        assertTrue(code.find(), "the failed example carries a failureCode");
        assertThat(
                get(catalog + "/failure-codes?code=" + code.group(1)).body(),
                containsString("\"code\":\"" + code.group(1) + "\""));
    }

    /** A metric's name at the start of a Prometheus text line. */
    private static final Pattern METRIC_LINE =
            Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]");

    /** A metric's name where a PromQL query selects it: the name, then its label matchers. */
    private static final Pattern QUERIED_METRIC =
            Pattern.compile("(?<![a-zA-Z0-9_\\\\])([a-z_][a-z0-9_]*)\\{");

    private static Set<String> metricNames(String text, Pattern pattern) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** As a support agent, with the demo token the stack wrote (history's records need one). */
    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        Path token = data.resolve("tokens/support-agent.jwt");
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (Files.exists(token)) {
            request.header("Authorization", "Bearer " + Files.readString(token).trim());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The span lines of {@code traceId} in a service's span log (none while the file is not there yet). */
    private static List<String> spansOf(Path spanLog, String traceId) throws IOException {
        return Files.exists(spanLog)
                ? Files.readAllLines(spanLog).stream()
                        .filter(line -> line.contains(traceId))
                        .toList()
                : List.of();
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, command)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String management(int servicePort) {
        return "http://localhost:" + StackSettings.managementPortOf(servicePort);
    }
}
