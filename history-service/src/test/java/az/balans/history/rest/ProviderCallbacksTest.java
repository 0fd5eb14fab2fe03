package az.balans.history.rest;

import static az.balans.history.ProviderPayloads.DTONE_PASSWORD;
import static az.balans.history.ProviderPayloads.DTONE_USER;
import static az.balans.history.ProviderPayloads.RELOADLY_SECRET;
import static az.balans.history.ProviderPayloads.basicAuth;
import static az.balans.history.ProviderPayloads.dtOne;
import static az.balans.history.ProviderPayloads.load;
import static az.balans.history.ProviderPayloads.reloadly;
import static az.balans.history.ProviderPayloads.reloadlySignature;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.history.ProviderPayloads;
import az.balans.history.RechargeTopics;
import az.balans.testsupport.Management;
import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The providers' doors, as a provider knocks: DT One's callback and Reloadly's signed webhook,
 * replayed from their documented shapes, become attempts in history once and only once; what is
 * not theirs, not signed or not readable is refused and publishes nothing; what is theirs but not
 * ours is set aside with the reason, and the provider still gets its 2xx.
 */
@QuarkusTest
@WithPostgres
@WithKafka
class ProviderCallbacksTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aDtOneCallbackIsOneAttemptHoweverOftenItIsSent() {
        String attempt = "dt-" + run;
        String completed = dtOne(attempt, "+994501112233", "COMPLETED", "COMPLETED");
        postDtOne(completed).statusCode(204);
        // DT One retries a callback it did not see answered: the same outcome, the same event
        postDtOne(completed).statusCode(204);

        ProviderPayloads.storedAttempt(attempt)
                .body("state", equalTo("succeeded"))
                .body("msisdn", equalTo("+994501112233"))
                .body("carrier", equalTo("azercell"))
                .body("channelId", equalTo("dtone"))
                .body("paymentMethod", equalTo("international-card"))
                .body("amount.value", equalTo("5.00"))
                .body("events", hasSize(1))
                .body(
                        "events[0].id",
                        equalTo(
                                "dtone:"
                                        + ProviderPayloads.dtOneTransactionId(attempt)
                                        + ":COMPLETED"))
                .body("events[0].source", equalTo("/providers/dtone"));
        // what the operators' alerts read: the provider's outcomes by what became of them
        String metrics =
                Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(
                metrics.matches(
                        "(?s).*balans_provider_outcomes_total\\{[^}]*outcome=\"published\",provider=\"dtone\"[^}]*} [1-9].*"),
                "published DT One outcomes are counted");
    }

    @Test
    void aDeclineCarriesDtOnesStatusAsTheCatalogsFailureCode() {
        String attempt = "dt-declined-" + run;
        postDtOne(dtOne(attempt, "+994501112244", "DECLINED-BARRED-CREDIT-PARTY", "DECLINED"))
                .statusCode(204);

        ProviderPayloads.storedAttempt(attempt)
                .body("state", equalTo("failed"))
                .body("failureCode", equalTo("DECLINED-BARRED-CREDIT-PARTY"))
                .body("failureDetail", containsString("DT One"));
    }

    @Test
    void dtOnesDocumentedExampleIsSetAsideWithTheReasonAndAnswered2xx() {
        try (RechargeTopics topics = new RechargeTopics(bootstrapServers)) {
            // the DVS reference's example holds placeholders ("string", 0): well formed, not a
            // top-up of ours
            postDtOne(load("dtone-transaction-object-documented.json")).statusCode(204);
            List<ConsumerRecord<String, byte[]>> setAside =
                    topics.deadLetters(
                            record ->
                                    RechargeTopics.header(record, "dead-letter-provider")
                                                    .equals("dtone")
                                            && RechargeTopics.header(record, "dead-letter-reason")
                                                    .contains("'string'"),
                            1,
                            Duration.ofSeconds(30));
            assertEquals(1, setAside.size());
            assertTrue(
                    RechargeTopics.header(setAside.get(0), "dead-letter-reason")
                            .contains("is not one DT One documents"),
                    RechargeTopics.header(setAside.get(0), "dead-letter-reason"));
        }
    }

    @Test
    void aCallbackWithoutItsCredentialsIsRefusedAndPublishesNothing() {
        String refused = "dt-refused-" + run;
        String number = "+994501112255";
        given().contentType("application/json")
                .body(dtOne(refused, number, "COMPLETED", "COMPLETED"))
                .post("/providers/dtone/callbacks")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
        given().contentType("application/json")
                .header("Authorization", basicAuth(DTONE_USER, "not-the-password"))
                .body(dtOne(refused, number, "COMPLETED", "COMPLETED"))
                .post("/providers/dtone/callbacks")
                .then()
                .statusCode(401)
                .body("detail", equalTo("The callback credentials are missing or wrong"));

        // a later outcome for the same number (the same partition, read in order) is stored; the
        // refused ones before it never were
        String sentinel = "dt-sentinel-" + run;
        postDtOne(dtOne(sentinel, number, "COMPLETED", "COMPLETED")).statusCode(204);
        ProviderPayloads.storedAttempt(sentinel).body("state", equalTo("succeeded"));
        given().auth()
                .oauth2(TestTokens.withRole("support-agent"))
                .get("/attempts/{id}", refused)
                .then()
                .statusCode(404);
    }

    @Test
    void aSignedReloadlyWebhookIsAnAttemptAndAFailureKeepsReloadlysCode() {
        String succeeded = "rl-" + run;
        postReloadly(reloadly(9_100_001L, succeeded, "994551234567", "SUCCESSFUL", null))
                .statusCode(204);
        ProviderPayloads.storedAttempt(succeeded)
                .body("state", equalTo("succeeded"))
                .body("msisdn", equalTo("+994551234567"))
                .body("carrier", equalTo("bakcell"))
                .body("channelId", equalTo("reloadly"))
                .body("amount.value", equalTo("10.00"))
                .body("events[0].id", equalTo("reloadly:9100001:SUCCESSFUL"));

        String failed = "rl-failed-" + run;
        postReloadly(
                        reloadly(
                                9_100_002L,
                                failed,
                                "994551234568",
                                "FAILED",
                                "OPERATOR_UNAVAILABLE_OR_CURRENTLY_INACTIVE"))
                .statusCode(204);
        ProviderPayloads.storedAttempt(failed)
                .body("state", equalTo("failed"))
                .body("failureCode", equalTo("OPERATOR_UNAVAILABLE_OR_CURRENTLY_INACTIVE"));
    }

    @Test
    void anUnsignedWronglySignedOrReplayedWebhookIs401AndPublishesNothing() {
        String refused = "rl-refused-" + run;
        String body = reloadly(9_100_003L, refused, "994551234569", "SUCCESSFUL", null);
        String now = String.valueOf(Instant.now().getEpochSecond());

        given().contentType("application/json")
                .body(body)
                .post("/providers/reloadly/webhooks")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", containsString("not signed"));
        given().contentType("application/json")
                .header("X-Reloadly-Signature", reloadlySignature("another-secret", body, now))
                .header("X-Reloadly-Request-Timestamp", now)
                .body(body)
                .post("/providers/reloadly/webhooks")
                .then()
                .statusCode(401)
                .body("detail", containsString("does not match"));
        // signed properly, an hour ago: a captured request sent again
        String anHourAgo = String.valueOf(Instant.now().minusSeconds(3600).getEpochSecond());
        given().contentType("application/json")
                .header("X-Reloadly-Signature", reloadlySignature(RELOADLY_SECRET, body, anHourAgo))
                .header("X-Reloadly-Request-Timestamp", anHourAgo)
                .body(body)
                .post("/providers/reloadly/webhooks")
                .then()
                .statusCode(401)
                .body("detail", containsString("replayed"));
        // the body changed after signing
        given().contentType("application/json")
                .header("X-Reloadly-Signature", reloadlySignature(RELOADLY_SECRET, body, now))
                .header("X-Reloadly-Request-Timestamp", now)
                .body(body.replace("\"deliveredAmount\": 10", "\"deliveredAmount\": 100"))
                .post("/providers/reloadly/webhooks")
                .then()
                .statusCode(401);

        String sentinel = "rl-sentinel-" + run;
        postReloadly(reloadly(9_100_004L, sentinel, "994551234569", "SUCCESSFUL", null))
                .statusCode(204);
        ProviderPayloads.storedAttempt(sentinel).body("state", equalTo("succeeded"));
        given().auth()
                .oauth2(TestTokens.withRole("support-agent"))
                .get("/attempts/{id}", refused)
                .then()
                .statusCode(404);
    }

    @Test
    void aBodyThatIsNotTheProvidersShapeIsAProblemThatNamesIt() {
        postReloadly("{\"type\": \"airtime_transaction.status\", \"data\": ")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not a Reloadly webhook event"));
        postReloadly("{\"type\": \"airtime_transaction.status\", \"data\": {\"transaction\": {}}}")
                .statusCode(400)
                .body("detail", containsString("no transactionId"));
        postDtOne("[1, 2, 3]")
                .statusCode(400)
                .body("detail", containsString("not a DT One transaction object"))
                .body("detail", not(containsString("az.balans")));
        postDtOne("{\"id\": {\"nested\": true}, \"status\": {\"message\": \"COMPLETED\"}}")
                .statusCode(400)
                .body(
                        "detail",
                        equalTo(
                                "The body is not a DT One transaction object: id does not have the expected type"));
        postDtOne("{\"external_id\": \"x\"}")
                .statusCode(400)
                .body("detail", containsString("no id or no status"));
        // past the 64 KB every endpoint takes: refused before it is read
        given().contentType("application/json")
                .header("Authorization", basicAuth(DTONE_USER, DTONE_PASSWORD))
                .body("{\"pad\": \"" + "x".repeat(70_000) + "\"}")
                .post("/providers/dtone/callbacks")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void reloadlysDocumentedExampleIsSetAsideAsNotOursWithA2xx() {
        try (RechargeTopics topics = new RechargeTopics(bootstrapServers)) {
            // Reloadly's own example tops up a British number in GBP
            postReloadly(load("reloadly-webhook-documented.json")).statusCode(204);
            List<ConsumerRecord<String, byte[]>> setAside =
                    topics.deadLetters(
                            record ->
                                    RechargeTopics.header(record, "dead-letter-provider")
                                                    .equals("reloadly")
                                            && RechargeTopics.header(record, "dead-letter-reason")
                                                    .contains("26523"),
                            1,
                            Duration.ofSeconds(30));
            assertEquals(1, setAside.size());
            assertTrue(
                    RechargeTopics.header(setAside.get(0), "dead-letter-reason").contains("AZN"),
                    RechargeTopics.header(setAside.get(0), "dead-letter-reason"));
        }
    }

    @Test
    void theBenchsBarePostIsAbsentOutsideTheBench() {
        given().contentType("application/json")
                .body("{}")
                .post("/bench/baseline")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static ValidatableResponse postDtOne(String body) {
        return given().contentType("application/json")
                .header("Authorization", basicAuth(DTONE_USER, DTONE_PASSWORD))
                .body(body)
                .post("/providers/dtone/callbacks")
                .then();
    }

    private static ValidatableResponse postReloadly(String body) {
        String timestamp = String.valueOf(Instant.now().toEpochMilli());
        return given().contentType("application/json")
                .header("X-Reloadly-Signature", reloadlySignature(RELOADLY_SECRET, body, timestamp))
                .header("X-Reloadly-Request-Timestamp", timestamp)
                .body(body)
                .post("/providers/reloadly/webhooks")
                .then();
    }
}
