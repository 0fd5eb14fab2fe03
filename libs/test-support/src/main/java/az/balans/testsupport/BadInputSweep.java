package az.balans.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A property-based sweep of bad input over every operation the service publishes in its OpenAPI
 * document: seeded random requests with control characters and malformed escapes in paths, queries
 * and headers, overflowing and Unicode digits, bodies that are not JSON, nested too deep, of the
 * wrong types or with NUL in them, wrong content types, oversized headers, forged tokens.
 *
 * <p>The property: no answer is a 5xx; every error is {@code application/problem+json} with its own
 * status; no answer shows a stack trace, an internal class or SQL. Each service's test extends this
 * as a {@code @QuarkusTest}. {@code -Dbalans.sweep.seed} and {@code -Dbalans.sweep.cases-per-operation}
 * repeat or widen a run; the seed and the count are printed.
 */
public abstract class BadInputSweep {

    private static final long DEFAULT_SEED = 20261126L;
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** What an answer must never show: stack frames, internal classes, the database's words. */
    private static final List<String> INTERNALS =
            List.of(
                    "Exception",
                    "\tat ",
                    "at java.",
                    "org.postgresql",
                    "org.hibernate",
                    "io.quarkus",
                    "io.vertx",
                    "io.smallrye",
                    "com.fasterxml",
                    "az.balans.",
                    "SQL",
                    "jdbc:",
                    "StreamReadConstraints");

    /** Tokens that pass verification, so that some requests get past the role checks to validation. */
    protected abstract List<String> validTokens();

    /**
     * Routes of a page for people, which the OpenAPI document leaves out: "GET /path" or
     * "POST /path field1 field2" for a form. Their answers may be HTML, but never a 5xx or internals.
     */
    protected List<String> pageRoutes() {
        return List.of();
    }

    /** @param page a page for people: its errors may be HTML for the person rather than problem+json */
    private record Operation(
            String method,
            String path,
            List<Parameter> parameters,
            List<String> bodyFields,
            boolean page) {}

    private record Parameter(String name, String in, String type) {}

    /**
     * @param chunked     the body is streamed in chunks with no length declared
     * @param unparseable the request breaks HTTP itself (a control character inside a header, a
     *                    request line past the HTTP layer's limit): it is refused before any Balans
     *                    code, with a bare 400 and no body, which leaks nothing
     */
    private record Request(
            String method,
            String target,
            List<String[]> headers,
            byte[] body,
            boolean chunked,
            boolean unparseable) {
        String describe() {
            StringBuilder text = new StringBuilder(method + " " + RawHttp.abbreviate(target));
            for (String[] header : headers) {
                text.append(" | ")
                        .append(header[0])
                        .append(": ")
                        .append(RawHttp.abbreviate(printable(header[1])));
            }
            if (body != null) {
                text.append(chunked ? " | chunked body " : " | body ")
                        .append(
                                RawHttp.abbreviate(
                                        printable(new String(body, StandardCharsets.UTF_8))));
            }
            return text.toString();
        }
    }

    @Test
    void everyBadInputIsAnsweredWithAProblemAndNothingInternal() throws IOException {
        long seed = Long.getLong("balans.sweep.seed", DEFAULT_SEED);
        // 30 a operation keeps the catalog's 27 operations to about 800 requests (50 took 51 s of
        // the catalog's module under the full suite's load, on its critical path), inside the
        // suite's budget; -Dbalans.sweep.cases-per-operation widens it, -Dbalans.sweep.seed varies
        // it
        int perOperation = Integer.getInteger("balans.sweep.cases-per-operation", 30);
        Random random = new Random(seed);
        List<Operation> operations = operations();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        int clientErrors = 0;
        for (Operation operation : operations) {
            for (int i = 0; i < perOperation; i++) {
                Request request = generate(operation, random);
                RawHttp.Response response =
                        request.chunked()
                                ? RawHttp.sendChunked(
                                        RestAssured.port,
                                        request.method(),
                                        request.target(),
                                        request.headers(),
                                        request.body())
                                : RawHttp.send(
                                        RestAssured.port,
                                        request.method(),
                                        request.target(),
                                        request.headers(),
                                        request.body());
                requests++;
                if (response.status() >= 400 && response.status() < 500) {
                    clientErrors++;
                }
                String fault = faultIn(operation, request, response);
                if (fault != null && failures.size() < 25) {
                    failures.add(
                            fault
                                    + " <- "
                                    + request.describe()
                                    + "\n    answered: "
                                    + RawHttp.abbreviate(response.body()));
                }
            }
        }
        System.out.printf(
                "Bad-input sweep: %d generated requests over %d operations (seed %d): %d answered 4xx, %d failed the property%n",
                requests, operations.size(), seed, clientErrors, failures.size());
        assertEquals(
                List.of(),
                failures,
                "requests whose answer broke the property (seed " + seed + ")");
        // whatever was refused, and however, the metrics hold none of the numbers the sweep put in
        // paths
        String metrics =
                Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(
                List.of(),
                metrics.lines().filter(line -> line.contains("501234567")).toList(),
                "metric lines holding a number");
    }

    private static String faultIn(Operation operation, Request request, RawHttp.Response response) {
        if (request.unparseable() && response.status() == 400 && response.body().isEmpty()) {
            return null;
        }
        if (response.status() >= 500) {
            return "a " + response.status();
        }
        for (String internal : INTERNALS) {
            if (response.body().contains(internal)) {
                return "an answer showing '" + internal.strip() + "'";
            }
        }
        if (response.status() >= 400
                && !(operation.page() && response.header("content-type").startsWith("text/html"))) {
            if (!response.header("content-type").startsWith("application/problem+json")) {
                return "a "
                        + response.status()
                        + " as '"
                        + response.header("content-type")
                        + "', not problem+json";
            }
            try {
                JsonNode problem = new ObjectMapper().readTree(response.body());
                if (problem.path("status").asInt() != response.status()
                        || problem.path("title").asText().isEmpty()) {
                    return "a problem without its status and title";
                }
            } catch (IOException e) {
                return "a problem+json that is not JSON";
            }
        }
        return null;
    }

    private List<Operation> operations() throws IOException {
        JsonNode document =
                new ObjectMapper()
                        .readTree(
                                Management.given()
                                        .accept("application/json")
                                        .get("/q/openapi?format=json")
                                        .asString());
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                List<JsonNode> declared = new ArrayList<>();
                path.getValue().path("parameters").forEach(declared::add);
                operation.path("parameters").forEach(declared::add);
                for (JsonNode parameter : declared) {
                    parameters.add(
                            new Parameter(
                                    parameter.path("name").asText(),
                                    parameter.path("in").asText(),
                                    parameter.path("schema").path("type").asText("string")));
                }
                List<String> bodyFields = new ArrayList<>();
                JsonNode content = operation.path("requestBody").path("content");
                if (!content.isMissingNode()) {
                    JsonNode schema =
                            content.elements().hasNext()
                                    ? content.elements().next().path("schema")
                                    : null;
                    if (schema != null && schema.has("$ref")) {
                        String name =
                                schema.get("$ref")
                                        .asText()
                                        .substring("#/components/schemas/".length());
                        schema = document.path("components").path("schemas").path(name);
                    }
                    if (schema != null) {
                        schema.path("properties").fieldNames().forEachRemaining(bodyFields::add);
                    }
                    if (bodyFields.isEmpty()) {
                        bodyFields.add("value");
                    }
                }
                operations.add(
                        new Operation(
                                method.toUpperCase(Locale.ROOT),
                                path.getKey(),
                                parameters,
                                content.isMissingNode() ? null : bodyFields,
                                false));
            }
        }
        if (operations.isEmpty()) {
            throw new AssertionError("the OpenAPI document lists no operation to sweep");
        }
        for (String route : pageRoutes()) {
            String[] parts = route.split(" ");
            List<String> fields = parts.length > 2 ? List.of(parts).subList(2, parts.length) : null;
            operations.add(
                    new Operation(
                            parts[0],
                            parts[1],
                            List.of(new Parameter("lang", "query", "string")),
                            fields,
                            true));
        }
        return operations;
    }

    // ---- generation -------------------------------------------------------------------------

    /** Values as they go on the wire (already percent-encoded where a path or query needs it). */
    private static final List<String> BAD_TEXT =
            List.of(
                    "%00",
                    "a%00b",
                    "%01",
                    "%1F",
                    "%7F",
                    "%0A",
                    "%0D%0Ainjected:%20yes",
                    "%09",
                    "%FF",
                    "%C0%AF",
                    "%ED%A0%80",
                    "%",
                    "%G1",
                    "%2",
                    "..",
                    "%2E%2E%2F%2E%2E",
                    "%2F",
                    "%5C",
                    "%20",
                    "%2B994501234567",
                    "+994501234567",
                    "0501234567",
                    "994501234567",
                    encode("٠٥٠١٢٣٤٥٦٧"),
                    encode("０５０"),
                    encode("𝟘𝟙𝟚"),
                    encode("١٢"),
                    encode("😀"),
                    encode("'; drop table carrier; --"),
                    encode("<script>alert(1)</script>"),
                    "a".repeat(3000),
                    encode("\u202Eevil"),
                    "azercell",
                    "nar",
                    "att-1",
                    "1",
                    "",
                    // instants at the extremes of what Java reads, and the last one RFC 3339 writes
                    "%2B1000000000-12-31T23:59:59Z",
                    "-1000000000-01-01T00:00:00Z",
                    "9999-12-31T23:59:59Z");

    private static final List<String> BAD_NUMBERS =
            List.of(
                    "0",
                    "-1",
                    "1",
                    "200",
                    "201",
                    "1000001",
                    "2147483647",
                    "2147483648",
                    "-2147483649",
                    "9223372036854775808",
                    "99999999999999999999",
                    "1e3",
                    "0x10",
                    "1.5",
                    "NaN",
                    "Infinity",
                    "%2B1",
                    "%201",
                    "1%00",
                    "%00",
                    encode("١٢"),
                    encode("٠٥٠١٢٣٤٥٦٧"),
                    encode("５"),
                    "",
                    "true");

    private Request generate(Operation operation, Random random) {
        List<String[]> headers = new ArrayList<>();
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : operation.parameters()) {
            String value = pick(random, isNumeric(parameter.type()) ? BAD_NUMBERS : BAD_TEXT);
            switch (parameter.in()) {
                case "path" ->
                        path =
                                path.replace(
                                        "{" + parameter.name() + "}",
                                        value.isEmpty() ? "x" : value);
                case "query" -> {
                    if (random.nextInt(4) > 0) {
                        query.append(query.isEmpty() ? "?" : "&")
                                .append(parameter.name())
                                .append('=')
                                .append(value);
                    }
                }
                case "header" ->
                        headers.add(new String[] {parameter.name(), decodeForHeader(value)});
                default -> {}
            }
        }
        path = path.replaceAll("\\{[^}]+}", "x");
        switch (random.nextInt(8)) {
            case 0 ->
                    query.append(query.isEmpty() ? "?" : "&")
                            .append(pick(random, BAD_TEXT))
                            .append('=')
                            .append(pick(random, BAD_TEXT));
            case 1 ->
                    query.append(query.isEmpty() ? "?" : "&")
                            .append("page=1&page=")
                            .append(pick(random, BAD_NUMBERS));
            default -> {}
        }
        authorization(random).ifPresent(headers::add);
        headers.add(
                new String[] {
                    "Accept",
                    pick(
                            random,
                            List.of(
                                    "application/json",
                                    "application/problem+json",
                                    "*/*",
                                    "text/html",
                                    "application/xml",
                                    "garbage/%%",
                                    "application/json;q=abc",
                                    ""))
                });
        if (random.nextInt(3) == 0) {
            headers.add(
                    new String[] {
                        "Accept-Language",
                        pick(random, List.of("az", "ru", "en", "xx-YY", "*;q=abc", "a".repeat(500)))
                    });
        }
        boolean unparseable = false;
        switch (random.nextInt(12)) {
            case 0, 1, 2 -> {
                headers.add(
                        new String[] {
                            "X-Balans-Probe",
                            "a"
                                    + pick(random, List.of("\u0000", "\u0001", "\u001F", "\u007F"))
                                    + "b"
                        });
                unparseable = true;
            }
            case 3 -> headers.add(new String[] {"X-Balans-Probe", "x".repeat(30_000)});
            case 4 ->
                    headers.add(
                            new String[] {
                                "If-Match",
                                pick(
                                        random,
                                        List.of(
                                                "\"0\"",
                                                "\"-1\"",
                                                "\"99999999999999999999\"",
                                                "W/\"1\"",
                                                "*",
                                                "\"\u0661\""))
                            });
            default -> {}
        }
        byte[] body = null;
        if (operation.page() && operation.bodyFields() != null) {
            StringBuilder form = new StringBuilder();
            for (String field : operation.bodyFields()) {
                if (random.nextInt(4) > 0) {
                    form.append(form.isEmpty() ? "" : "&")
                            .append(field)
                            .append('=')
                            .append(pick(random, random.nextBoolean() ? BAD_TEXT : BAD_NUMBERS));
                }
            }
            body = form.toString().getBytes(StandardCharsets.UTF_8);
            headers.add(
                    new String[] {
                        "Content-Type",
                        pick(
                                random,
                                List.of(
                                        "application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded",
                                        "application/json",
                                        "text/plain",
                                        ""))
                    });
        } else if (operation.bodyFields() != null || random.nextInt(10) == 0) {
            body =
                    body(
                            operation.bodyFields() == null
                                    ? List.of("value")
                                    : operation.bodyFields(),
                            random);
            headers.add(
                    new String[] {
                        "Content-Type",
                        pick(
                                random,
                                List.of(
                                        "application/json",
                                        "application/json",
                                        "application/json",
                                        "text/plain",
                                        "application/xml",
                                        "application/json; charset=utf-16",
                                        "application/x-www-form-urlencoded",
                                        "multipart/form-data; boundary=x",
                                        "garbage",
                                        ""))
                    });
        }
        for (String[] header : headers) {
            unparseable |= header[1].chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7F);
        }
        unparseable |= (path + query).length() > 16_000;
        // now and then a method the route does not take, with a number in the path, as a prober
        // sends one
        String method = operation.method();
        if (random.nextInt(10) == 0) {
            method = pick(random, List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
            path =
                    path
                            + "/"
                            + pick(
                                    random,
                                    List.of("%2B994501234567", "0501234567", "994501234567"));
        }
        return new Request(
                method,
                path + query,
                headers,
                body,
                body != null && random.nextInt(5) == 0,
                unparseable);
    }

    private java.util.Optional<String[]> authorization(Random random) {
        List<String> tokens = validTokens();
        return switch (random.nextInt(6)) {
            case 0 -> java.util.Optional.empty();
            case 1 ->
                    java.util.Optional.of(
                            new String[] {
                                "Authorization",
                                pick(
                                        random,
                                        List.of(
                                                "Bearer",
                                                "Bearer ",
                                                "Bearer a.b.c",
                                                "Basic Zm9vOmJhcg==",
                                                "Bearer " + "x".repeat(5000),
                                                "bearer \u0001",
                                                "Bearer e30.e30.",
                                                "Negotiate abc"))
                            });
            case 2 ->
                    java.util.Optional.of(
                            new String[] {
                                "Authorization",
                                "Bearer "
                                        + TestTokens.refused(
                                                pick(random, List.of(TestTokens.REFUSED_KINDS)),
                                                "catalog-admin")
                            });
            default ->
                    java.util.Optional.of(
                            new String[] {"Authorization", "Bearer " + pick(random, tokens)});
        };
    }

    private static byte[] body(List<String> fields, Random random) {
        String field = pick(random, fields);
        Function<String, byte[]> utf8 = text -> text.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(16)) {
            case 0 ->
                    utf8.apply(
                            pick(
                                    random,
                                    List.of(
                                            "",
                                            "{",
                                            "nonsense",
                                            "null",
                                            "[]",
                                            "\"text\"",
                                            "{\"a\":}",
                                            "{'a':1}",
                                            "\uFEFF{}")));
            case 1 -> utf8.apply("[".repeat(5000) + "]".repeat(5000));
            case 2 -> utf8.apply("{\"a\":".repeat(2000) + "1" + "}".repeat(2000));
            case 3 -> utf8.apply("{\"" + field + "\":\"a\\u0000b\"}");
            case 4 -> utf8.apply("{\"" + field + "\":\"a\u0000b\"}");
            case 5 ->
                    utf8.apply(
                            "{\""
                                    + field
                                    + "\":\""
                                    + pick(
                                            random,
                                            List.of(
                                                    "\\u0001", "\\u001f", "\\u007f", "\\n",
                                                    "\\ud800"))
                                    + "\"}");
            case 6 ->
                    utf8.apply(
                            "{\""
                                    + field
                                    + "\":"
                                    + pick(
                                            random,
                                            List.of(
                                                    "1e400",
                                                    "123456789012345678901234567890",
                                                    "-0",
                                                    "99999999999999999999.999",
                                                    "true",
                                                    "[]",
                                                    "{}",
                                                    "null",
                                                    "-1",
                                                    "0.001"))
                                    + "}");
            case 7 -> {
                byte[] prefix = utf8.apply("{\"" + field + "\":\"a");
                byte[] bytes = new byte[prefix.length + 4];
                System.arraycopy(prefix, 0, bytes, 0, prefix.length);
                bytes[prefix.length] = (byte) 0xC3;
                bytes[prefix.length + 1] = (byte) 0x28;
                bytes[prefix.length + 2] = '"';
                bytes[prefix.length + 3] = '}';
                yield bytes;
            }
            case 8 -> utf8.apply("{\"" + field + "\":\"" + "a".repeat(60_000) + "\"}");
            case 9 -> utf8.apply("{\"" + field + "\":\"" + "a".repeat(70_000) + "\"}");
            default -> {
                StringBuilder object = new StringBuilder("{");
                for (String name : fields) {
                    if (random.nextBoolean()) {
                        object.append(object.length() > 1 ? "," : "")
                                .append('"')
                                .append(name)
                                .append("\":")
                                .append(
                                        pick(
                                                random,
                                                List.of(
                                                        "\"x\"",
                                                        "\"\"",
                                                        "1",
                                                        "-1",
                                                        "null",
                                                        "true",
                                                        "[]",
                                                        "{}",
                                                        "\"٠٥٠\"",
                                                        "\"+994501234567\"",
                                                        "\"a\\u0000\"",
                                                        "\"2026-13-45\"",
                                                        "\"AZN\"",
                                                        "\"10.005\"",
                                                        "{\"az\":\"a\\u0000\"}",
                                                        "[\"\\u0001\"]",
                                                        "\"+1000000000-12-31T23:59:59Z\"",
                                                        "\"-1000000000-01-01T00:00:00Z\"",
                                                        "\"+999999999-12-31\"")));
                    }
                }
                yield utf8.apply(object.append('}').toString());
            }
        };
    }

    private static boolean isNumeric(String type) {
        return type.equals("integer") || type.equals("number");
    }

    /** A header carries the value itself, not its escape; CR and LF would only end the header early. */
    private static String decodeForHeader(String value) {
        try {
            return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8)
                    .replace("\r", "")
                    .replace("\n", "");
        } catch (IllegalArgumentException malformedEscape) {
            return value;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String printable(String text) {
        StringBuilder printable = new StringBuilder();
        text.codePoints()
                .forEach(
                        c ->
                                printable.append(
                                        c < 0x20 || c == 0x7F
                                                ? String.format("\\u%04x", c)
                                                : new String(Character.toChars(c))));
        return printable.toString();
    }
}
