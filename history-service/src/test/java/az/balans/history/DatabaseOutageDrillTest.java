package az.balans.history;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.testsupport.ConsoleLog;
import az.balans.testsupport.InjectPostgres;
import az.balans.testsupport.Management;
import az.balans.testsupport.RestartablePostgres;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithRestartablePostgres;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The database goes away in the middle of a steady feed and comes back, and history is not
 * restarted: it holds its batch, says so on its probes without leaking anything, and resumes with
 * every event stored once or dead-lettered once. Events only the database refuses are set aside on
 * their own, during the same run, without being mistaken for the outage.
 */
@QuarkusTest
@WithRestartablePostgres
@WithKafka
class DatabaseOutageDrillTest {

    private static final String INGEST = "checks.find { it.name == 'recharge-events ingest' }";

    @InjectPostgres RestartablePostgres postgres;

    @Inject AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void ingestWaitsOutADatabaseOutageAndLosesNothing() throws Exception {
        DrillLedger.refuseMarkedEvents(dataSource);
        String run = "db-drill-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> probes = new ArrayList<>();
        try (ConsoleLog log = ConsoleLog.capture();
                RechargeTopics topics = new RechargeTopics(bootstrapServers);
                SteadyFeed feed = new SteadyFeed(bootstrapServers, run, 2000, true, 300)) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> DrillLedger.storedEvents(dataSource, run) > 300);

            postgres.stop();
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () ->
                                    Management.given()
                                            .get("/q/health/ready")
                                            .then()
                                            .statusCode(503)
                                            .body(INGEST + ".status", equalTo("DOWN"))
                                            .body(
                                                    INGEST + ".data.'waiting for'",
                                                    equalTo("the database"))
                                            .body(
                                                    "checks.find { it.name == 'database' }.status",
                                                    equalTo("DOWN")));
            probes.add(Management.given().get("/q/health/ready").asString());
            Response live = Management.given().get("/q/health/live");
            probes.add(live.asString());
            assertEquals(
                    200,
                    live.statusCode(),
                    "a consumer that waits is alive: no restart is asked for");
            // the outage lasts while the feed goes on: a few hundred more events arrive meanwhile
            int sentAtOutage = feed.sent();
            await().atMost(Duration.ofSeconds(30)).until(() -> feed.sent() >= sentAtOutage + 400);
            postgres.start();

            DrillLedger.assertBalanced(feed, dataSource, topics, run, Duration.ofSeconds(120));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> Management.given().get("/q/health/ready").then().statusCode(200));

            List<String> lines = log.lines();
            assertTrue(
                    lines.stream()
                            .anyMatch(
                                    line ->
                                            line.contains(
                                                    "Holding the batch: cannot reach the database")),
                    "the outage is logged");
            assertEquals(List.of(), Leaks.in(lines), "no log line holds a whole number");
            assertEquals(List.of(), Leaks.in(probes), "the probes hold no number");
            for (String probe : probes) {
                assertTrue(
                        !probe.contains("Exception")
                                && !probe.contains("SQL")
                                && !probe.contains("jdbc:"),
                        () -> "the probes hold no exception text: " + probe);
            }
        }
    }
}
