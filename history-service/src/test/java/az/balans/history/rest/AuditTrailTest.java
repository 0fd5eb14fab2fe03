package az.balans.history.rest;

import static az.balans.history.RechargeTopics.event;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import az.balans.history.RechargeTopics;
import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Who looked at whose records, and what support did: staff reads and every change are written to
 * an append-only trail with who, when, what and the reason given; support leads read it, nobody
 * changes it; a resolution is kept with its attempt and takes it out of the queue; erasure keeps
 * the trail with the number masked.
 */
@QuarkusTest
@WithPostgres
@WithKafka
class AuditTrailTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject AgroalDataSource dataSource;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String agent = "agent-" + run;
    private final String agentToken = TestTokens.staff(agent, "support-agent");

    /** The advisor's role, reading on a person's behalf: not a member of staff, not in the trail. */
    private static final String SERVICE_TOKEN = TestTokens.withRole("service");

    private final String leadToken = TestTokens.staff("lead-" + run, "support-lead");

    @Test
    void staffReadsAreWrittenWithWhoWhatAndWhyAndOnlyLeadsReadTheTrail() {
        String number = freshNumber();
        String attempt = "audit-read-" + run;
        stored(number, attempt, "succeeded");

        given().auth()
                .oauth2(agentToken)
                .header("X-Balans-Reason", "ticket 42")
                .get("/subscribers/{n}/recharges", number)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(agentToken)
                .header("X-Balans-Reason", "ticket 42")
                .get("/subscribers/{n}/summary", number)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(agentToken)
                .header("X-Balans-Reason", "ticket 42")
                .get("/attempts/{id}", attempt)
                .then()
                .statusCode(200);
        // the subscriber reading their own records is not someone looking at someone else's
        given().auth()
                .oauth2(TestTokens.subscriber(number))
                .get("/subscribers/{n}/summary", number)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(leadToken)
                .get("/audit?msisdn={n}", number)
                .then()
                .statusCode(200)
                .body("action", contains("read-attempt", "read-summary", "read-records"))
                .body("actor", everyItem(equalTo(agent)))
                .body("role", everyItem(equalTo("support-agent")))
                .body("reason", everyItem(equalTo("ticket 42")))
                .body("msisdn", everyItem(equalTo(number)))
                .body("[0].attemptId", equalTo(attempt));

        for (String token : List.of(agentToken, TestTokens.subscriber(number))) {
            given().auth()
                    .oauth2(token)
                    .get("/audit?msisdn={n}", number)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().get("/audit").then().statusCode(401);
        given().auth()
                .oauth2(leadToken)
                .get("/audit?msisdn=12345")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("msisdn"));
        given().auth()
                .oauth2(agentToken)
                .header("X-Balans-Reason", "x".repeat(501))
                .get("/subscribers/{n}/summary", number)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("X-Balans-Reason"));
    }

    @Test
    void aResolutionIsKeptShownWrittenAndTakesTheAttemptOutOfTheQueue() {
        String number = freshNumber();
        String attempt = "audit-resolve-" + run;
        // a failure, then a success: contradictory, in the support agents' queue
        stored(number, attempt, "failed");
        stored(number, attempt, "succeeded");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                given().auth()
                                        .oauth2(agentToken)
                                        .get("/attempts?contradictory=true&limit=200")
                                        .then()
                                        .body("items.attempt.attemptId", hasItem(attempt)));

        given().auth()
                .oauth2(agentToken)
                .contentType("application/json")
                .body("{\"finding\":\"credited-twice\",\"note\":\"x\"}")
                .put("/attempts/{id}/resolution", attempt)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("finding"));
        given().auth()
                .oauth2(TestTokens.subscriber(number))
                .contentType("application/json")
                .body("{\"finding\":\"customer-told\"}")
                .put("/attempts/{id}/resolution", attempt)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(agentToken)
                .contentType("application/json")
                .body("{\"finding\":\"customer-told\"}")
                .put("/attempts/{id}/resolution", "no-such-" + run)
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(agentToken)
                .header("X-Balans-Reason", "ticket 77")
                .contentType("application/json")
                .body(
                        "{\"finding\":\"credited-late\",\"note\":\"The provider credited it after its timeout.\"}")
                .put("/attempts/{id}/resolution", attempt)
                .then()
                .statusCode(200)
                .body("resolution.finding", equalTo("credited-late"))
                .body("resolution.resolvedBy", equalTo(agent));

        given().auth()
                .oauth2(agentToken)
                .get("/attempts/{id}", attempt)
                .then()
                .statusCode(200)
                .body("resolution.note", equalTo("The provider credited it after its timeout."));
        given().auth()
                .oauth2(agentToken)
                .get("/subscribers/{n}/recharges", number)
                .then()
                .body("items[0].resolution.finding", equalTo("credited-late"));
        given().auth()
                .oauth2(agentToken)
                .get("/attempts?contradictory=true&limit=200")
                .then()
                .body("items.attempt.attemptId", not(hasItem(attempt)));
        given().auth()
                .oauth2(leadToken)
                .get("/audit?actor={a}", agent)
                .then()
                .statusCode(200)
                .body("find { it.action == 'resolve-attempt' }.attemptId", equalTo(attempt))
                .body("find { it.action == 'resolve-attempt' }.reason", equalTo("ticket 77"));
    }

    @Test
    void erasureKeepsTheTrailWithTheNumberMasked() {
        String number = freshNumber();
        String attempt = "audit-erase-" + run;
        stored(number, attempt, "succeeded");
        given().auth()
                .oauth2(agentToken)
                .get("/subscribers/{n}/summary", number)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(agentToken)
                .header("X-Balans-Reason", "erasure request 9")
                .delete("/subscribers/{n}", number)
                .then()
                .statusCode(204);

        String masked = number.substring(0, 6) + "***" + number.substring(number.length() - 4);
        given().auth()
                .oauth2(leadToken)
                .get("/audit?msisdn={n}", number)
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().auth()
                .oauth2(leadToken)
                .get("/audit?actor={a}", agent)
                .then()
                .statusCode(200)
                .body("findAll { it.msisdn == '" + masked + "' }.action", hasItem("erase"))
                .body("findAll { it.msisdn == '" + masked + "' }.action", hasItem("read-summary"))
                .body("msisdn", not(hasItem(number)));
    }

    @Test
    void nobodyChangesOrDeletesTheTrailNotEvenTheDatabaseUserOfTheService() throws SQLException {
        given().auth().oauth2(agentToken).get("/subscribers/{n}/summary", freshNumber());
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            SQLException update =
                    assertThrows(
                            SQLException.class,
                            () ->
                                    sql.executeUpdate(
                                            "update audit_entry set reason = 'rewritten' where actor = '"
                                                    + agent
                                                    + "'"));
            org.hamcrest.MatcherAssert.assertThat(
                    update.getMessage(), containsString("append-only"));
            assertThrows(SQLException.class, () -> sql.executeUpdate("delete from audit_entry"));
            assertThrows(SQLException.class, () -> sql.executeUpdate("truncate audit_entry"));
        }
    }

    private String freshNumber() {
        return "+99455" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    }

    /** An event of the attempt, published and stored. */
    private void stored(String number, String attempt, String type) {
        try (RechargeTopics topics = new RechargeTopics(bootstrapServers)) {
            topics.send(
                    number,
                    event(
                            attempt + "-" + type,
                            type,
                            attempt,
                            "2026-11-25T08:00:00Z",
                            number,
                            "millon-kiosk",
                            "bakcell"));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                given().auth()
                                                        .oauth2(SERVICE_TOKEN)
                                                        .get("/attempts/{id}", attempt)
                                                        .then()
                                                        .extract()
                                                        .path("events.type")
                                                instanceof List<?> types
                                        && types.contains("az.balans.recharge." + type));
    }
}
