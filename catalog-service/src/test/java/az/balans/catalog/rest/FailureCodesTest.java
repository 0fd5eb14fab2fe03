package az.balans.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import az.balans.catalog.CatalogChangesTopic;
import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The providers' failure codes as catalog data: served with their sources, written like every other record. */
@QuarkusTest
@WithPostgres
@WithKafka
class FailureCodesTest {

    private static final String ADMIN = "Bearer " + TestTokens.withRole("catalog-admin");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theSeededCodesSayWhatTheyMeanWithTheirSources() {
        given().when()
                .get("/failure-codes?size=200")
                .then()
                .statusCode(200)
                .body("items.provider", hasItems("reloadly", "ding", "dtone", "demo"))
                .body("items.source", everyItem(notNullValue()))
                .body("items.verifiedOn", everyItem(notNullValue()))
                .body(
                        "items.outcome",
                        everyItem(org.hamcrest.Matchers.oneOf("final", "retryable", "unknown")))
                // none has been checked against the providers' current documentation yet, and none
                // says it has
                .body("items.verified", everyItem(equalTo(false)))
                .body("items.source", not(hasItem(containsString("domain.md"))));

        // Ding: past its 90-second limit a transfer failed and was not charged; 90 s is Ding's
        // limit, not a wait
        given().when()
                .get("/failure-codes/ding:ProviderTimedOut")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("cause", equalTo("CHANNEL_DOWN"))
                .body("outcome", equalTo("retryable"))
                .body("waitSeconds", nullValue())
                .body("facts.meaning.status", equalTo("confirmed"))
                .body("facts.meaning.url", equalTo("https://www.dingconnect.com/Api"))
                .body("facts.wait.status", equalTo("unknown"));
        // Reloadly publishes its 2 minutes
        given().when()
                .get("/failure-codes/reloadly:PHONE_RECENTLY_RECHARGED")
                .then()
                .statusCode(200)
                .body("cause", equalTo("TOO_FREQUENT"))
                .body("outcome", equalTo("retryable"))
                .body("waitSeconds", equalTo(120))
                .body("facts.wait.status", equalTo("confirmed"));
        // Reloadly: "Some developer account may have a daily transaction count limit": the
        // reseller's, not the number's
        given().when()
                .get("/failure-codes/reloadly:MAX_DAILY_TRANSACTION_COUNT_REACHED")
                .then()
                .statusCode(200)
                .body("cause", equalTo("CHANNEL_DOWN"))
                .body("waitSeconds", nullValue())
                .body("meaning", containsString("another way"));
        // Reloadly publishes no 30 minutes, or any wait, for an operator it has switched off
        given().when()
                .get("/failure-codes/reloadly:OPERATOR_UNAVAILABLE_OR_CURRENTLY_INACTIVE")
                .then()
                .statusCode(200)
                .body("waitSeconds", nullValue())
                .body("facts.wait.status", equalTo("unknown"));
        // DT One: a cumulative limit on the number, not an amount out of range
        given().when()
                .get("/failure-codes/dtone:DECLINED-LIMITATIONS-ON-CREDIT-PARTY-AMOUNT")
                .then()
                .statusCode(200)
                .body("cause", equalTo("TOO_FREQUENT"))
                .body("outcome", equalTo("retryable"))
                .body("meaning", containsString("another amount fails too"));
        given().when()
                .get("/failure-codes?provider=dtone&cause=LINE_BARRED")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("DECLINED-BARRED-CREDIT-PARTY")))
                .body("items[0].outcome", equalTo("final"));

        // the advisor reads them in the whole catalog
        given().when()
                .get("/catalog")
                .then()
                .statusCode(200)
                .body("failureCodes.id", hasItems("ding:ProviderTimedOut", "demo:CARD_DECLINED"));
    }

    @Test
    void anAdminWritesACodeWithIfMatchAndEveryWriteIsPublished() {
        try (CatalogChangesTopic topic = new CatalogChangesTopic(bootstrapServers)) {
            given().header("Authorization", ADMIN)
                    .contentType(ContentType.JSON)
                    .body(code("ding", "ProviderUnknownError", "CHANNEL_DOWN", "unknown"))
                    .when()
                    .post("/failure-codes")
                    .then()
                    .statusCode(201)
                    .header("Location", endsWith("/failure-codes/ding:ProviderUnknownError"))
                    .header("ETag", equalTo("\"0\""))
                    .body("id", equalTo("ding:ProviderUnknownError"))
                    .body("verified", equalTo(false));
            given().header("Authorization", ADMIN)
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(code("ding", "ProviderUnknownError", "CHANNEL_DOWN", "retryable"))
                    .when()
                    .put("/failure-codes/ding:ProviderUnknownError")
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("outcome", equalTo("retryable"));
            // a second writer still holding version 0 is told, not obeyed
            given().header("Authorization", ADMIN)
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(code("ding", "ProviderUnknownError", "CHANNEL_DOWN", "final"))
                    .when()
                    .put("/failure-codes/ding:ProviderUnknownError")
                    .then()
                    .statusCode(412)
                    .contentType("application/problem+json");
            given().when()
                    .get("/catalog")
                    .then()
                    .statusCode(200)
                    .body("failureCodes.id", hasItem("ding:ProviderUnknownError"));
            given().header("Authorization", ADMIN)
                    .header("If-Match", "\"1\"")
                    .when()
                    .delete("/failure-codes/ding:ProviderUnknownError")
                    .then()
                    .statusCode(204);
            given().when()
                    .get("/failure-codes/ding:ProviderUnknownError")
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");

            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    topic.eventsFor("failure-code", "ding:ProviderUnknownError")
                                                    .size()
                                            >= 3);
            List<JsonNode> events = topic.eventsFor("failure-code", "ding:ProviderUnknownError");
            assertEquals(
                    List.of("created", "updated", "deleted"),
                    events.stream().map(e -> e.get("change").asText()).toList());
        }
    }

    @Test
    void badCodesAreProblemsNamingTheFieldAndWritesNeedTheRole() {
        given().header("Authorization", ADMIN)
                .contentType(ContentType.JSON)
                .body(
                        """
                        {"provider":"Ding!","code":"x y","cause":"GREMLINS","outcome":"maybe","waitSeconds":-1,
                         "source":"","verifiedOn":"2026-11-01"}""")
                .when()
                .post("/failure-codes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations.field",
                        hasItems("provider", "code", "cause", "outcome", "waitSeconds", "source"));
        // the path names the code: a body naming another one is a mistake worth saying
        given().header("Authorization", ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(code("ding", "RateLimited", "TOO_FREQUENT", "retryable"))
                .when()
                .put("/failure-codes/ding:ProviderTimedOut")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("code"));
        given().when()
                .get("/failure-codes?cause=GREMLINS")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(code("demo", "NO_TOKEN", "CHANNEL_DOWN", "final"))
                .when()
                .post("/failure-codes")
                .then()
                .statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.withRole("support-agent"))
                .contentType(ContentType.JSON)
                .body(code("demo", "WRONG_ROLE", "CHANNEL_DOWN", "final"))
                .when()
                .post("/failure-codes")
                .then()
                .statusCode(403);
        given().when().get("/failure-codes/demo:NO_TOKEN").then().statusCode(404);
        given().when().get("/failure-codes/demo:WRONG_ROLE").then().statusCode(404);
    }

    private static String code(String provider, String code, String cause, String outcome) {
        return """
                {"provider":"%s","code":"%s","cause":"%s","outcome":"%s","waitSeconds":90,"meaning":"A test code.",
                 "facts":{"wait":{"status":"confirmed","url":"https://example.org/test-fixture","title":"Test fixture","checkedOn":"2026-11-01"}},
                 "source":"test fixture","verifiedOn":"2026-11-01"}"""
                .formatted(provider, code, cause, outcome);
    }
}
