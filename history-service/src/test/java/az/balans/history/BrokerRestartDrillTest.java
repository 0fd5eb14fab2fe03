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
import az.balans.testsupport.Management;
import az.balans.testsupport.RestartableKafkaBroker;
import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithPostgres;
import az.balans.testsupport.WithRestartableKafka;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The broker restarts in the middle of a steady feed, and history is not restarted: its consumer
 * and its dead-letter producer reconnect by themselves, and every event ends stored once or
 * dead-lettered once. And a provider's callback is acknowledged only once the broker has its
 * event: with the broker down, DT One's callbacks are refused 503 with Retry-After; once it is
 * back, DT One's retries deliver them, and each outcome is stored once.
 */
@QuarkusTest
@WithPostgres
@WithRestartableKafka
@TestProfile(BrokerRestartDrillTest.QuickRefusal.class)
class BrokerRestartDrillTest {

    /** A callback gives up on the broker after a second here, not five: the drill waits less. */
    public static class QuickRefusal implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("balans.providers.broker-ack-timeout", "1s");
        }
    }

    private static final Duration OUTAGE = Duration.ofSeconds(6);

    @InjectKafkaBroker RestartableKafkaBroker broker;

    @Inject AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void ingestAndDeadLettersResumeAfterABrokerRestart() throws Exception {
        DrillLedger.refuseMarkedEvents(dataSource);
        String run = "broker-drill-" + UUID.randomUUID().toString().substring(0, 8);
        try (RechargeTopics topics = new RechargeTopics(bootstrapServers);
                SteadyFeed feed = new SteadyFeed(bootstrapServers, run, 2000, true, 300)) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> DrillLedger.storedEvents(dataSource, run) > 300);

            broker.stop();
            // the broker stays away a while; the feed's producer holds what it sends meanwhile, as
            // a payment system's would
            Thread.sleep(OUTAGE.toMillis());
            broker.start();

            DrillLedger.assertBalanced(feed, dataSource, topics, run, Duration.ofSeconds(180));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> Management.given().get("/q/health/ready").then().statusCode(200));
        }
    }

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
