package az.balans.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every Balans service answers besides its own API: the three health probes (with the
 * readiness checks of what it depends on), OpenAPI (complete for partners) and Prometheus metrics,
 * all on the management interface and none beside the public API; metrics that hold no number and
 * do not grow with what a prober sends; and problem+json for a path that does not exist. Each
 * service's test extends this as a {@code @QuarkusTest}.
 */
public abstract class PlatformEndpointsContract {

    /** The {@code quarkus.application.name}. */
    protected abstract String serviceName();

    /** The names of the readiness checks that must be reported UP (database, Kafka, ...). */
    protected abstract List<String> readinessChecks();

    /** Ready is a state a service reaches after it starts (the advisor, once its catalog snapshot is loaded). */
    @BeforeEach
    void ready() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (Management.given().get("/q/health/ready").statusCode() != 200
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    void healthProbesAreUp() {
        for (String probe : List.of("live", "ready", "started")) {
            Management.given()
                    .when()
                    .get("/q/health/" + probe)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"));
        }
    }

    @Test
    void readinessCoversWhatTheServiceDependsOn() {
        if (readinessChecks().isEmpty()) {
            return;
        }
        Management.given()
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItems(readinessChecks().toArray(String[]::new)))
                .body("checks.status", everyItem(equalTo("UP")));
    }

    @Test
    void openApiDescribesTheService() {
        Management.given()
                .accept(ContentType.JSON)
                .when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("info.title", containsString(serviceName()));
        Management.given()
                .when()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"));
    }

    /**
     * The API document is one a partner can generate a working client from, by the rules of the
     * usual linters: valid OpenAPI, a server, the bearer JWT scheme with each operation's requirement,
     * a unique operationId on every operation, every tag described, and every error an operation can
     * give described as problem+json (401 and 403 wherever a token is needed), and an example on
     * every request and response body that fits the body's schema.
     */
    @Test
    void theApiDocumentIsCompleteForPartners() {
        String document =
                Management.given()
                        .accept(ContentType.JSON)
                        .when()
                        .get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        SwaggerParseResult parsed =
                new OpenAPIV3Parser().readContents(document, null, new ParseOptions());
        assertEquals(List.of(), parsed.getMessages(), "the document is valid OpenAPI");
        OpenAPI api = parsed.getOpenAPI();
        assertFalse(api.getServers() == null || api.getServers().isEmpty(), "servers");
        // the public address first, so that a generated client calls the service, not a laptop
        assertTrue(
                api.getServers().get(0).getUrl().startsWith("https://"),
                "the first server is the public one: " + api.getServers().get(0).getUrl());
        // every object schema of the service shows its example (openapi-examples/<Schema>.json);
        // Problem is the shared one, with an example on every problem answer instead
        api.getComponents()
                .getSchemas()
                .forEach(
                        (name, schema) ->
                                assertTrue(
                                        name.equals("Problem")
                                                || schema.getProperties() == null
                                                || schema.getExample() != null,
                                        name
                                                + ": no example in openapi-examples/"
                                                + name
                                                + ".json"));
        assertTrue(
                api.getInfo().getLicense() != null && api.getInfo().getLicense().getName() != null,
                "a license");
        SecurityScheme bearer =
                api.getComponents().getSecuritySchemes() == null
                        ? null
                        : api.getComponents().getSecuritySchemes().get("bearer");
        assertTrue(
                bearer != null
                        && bearer.getType() == SecurityScheme.Type.HTTP
                        && "bearer".equals(bearer.getScheme())
                        && "JWT".equals(bearer.getBearerFormat()),
                "the bearer JWT security scheme");
        Set<String> describedTags = new HashSet<>();
        if (api.getTags() != null) {
            api.getTags().stream()
                    .filter(tag -> tag.getDescription() != null && !tag.getDescription().isBlank())
                    .forEach(tag -> describedTags.add(tag.getName()));
        }
        List<String> faults = new ArrayList<>();
        ExampleConformance examples = new ExampleConformance(api);
        Set<String> operationIds = new HashSet<>();
        api.getPaths()
                .forEach(
                        (path, item) ->
                                item.readOperationsMap()
                                        .forEach(
                                                (method, operation) -> {
                                                    String where = method + " " + path;
                                                    if (operation.getOperationId() == null
                                                            || !operationIds.add(
                                                                    operation.getOperationId())) {
                                                        faults.add(
                                                                where
                                                                        + ": no operationId of its own");
                                                    }
                                                    if (operation.getTags() == null
                                                            || !describedTags.containsAll(
                                                                    operation.getTags())) {
                                                        faults.add(
                                                                where
                                                                        + ": a tag without a description");
                                                    }
                                                    if (operation.getSecurity() == null) {
                                                        faults.add(
                                                                where
                                                                        + ": no security requirement (a public operation declares security: [])");
                                                    }
                                                    boolean secured =
                                                            operation.getSecurity() != null
                                                                    && !operation
                                                                            .getSecurity()
                                                                            .isEmpty();
                                                    if (secured
                                                            && operation.getSecurity().stream()
                                                                    .anyMatch(
                                                                            requirement ->
                                                                                    !requirement
                                                                                            .containsKey(
                                                                                                    "bearer"))) {
                                                        faults.add(
                                                                where
                                                                        + ": a security requirement that is not the bearer scheme");
                                                    }
                                                    ApiResponses responses =
                                                            operation.getResponses();
                                                    if (responses.keySet().stream()
                                                            .noneMatch(
                                                                    code -> code.startsWith("4"))) {
                                                        faults.add(where + ": no 4xx described");
                                                    }
                                                    if (secured
                                                            && !(responses.containsKey("401")
                                                                    && responses.containsKey(
                                                                            "403"))) {
                                                        faults.add(
                                                                where
                                                                        + ": a token is needed but 401 and 403 are not described");
                                                    }
                                                    if (operation.getRequestBody() != null
                                                            && operation
                                                                            .getRequestBody()
                                                                            .getContent()
                                                                    != null) {
                                                        operation
                                                                .getRequestBody()
                                                                .getContent()
                                                                .forEach(
                                                                        (type, media) -> {
                                                                            faults.addAll(
                                                                                    exampleFaults(
                                                                                            examples,
                                                                                            media,
                                                                                            where
                                                                                                    + " request "
                                                                                                    + type));
                                                                            faults.addAll(
                                                                                    readOnlyFaults(
                                                                                            api,
                                                                                            media,
                                                                                            where
                                                                                                    + " request "
                                                                                                    + type));
                                                                        });
                                                    }
                                                    responses.forEach(
                                                            (code, response) -> {
                                                                if (response.getContent() != null) {
                                                                    response.getContent()
                                                                            .forEach(
                                                                                    (type, media) ->
                                                                                            faults
                                                                                                    .addAll(
                                                                                                            exampleFaults(
                                                                                                                    examples,
                                                                                                                    media,
                                                                                                                    where
                                                                                                                            + " "
                                                                                                                            + code
                                                                                                                            + " "
                                                                                                                            + type)));
                                                                }
                                                                if (code.startsWith("2")
                                                                        && response.getContent()
                                                                                != null
                                                                        && response
                                                                                .getContent()
                                                                                .values()
                                                                                .stream()
                                                                                .anyMatch(
                                                                                        media ->
                                                                                                media
                                                                                                                        .getSchema()
                                                                                                                == null
                                                                                                        || (media.getSchema()
                                                                                                                                .get$ref()
                                                                                                                        == null
                                                                                                                && media.getSchema()
                                                                                                                                .getType()
                                                                                                                        == null
                                                                                                                && media.getSchema()
                                                                                                                                .getTypes()
                                                                                                                        == null
                                                                                                                && media.getSchema()
                                                                                                                                .getItems()
                                                                                                                        == null))) {
                                                                    faults.add(
                                                                            where
                                                                                    + ": "
                                                                                    + code
                                                                                    + " has a body of no schema: a generated client could only return Object");
                                                                }
                                                                if ((code.startsWith("4")
                                                                                || code.startsWith(
                                                                                        "5"))
                                                                        && (response.getContent()
                                                                                        == null
                                                                                || !response.getContent()
                                                                                        .containsKey(
                                                                                                "application/problem+json"))) {
                                                                    faults.add(
                                                                            where
                                                                                    + ": "
                                                                                    + code
                                                                                    + " is not described as application/problem+json");
                                                                }
                                                            });
                                                }));
        assertFalse(operationIds.isEmpty(), "the document describes operations");
        assertEquals(List.of(), faults);
    }

    /** A request's example carries nothing the server sets: no property its schema marks read-only. */
    @SuppressWarnings("rawtypes")
    private static List<String> readOnlyFaults(OpenAPI api, MediaType media, String where) {
        Schema schema = media.getSchema();
        if (schema == null || schema.get$ref() == null) {
            return List.of();
        }
        Schema component =
                api.getComponents()
                        .getSchemas()
                        .get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        if (component == null || component.getProperties() == null) {
            return List.of();
        }
        List<String> faults = new ArrayList<>();
        for (Object example : ExampleConformance.examplesOf(media)) {
            if (Json.mapper().convertValue(example, Object.class) instanceof Map<?, ?> fields) {
                ((Map<?, ?>) component.getProperties())
                        .forEach(
                                (name, property) -> {
                                    Schema one = (Schema) property;
                                    boolean readOnly =
                                            Boolean.TRUE.equals(one.getReadOnly())
                                                    || (one.getAnyOf() != null
                                                            && ((List<?>) one.getAnyOf())
                                                                    .stream()
                                                                            .anyMatch(
                                                                                    inner ->
                                                                                            Boolean
                                                                                                    .TRUE
                                                                                                    .equals(
                                                                                                            ((Schema)
                                                                                                                            inner)
                                                                                                                    .getReadOnly())));
                                    if (readOnly && fields.containsKey(name)) {
                                        faults.add(
                                                where
                                                        + ": the example carries "
                                                        + name
                                                        + ", which the server sets");
                                    }
                                });
            }
        }
        return faults;
    }

    /** A body shows at least one example, and each fits the body's schema. */
    private static List<String> exampleFaults(
            ExampleConformance examples, MediaType media, String where) {
        List<Object> shown = ExampleConformance.examplesOf(media);
        if (shown.isEmpty()) {
            return List.of(where + ": no example");
        }
        List<String> faults = new ArrayList<>();
        shown.forEach(example -> faults.addAll(examples.faults(example, media.getSchema(), where)));
        return faults;
    }

    @Test
    void prometheusMetricsAreServed() {
        Management.given()
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    /** Health, metrics and the API document are the management interface's: the public port has none of them. */
    @Test
    void nothingOfManagementAnswersBesideThePublicApi() {
        for (String path :
                List.of(
                        "/q/health",
                        "/q/health/ready",
                        "/q/metrics",
                        "/q/openapi",
                        "/q/swagger-ui/")) {
            given().when().get(path).then().statusCode(404);
        }
    }

    /**
     * Every kind of request a prober gets refused before it meets a route, each with a number in its
     * path: none of those numbers shows in the metrics anyone with the management port can read.
     */
    @Test
    void metricsHoldNoNumberAfterRefusedRequests() {
        List<String[]> none = List.of();
        List<String> paths =
                List.of(
                        "/subscribers/+994555000111/summary",
                        "/numbers/+994555000222",
                        "/attempts/994555000333",
                        "/carriers/0555000444",
                        "/channels/%2B994555000555");
        for (String path : paths) {
            for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
                RawHttp.send(RestAssured.port, method, path, none, null);
            }
            RawHttp.send(
                    RestAssured.port,
                    "GET",
                    path,
                    List.<String[]>of(new String[] {"Origin", "https://prober.example"}),
                    null);
            RawHttp.send(RestAssured.port, "GET", path + "%FF", none, null);
            RawHttp.send(RestAssured.port, "GET", path + "%00", none, null);
            RawHttp.send(RestAssured.port, "GET", path + "/" + "9".repeat(5000), none, null);
            RawHttp.send(
                    RestAssured.port,
                    "GET",
                    path,
                    List.<String[]>of(new String[] {"X-Balans-Probe", "x".repeat(20_000)}),
                    null);
            RawHttp.Response tooLarge =
                    RawHttp.sendChunked(
                            RestAssured.port,
                            "POST",
                            path,
                            List.<String[]>of(new String[] {"Content-Type", "application/json"}),
                            new byte[200_000]);
            assertEquals(413, tooLarge.status(), "a streamed body past the limit");
            assertTrue(
                    tooLarge.header("content-type").startsWith("application/problem+json"),
                    "413 as " + tooLarge.header("content-type"));
            RawHttp.Response barePercent =
                    RawHttp.send(RestAssured.port, "GET", path + "%", none, null);
            assertEquals(400, barePercent.status(), "a bare %");
            assertTrue(
                    barePercent.body().contains("\"field\":\"path\""),
                    "a bare % is a problem naming the path: " + barePercent.body());
        }
        String metrics =
                Management.given()
                        .when()
                        .get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        List<String> leaks = metrics.lines().filter(line -> line.contains("555000")).toList();
        assertEquals(
                List.of(), leaks, "metric lines holding a number from a refused request's path");
        assertTrue(
                metrics.contains("uri=\"UNKNOWN\""),
                "refused requests are still counted, under one fixed uri");
    }

    /**
     * A prober's random paths cannot grow the metrics: a thousand more distinct ones add no HTTP
     * series (each route's series exist after the first few), and no path appears in any label.
     * Only the HTTP server's series are compared: other meters (a client, a breaker) may appear when
     * a background task first runs, which is not the paths' doing.
     */
    @Test
    void distinctBadPathsDoNotGrowTheMetrics() {
        java.util.Random random = new java.util.Random(24);
        List<String> noises = new java.util.ArrayList<>();
        Runnable probe =
                () -> {
                    String noise = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
                    noises.add(noise);
                    List<String[]> none = List.of();
                    RawHttp.send(RestAssured.port, "GET", "/" + noise + "/%FF", none, null);
                    RawHttp.send(RestAssured.port, "DELETE", "/numbers/" + noise, none, null);
                    RawHttp.send(
                            RestAssured.port,
                            "GET",
                            "/" + noise + "/" + "x".repeat(5000),
                            none,
                            null);
                    RawHttp.send(RestAssured.port, "GET", "/" + noise, none, null);
                };
        for (int i = 0; i < 20; i++) {
            probe.run();
        }
        java.util.Set<String> before = httpServerSeries(scrapeMetrics());
        for (int i = 0; i < 250; i++) {
            probe.run();
        }
        String after = scrapeMetrics();
        java.util.Set<String> grown = new java.util.TreeSet<>(httpServerSeries(after));
        grown.removeAll(before);
        assertTrue(grown.isEmpty(), "1000 distinct bad paths added HTTP series: " + grown);
        List<String> exposed = noises.stream().filter(after::contains).limit(3).toList();
        assertTrue(exposed.isEmpty(), "paths of probes in the metrics: " + exposed);
    }

    private static String scrapeMetrics() {
        return Management.given()
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The HTTP server's series, by name and labels (their values and exemplars set aside). */
    private static java.util.Set<String> httpServerSeries(String metrics) {
        return metrics.lines()
                .filter(line -> line.startsWith("http_server_"))
                // a series line is its name and labels, its value, then perhaps an exemplar (#
                // {...})
                .map(line -> line.split(" # ", 2)[0])
                .map(line -> line.substring(0, line.lastIndexOf(' ')))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void anUnknownPathIsAProblem() {
        given().when()
                .get("/no-such-resource")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }
}
