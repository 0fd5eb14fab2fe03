package az.balans.history;

import az.balans.local.infra.test.TestTokens;
import az.balans.local.infra.test.WithKafka;
import az.balans.local.infra.test.WithPostgres;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A number is personal data: a whole run of ingest, dead letters, reads and erasure logs none in full. */
@QuarkusTest
@WithPostgres
@WithKafka
class LogMaskingTest {

    private static final String NUMBER = "+994705550123";
    /** Any Azerbaijani mobile number written whole, with or without +994 or the trunk 0. */
    private static final Pattern FULL_NUMBER = Pattern.compile("(\\+?994|\\b0)\\s?\\d{2}\\s?\\d{3}\\s?\\d{2}\\s?\\d{2}\\b");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void noLogLineCarriesAWholeNumber() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
                lines.add(message);
                if (record.getThrown() != null) {
                    StringWriter trace = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(trace));
                    lines.add(trace.toString());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            try (RechargeTopics topics = new RechargeTopics(bootstrapServers)) {
                topics.send(NUMBER, RechargeTopics.event("mask-1", "requested", "att-mask", "2026-11-25T08:00:00Z", NUMBER, "nar-plus", "nar"));
                topics.send(NUMBER, RechargeTopics.event("mask-2", "failed", "att-mask", "2026-11-25T08:00:09Z", NUMBER, "nar-plus", "nar"));
                // unacceptable: logged when dead-lettered
                topics.send(NUMBER, RechargeTopics.event("mask-3", "requested", "att-mask-2", "2026-11-25T08:00:00Z", NUMBER, "nar-plus", "nar")
                        .replace("\"amount\":\"10.00\"", "\"amount\":10"));
            }
            String agent = TestTokens.withRole("support-agent");
            await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(agent).get("/attempts/att-mask").statusCode() == 200);
            await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(line -> line.contains("Dead-lettering")));
            given().auth().oauth2(agent).get("/subscribers/{n}/summary", NUMBER).then().statusCode(200);
            given().auth().oauth2(TestTokens.subscriber("+994509998877")).get("/subscribers/{n}/summary", NUMBER).then().statusCode(404);
            given().auth().oauth2(agent).delete("/subscribers/{n}", NUMBER).then().statusCode(204);
        } finally {
            root.removeHandler(capture);
        }

        assertTrue(lines.stream().anyMatch(line -> line.contains("+99470***0123")), "the masked form is what is logged");
        List<String> leaks = lines.stream().filter(line -> FULL_NUMBER.matcher(line).find()).toList();
        assertEquals(List.of(), leaks);
    }
}
