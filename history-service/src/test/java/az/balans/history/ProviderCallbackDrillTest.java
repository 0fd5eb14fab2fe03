package az.balans.history;

import static az.balans.history.ProviderPayloads.DTONE_PASSWORD;
import static az.balans.history.ProviderPayloads.DTONE_USER;
import static az.balans.history.ProviderPayloads.basicAuth;
import static az.balans.history.ProviderPayloads.dtOne;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import az.balans.testsupport.InjectKafkaBroker;
import az.balans.testsupport.RestartableKafkaBroker;
import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithPostgres;
import az.balans.testsupport.WithRestartableKafka;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A callback is acknowledged only once the broker has its event. With the broker down, DT One's
 * callbacks are refused 503 with Retry-After; once it is back, DT One's retries deliver them, and
 * each outcome is stored once.
 */
@QuarkusTest
@WithPostgres
@WithRestartableKafka
class ProviderCallbackDrillTest {

    @InjectKafkaBroker RestartableKafkaBroker broker;

    @Test
    void callbacksRefusedWhileTheBrokerIsAwayAreStoredOnceWhenItIsBack() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> attempts = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            attempts.add("drill-" + run + "-" + i);
            bodies.add(dtOne(attempts.get(i), "+99450777000" + i, "COMPLETED", "COMPLETED"));
        }
        // the broker is up: the producer is connected before it goes away
        post(dtOne("drill-" + run + "-warm", "+994507770099", "COMPLETED", "COMPLETED"), 204);

        broker.stop();
        try {
            for (String body : bodies) {
                given().contentType("application/json")
                        .header("Authorization", basicAuth(DTONE_USER, DTONE_PASSWORD))
                        .body(body)
                        .post("/providers/dtone/callbacks")
                        .then()
                        .statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", matchesPattern("\\d+"));
            }
        } finally {
            broker.start();
        }

        // DT One sends each again until it is answered 2xx
        for (String body : bodies) {
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(
                            () ->
                                    given().contentType("application/json")
                                                    .header(
                                                            "Authorization",
                                                            basicAuth(DTONE_USER, DTONE_PASSWORD))
                                                    .body(body)
                                                    .post("/providers/dtone/callbacks")
                                                    .statusCode()
                                            == 204);
        }
        for (String attempt : attempts) {
            await().atMost(Duration.ofSeconds(60))
                    .until(
                            () ->
                                    given().auth()
                                                    .oauth2(TestTokens.withRole("support-agent"))
                                                    .get("/attempts/{id}", attempt)
                                                    .statusCode()
                                            == 200);
            // a refused send may still have reached the broker later: the event id makes it one
            given().auth()
                    .oauth2(TestTokens.withRole("support-agent"))
                    .get("/attempts/{id}", attempt)
                    .then()
                    .body("state", equalTo("succeeded"))
                    .body("events", hasSize(1));
        }
    }

    private static void post(String body, int status) {
        given().contentType("application/json")
                .header("Authorization", basicAuth(DTONE_USER, DTONE_PASSWORD))
                .body(body)
                .post("/providers/dtone/callbacks")
                .then()
                .statusCode(status);
    }
}
