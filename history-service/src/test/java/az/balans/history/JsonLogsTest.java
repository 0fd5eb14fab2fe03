package az.balans.history;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.testsupport.ConsoleLog;
import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Production's log format (Kubernetes turns it on): every console line is one JSON object, a
 * number in it is masked exactly as in plain text, exceptions included, and a line written inside a
 * trace carries its trace and span ids.
 */
@QuarkusTest
@WithPostgres
@WithKafka
@TestProfile(JsonLogsTest.JsonLogs.class)
class JsonLogsTest {

    public static class JsonLogs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.console.json.enabled", "true");
        }
    }

    private static final String NUMBER = "+994705550177";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyLineIsAJsonObjectAndNoneCarriesAWholeNumber() throws Exception {
        List<String> lines;
        try (ConsoleLog log = ConsoleLog.capture()) {
            try (RechargeTopics topics = new RechargeTopics(bootstrapServers)) {
                topics.send(
                        NUMBER,
                        RechargeTopics.event(
                                "json-1",
                                "requested",
                                "att-json",
                                "2026-11-25T08:00:00Z",
                                NUMBER,
                                "nar-plus",
                                "nar"));
                // unacceptable: its dead-lettering is logged, with the number
                topics.send(
                        NUMBER,
                        RechargeTopics.event(
                                        "json-2",
                                        "requested",
                                        "att-json-2",
                                        "2026-11-25T08:00:00Z",
                                        NUMBER,
                                        "nar-plus",
                                        "nar")
                                .replace("\"amount\":\"10.00\"", "\"amount\":10"));
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(
                            () ->
                                    log.lines().stream()
                                            .anyMatch(line -> line.contains("Dead-lettering")));
            given().auth()
                    .oauth2(TestTokens.withRole("support-agent"))
                    .delete("/subscribers/{n}", NUMBER)
                    .then()
                    .statusCode(204);
            lines = log.lines();
        }

        List<JsonNode> records = new ArrayList<>();
        for (String line : lines) {
            records.add(JSON.readTree(line));
        }
        assertTrue(
                records.stream()
                        .allMatch(
                                record ->
                                        record.isObject()
                                                && record.hasNonNull("level")
                                                && record.has("message")
                                                && record.hasNonNull("timestamp")),
                "every line is a JSON log record");
        assertTrue(
                records.stream()
                        .anyMatch(
                                record ->
                                        record.path("message").asText().contains("+99470***0177")),
                "the masked form is what is logged");
        assertEquals(List.of(), Leaks.in(lines));
        JsonNode erased =
                records.stream()
                        .filter(
                                record ->
                                        record.path("message")
                                                .asText()
                                                .startsWith("Erased +99470***0177"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("the erasure is logged: " + lines));
        assertTrue(
                erased.path("mdc").path("traceId").asText().matches("[0-9a-f]{32}")
                        && erased.path("mdc").path("spanId").asText().matches("[0-9a-f]{16}"),
                "a line written while serving a request names its trace and span: " + erased);
    }
}
