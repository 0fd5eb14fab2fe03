package az.balans.history.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import az.balans.history.RechargeTopics;
import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every history endpoint against every kind of caller. The subscriber of the number sees it; the
 * subscriber of another number is told it does not exist (404), never that it is forbidden.
 */
@QuarkusTest
@WithPostgres
@WithKafka
class HistorySecurityTest {

    private static final String OWN = "+994701234500";
    private static final String OTHER = "+994559876500";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void aRecordExists() {
        if (given().auth()
                        .oauth2(TestTokens.withRole("support-agent"))
                        .get("/attempts/sec-attempt")
                        .statusCode()
                == 200) {
            return;
        }
        try (RechargeTopics topics = new RechargeTopics(bootstrapServers)) {
            topics.send(
                    OWN,
                    RechargeTopics.event(
                            "sec-1",
                            "requested",
                            "sec-attempt",
                            "2026-11-25T08:00:00Z",
                            OWN,
                            "nar-plus",
                            "nar"));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                given().auth()
                                                .oauth2(TestTokens.withRole("support-agent"))
                                                .get("/attempts/sec-attempt")
                                                .statusCode()
                                        == 200);
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
        "GET, /subscribers/" + OWN + "/recharges, none, 401",
        "GET, /subscribers/" + OWN + "/recharges, own-subscriber, 200",
        "GET, /subscribers/070 123 45 00/recharges, own-subscriber, 200",
        "GET, /subscribers/" + OWN + "/recharges, other-subscriber, 404",
        "GET, /subscribers/" + OWN + "/recharges, support-agent, 200",
        "GET, /subscribers/" + OWN + "/recharges, catalog-admin, 404",
        "GET, /subscribers/" + OWN + "/recharges, service, 200",
        "GET, /subscribers/" + OWN + "/summary, none, 401",
        "GET, /subscribers/" + OWN + "/summary, own-subscriber, 200",
        "GET, /subscribers/" + OWN + "/summary, other-subscriber, 404",
        "GET, /subscribers/" + OWN + "/summary, support-agent, 200",
        "GET, /subscribers/" + OWN + "/summary, catalog-admin, 404",
        "GET, /subscribers/" + OWN + "/summary, service, 200",
        "GET, /attempts/sec-attempt, none, 401",
        "GET, /attempts/sec-attempt, own-subscriber, 200",
        "GET, /attempts/sec-attempt, other-subscriber, 404",
        "GET, /attempts/sec-attempt, support-agent, 200",
        "GET, /attempts/sec-attempt, catalog-admin, 404",
        "GET, /attempts/sec-attempt, service, 200",
        "GET, /channels/health, none, 200",
        "GET, /channels/health, subscriber, 200",
        "DELETE, /subscribers/" + OTHER + ", none, 401",
        "DELETE, /subscribers/" + OTHER + ", own-subscriber, 404",
        "DELETE, /subscribers/" + OTHER + ", service, 404",
        "DELETE, /subscribers/" + OTHER + ", catalog-admin, 404",
        "DELETE, /subscribers/" + OTHER + ", support-agent, 204",
        "DELETE, /subscribers/" + OTHER + ", other-subscriber, 204",
        "GET, /audit, none, 401",
        "GET, /audit, own-subscriber, 403",
        "GET, /audit, service, 403",
        "GET, /audit, catalog-admin, 403",
        "GET, /audit, support-agent, 403",
        "GET, /audit, support-lead, 200",
        "PUT, /attempts/sec-attempt/resolution, none, 401",
        "PUT, /attempts/sec-attempt/resolution, own-subscriber, 403",
        "PUT, /attempts/sec-attempt/resolution, service, 403",
        "PUT, /attempts/sec-attempt/resolution, catalog-admin, 403",
        "PUT, /attempts/sec-attempt/resolution, support-lead, 403"
    })
    void everyEndpointAnswersEachCallerAsItShould(
            String method, String path, String caller, int status) {
        request(caller).when().request(method, path).then().statusCode(status);
    }

    /** Every answer that carries, or refuses, a person's records is never kept by a browser or a proxy. */
    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource({
        "GET, /attempts/sec-attempt, own-subscriber",
        "GET, /attempts/sec-attempt, other-subscriber",
        "GET, /attempts/sec-attempt, support-agent",
        "GET, /attempts?overdue=true, support-agent",
        "GET, /attempts?contradictory=true, support-agent",
        "GET, /subscribers/" + OWN + "/recharges, own-subscriber",
        "GET, /subscribers/" + OWN + "/recharges, other-subscriber",
        "GET, /subscribers/" + OWN + "/summary, service",
        "DELETE, /subscribers/" + OTHER + ", support-agent",
        "GET, /audit, support-lead"
    })
    void personalDataIsNeverCached(String method, String path, String caller) {
        request(caller).when().request(method, path).then().header("Cache-Control", "no-store");
    }

    /**
     * Attempt ids can be guessed: someone else's attempt and one that does not exist answer the same
     * 404, word for word, and neither shows any part of the number.
     */
    @Test
    void anotherPersonsAttemptReadsExactlyAsOneThatDoesNotExist() {
        String someoneElses =
                request("other-subscriber")
                        .when()
                        .get("/attempts/sec-attempt")
                        .then()
                        .statusCode(404)
                        .contentType("application/problem+json")
                        .extract()
                        .asString();
        String missing =
                request("other-subscriber")
                        .when()
                        .get("/attempts/no-such-attempt")
                        .then()
                        .statusCode(404)
                        .contentType("application/problem+json")
                        .extract()
                        .asString();
        assertEquals(missing.replace("no-such-attempt", "sec-attempt"), someoneElses);
        assertThat(someoneElses, not(containsString("994")));
        assertThat(someoneElses, not(containsString("4500")));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("az.balans.testsupport.TestTokens#REFUSED_KINDS")
    void aTokenThatFailsVerificationIsA401Problem(String kind) {
        String token = TestTokens.refused(kind, "support-agent");
        given().auth()
                .oauth2(token)
                .when()
                .get("/subscribers/{n}/summary", OWN)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    private static RequestSpecification request(String caller) {
        return switch (caller) {
            case "none" -> given();
            case "own-subscriber", "subscriber" ->
                    given().auth().oauth2(TestTokens.subscriber("070 123 45 00"));
            case "other-subscriber" -> given().auth().oauth2(TestTokens.subscriber(OTHER));
            default -> given().auth().oauth2(TestTokens.withRole(caller));
        };
    }
}
