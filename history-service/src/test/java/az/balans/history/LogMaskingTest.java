package az.balans.history;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.testsupport.ConsoleLog;
import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A number is personal data: a whole run of ingest, dead letters, reads and erasure logs none in
 * full, as the console writes it (the database outage drill covers the paths of failure).
 */
@QuarkusTest
@WithPostgres
@WithKafka
class LogMaskingTest {

    private static final String NUMBER = "+994705550123";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void noLogLineCarriesAWholeNumber() {
        LogRecord probe = new LogRecord(Level.INFO, "probe " + NUMBER);
        ConsoleLog.consoleFilter().isLoggable(probe);
        assertEquals(
                "probe +99470***0123",
                probe.getMessage(),
                "the console's own filter masks every record");
        List<String> lines;
        try (ConsoleLog log = ConsoleLog.capture()) {
            try (RechargeTopics topics = new RechargeTopics(bootstrapServers)) {
                topics.send(
                        NUMBER,
                        RechargeTopics.event(
                                "mask-1",
                                "requested",
                                "att-mask",
                                "2026-11-25T08:00:00Z",
                                NUMBER,
                                "nar-plus",
                                "nar"));
                topics.send(
                        NUMBER,
                        RechargeTopics.event(
                                "mask-2",
                                "failed",
                                "att-mask",
                                "2026-11-25T08:00:09Z",
                                NUMBER,
                                "nar-plus",
                                "nar"));
                // unacceptable: logged when dead-lettered
                topics.send(
                        NUMBER,
                        RechargeTopics.event(
                                        "mask-3",
                                        "requested",
                                        "att-mask-2",
                                        "2026-11-25T08:00:00Z",
                                        NUMBER,
                                        "nar-plus",
                                        "nar")
                                .replace("\"amount\":\"10.00\"", "\"amount\":10"));
            }
            String agent = TestTokens.withRole("support-agent");
            await().atMost(Duration.ofSeconds(60))
                    .until(
                            () ->
                                    given().auth()
                                                    .oauth2(agent)
                                                    .get("/attempts/att-mask")
                                                    .statusCode()
                                            == 200);
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    log.lines().stream()
                                            .anyMatch(line -> line.contains("Dead-lettering")));
            given().auth()
                    .oauth2(agent)
                    .get("/subscribers/{n}/summary", NUMBER)
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(TestTokens.subscriber("+994509998877"))
                    .get("/subscribers/{n}/summary", NUMBER)
                    .then()
                    .statusCode(404);
            given().auth().oauth2(agent).delete("/subscribers/{n}", NUMBER).then().statusCode(204);
            lines = log.lines();
        }

        assertTrue(
                lines.stream().anyMatch(line -> line.contains("+99470***0123")),
                "the masked form is what is logged");
        assertEquals(List.of(), Leaks.in(lines));
    }
}
