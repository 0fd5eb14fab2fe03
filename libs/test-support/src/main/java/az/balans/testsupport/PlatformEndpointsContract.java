package az.balans.testsupport;

import io.restassured.http.ContentType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every Balans service answers besides its own API: the three health probes (with the
 * readiness checks of what it depends on), OpenAPI (complete for partners) and Swagger UI,
 * Prometheus metrics, and problem+json for a path that does not exist. Each service's test extends this as a {@code @QuarkusTest}.
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
        while (given().get("/q/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
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
            given().when().get("/q/health/" + probe)
                    .then().statusCode(200)
                    .body("status", equalTo("UP"));
        }
    }

    @Test
    void readinessCoversWhatTheServiceDependsOn() {
        if (readinessChecks().isEmpty()) {
            return;
        }
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.name", hasItems(readinessChecks().toArray(String[]::new)))
                .body("checks.status", everyItem(equalTo("UP")));
    }

    @Test
    void openApiDescribesTheService() {
        given().accept(ContentType.JSON).when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", containsString(serviceName()));
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
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
        String document = given().accept(ContentType.JSON).when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, new ParseOptions());
        assertEquals(List.of(), parsed.getMessages(), "the document is valid OpenAPI");
        OpenAPI api = parsed.getOpenAPI();
        assertFalse(api.getServers() == null || api.getServers().isEmpty(), "servers");
        SecurityScheme bearer = api.getComponents().getSecuritySchemes() == null ? null : api.getComponents().getSecuritySchemes().get("bearer");
        assertTrue(bearer != null && bearer.getType() == SecurityScheme.Type.HTTP && "bearer".equals(bearer.getScheme())
                && "JWT".equals(bearer.getBearerFormat()), "the bearer JWT security scheme");
        Set<String> describedTags = new HashSet<>();
        if (api.getTags() != null) {
            api.getTags().stream().filter(tag -> tag.getDescription() != null && !tag.getDescription().isBlank())
                    .forEach(tag -> describedTags.add(tag.getName()));
        }
        List<String> faults = new ArrayList<>();
        ExampleConformance examples = new ExampleConformance(api);
        Set<String> operationIds = new HashSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String where = method + " " + path;
            if (operation.getOperationId() == null || !operationIds.add(operation.getOperationId())) {
                faults.add(where + ": no operationId of its own");
            }
            if (operation.getTags() == null || !describedTags.containsAll(operation.getTags())) {
                faults.add(where + ": a tag without a description");
            }
            boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            if (secured && operation.getSecurity().stream().anyMatch(requirement -> !requirement.containsKey("bearer"))) {
                faults.add(where + ": a security requirement that is not the bearer scheme");
            }
            ApiResponses responses = operation.getResponses();
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                faults.add(where + ": no 4xx described");
            }
            if (secured && !(responses.containsKey("401") && responses.containsKey("403"))) {
                faults.add(where + ": a token is needed but 401 and 403 are not described");
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().forEach((type, media) ->
                        faults.addAll(exampleFaults(examples, media, where + " request " + type)));
            }
            responses.forEach((code, response) -> {
                if (response.getContent() != null) {
                    response.getContent().forEach((type, media) -> faults.addAll(exampleFaults(examples, media, where + " " + code + " " + type)));
                }
                if (code.startsWith("2") && response.getContent() != null && response.getContent().values().stream()
                        .anyMatch(media -> media.getSchema() == null || (media.getSchema().get$ref() == null && media.getSchema().getType() == null
                                && media.getSchema().getTypes() == null && media.getSchema().getItems() == null))) {
                    faults.add(where + ": " + code + " has a body of no schema: a generated client could only return Object");
                }
                if ((code.startsWith("4") || code.startsWith("5"))
                        && (response.getContent() == null || !response.getContent().containsKey("application/problem+json"))) {
                    faults.add(where + ": " + code + " is not described as application/problem+json");
                }
            });
        }));
        assertFalse(operationIds.isEmpty(), "the document describes operations");
        assertEquals(List.of(), faults);
    }

    /** A body shows at least one example, and each fits the body's schema. */
    private static List<String> exampleFaults(ExampleConformance examples, MediaType media, String where) {
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
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void anUnknownPathIsAProblem() {
        given().when().get("/no-such-resource")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
    }
}
