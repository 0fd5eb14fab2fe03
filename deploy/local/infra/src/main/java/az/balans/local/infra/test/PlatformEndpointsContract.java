package az.balans.local.infra.test;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * What every Balans service answers besides its own API: the three health probes (with the
 * readiness checks of what it depends on), OpenAPI and Swagger UI, Prometheus metrics, and
 * problem+json for a path that does not exist. Each service's test extends this as a {@code @QuarkusTest}.
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
