package az.balans.history.messaging;

import static az.balans.history.RechargeTopics.event;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import az.balans.history.RechargeTopics;
import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithPostgres
@WithKafka
class RechargeEventConsumerTest {

    private static final String NUMBER = "+994501234567";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private RechargeTopics topics;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void open() {
        topics = new RechargeTopics(bootstrapServers);
        RestAssured.requestSpecification =
                new RequestSpecBuilder()
                        .addHeader(
                                "Authorization", "Bearer " + TestTokens.withRole("support-agent"))
                        .build();
    }

    @AfterEach
    void close() {
        RestAssured.requestSpecification = null;
        topics.close();
    }

    @Test
    void anEventProducedToKafkaIsStoredAndReadBackOverRest() {
        String attempt = "att-" + run;
        topics.send(
                NUMBER,
                event(
                        "e1-" + run,
                        "requested",
                        attempt,
                        "2026-11-25T08:00:00Z",
                        "+994 50 123 45 67",
                        "millon-kiosk",
                        "azercell"));
        topics.send(
                NUMBER,
                event(
                        "e2-" + run,
                        "succeeded",
                        attempt,
                        "2026-11-25T12:00:41+04:00",
                        "0501234567",
                        "millon-kiosk",
                        "azercell"));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () ->
                                given().when()
                                        .get("/attempts/{id}", attempt)
                                        .then()
                                        .statusCode(200)
                                        .body("msisdn", equalTo(NUMBER))
                                        .body("state", equalTo("succeeded"))
                                        .body("requestedAt", equalTo("2026-11-25T08:00:00Z"))
                                        .body("succeededAt", equalTo("2026-11-25T08:00:41Z"))
                                        .body("amount.value", equalTo("10.00"))
                                        .body(
                                                "events.type",
                                                contains(
                                                        "az.balans.recharge.requested",
                                                        "az.balans.recharge.succeeded")));
    }

    @Test
    void aDuplicateOfEveryTypeIsStoredOnce() {
        String credited = "att-dup-ok-" + run;
        String refused = "att-dup-failed-" + run;
        List<String[]> sequence =
                List.of(
                        new String[] {"d1-" + run, "requested", credited},
                        new String[] {"d2-" + run, "succeeded", credited},
                        new String[] {"d3-" + run, "reversed", credited},
                        new String[] {"d4-" + run, "requested", refused},
                        new String[] {"d5-" + run, "failed", refused});
        // each event twice, once right after itself and once again at the end
        for (String[] e : sequence) {
            String value =
                    event(
                            e[0],
                            e[1],
                            e[2],
                            "2026-11-25T09:00:0" + sequence.indexOf(e) + "Z",
                            NUMBER,
                            "birbank-app",
                            "azercell");
            topics.send(NUMBER, value);
            topics.send(NUMBER, value);
        }
        for (String[] e : sequence) {
            topics.send(
                    NUMBER,
                    event(
                            e[0],
                            e[1],
                            e[2],
                            "2026-11-25T09:00:0" + sequence.indexOf(e) + "Z",
                            NUMBER,
                            "birbank-app",
                            "azercell"));
        }
        String marker = "att-dup-marker-" + run;
        topics.send(
                NUMBER,
                event(
                        "d6-" + run,
                        "requested",
                        marker,
                        "2026-11-25T09:10:00Z",
                        NUMBER,
                        "birbank-app",
                        "azercell"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().get("/attempts/{id}", marker).statusCode() == 200);

        given().get("/attempts/{id}", credited)
                .then()
                .statusCode(200)
                .body("events", hasSize(3))
                .body("state", equalTo("reversed"));
        given().get("/attempts/{id}", refused)
                .then()
                .statusCode(200)
                .body("events", hasSize(2))
                .body("state", equalTo("failed"))
                .body("failureCode", equalTo("OPERATOR_UNAVAILABLE_OR_CURRENTLY_INACTIVE"));
    }

    /**
     * The state rule of the contract: an attempt's state is the highest kind seen, requested < failed
     * < succeeded < reversed, so every arrival order ends the same; a success and a failure together
     * end succeeded, flagged contradictory.
     */
    @Test
    void everyArrivalOrderOfAnAttemptsEventsEndsInTheSameState() {
        Map<String, String> expected = new LinkedHashMap<>();
        int attempt = 0;
        for (Object[] scenario :
                new Object[][] {
                    {new String[] {"requested", "succeeded", "reversed"}, "reversed", false},
                    {new String[] {"requested", "succeeded"}, "succeeded", false},
                    {new String[] {"requested", "failed"}, "failed", false},
                    {new String[] {"requested", "succeeded", "failed"}, "succeeded", true}
                }) {
            String[] types = (String[]) scenario[0];
            for (List<String> order : permutations(Arrays.asList(types))) {
                String attemptId = "att-order-" + run + "-" + (++attempt);
                expected.put(
                        attemptId,
                        scenario[1] + (Boolean.TRUE.equals(scenario[2]) ? " contradictory" : ""));
                for (String type : order) {
                    int step = Arrays.asList(types).indexOf(type);
                    topics.sendAsync(
                            NUMBER,
                            event(
                                    attemptId + "-" + type,
                                    type,
                                    attemptId,
                                    "2026-11-25T10:00:0" + step + "Z",
                                    NUMBER,
                                    "nar-plus",
                                    "nar"));
                }
            }
        }
        topics.flush();
        assertEquals(6 + 2 + 2 + 6, expected.size());
        expected.forEach(
                (attemptId, state) ->
                        await().atMost(Duration.ofSeconds(60))
                                .untilAsserted(
                                        () -> {
                                            String[] parts = state.split(" ");
                                            given().get("/attempts/{id}", attemptId)
                                                    .then()
                                                    .statusCode(200)
                                                    .body("state", equalTo(parts[0]))
                                                    .body(
                                                            "contradictory",
                                                            equalTo(parts.length > 1))
                                                    // whatever the order, each step keeps its own
                                                    // time
                                                    .body(
                                                            "requestedAt",
                                                            equalTo("2026-11-25T10:00:00Z"));
                                        }));
    }

    @Test
    void eachKindOfUnacceptableRecordGoesToTheDeadLetterTopicWithItsReasonAndOriginalBytes() {
        String good =
                event(
                        "m-" + run,
                        "requested",
                        "att-m-" + run,
                        "2026-11-25T11:00:00Z",
                        NUMBER,
                        "millon-kiosk",
                        "azercell");
        Map<String, byte[]> records = new LinkedHashMap<>();
        records.put(
                "not UTF-8 text",
                new byte[] {(byte) 0xC3, (byte) 0x28, 'x', (byte) run.hashCode()});
        records.put("not JSON", ("{\"id\": " + run).getBytes(StandardCharsets.UTF_8));
        records.put(
                "$.type",
                good.replace("recharge.requested", "recharge.teleported")
                        .getBytes(StandardCharsets.UTF_8));
        records.put(
                "attemptId",
                good.replace("\"attemptId\":\"att-m-" + run + "\",", "")
                        .replace("m-" + run, "m2-" + run)
                        .getBytes(StandardCharsets.UTF_8));
        records.put(
                "$.data.amount",
                good.replace("\"amount\":\"10.00\"", "\"amount\":10.0")
                        .replace("m-" + run, "m3-" + run)
                        .getBytes(StandardCharsets.UTF_8));
        records.put(
                "not an Azerbaijani mobile number",
                good.replace(NUMBER, "+994124970000")
                        .replace("m-" + run, "m4-" + run)
                        .getBytes(StandardCharsets.UTF_8));
        records.put(
                "$.time",
                good.replace("2026-11-25T11:00:00Z", "yesterday")
                        .replace("m-" + run, "m5-" + run)
                        .getBytes(StandardCharsets.UTF_8));
        records.put(
                "failureCode",
                good.replace("recharge.requested", "recharge.failed")
                        .replace("m-" + run, "m6-" + run)
                        .getBytes(StandardCharsets.UTF_8));
        records.put(
                "$.data.currency",
                good.replace("\"AZN\"", "\"USD\"")
                        .replace("m-" + run, "m7-" + run)
                        .getBytes(StandardCharsets.UTF_8));

        List<byte[]> sent = new ArrayList<>(records.values());
        records.values().forEach(value -> topics.send("key-" + run, value));
        List<ConsumerRecord<String, byte[]>> deadLetters =
                topics.deadLetters(
                        record -> ("key-" + run).equals(record.key()),
                        records.size(),
                        Duration.ofSeconds(60));

        assertEquals(
                records.size(),
                deadLetters.size(),
                "one dead letter per unacceptable record, no more");
        List<String> reasons = new ArrayList<>(records.keySet());
        for (int i = 0; i < deadLetters.size(); i++) {
            assertArrayEquals(
                    sent.get(i), deadLetters.get(i).value(), "the original bytes, unchanged");
            assertThat(
                    RechargeTopics.header(deadLetters.get(i), "dead-letter-reason"),
                    containsString(reasons.get(i)));
            assertEquals(
                    "recharge-events",
                    RechargeTopics.header(deadLetters.get(i), "dead-letter-topic"));
        }
        // the partition went on
        topics.send(NUMBER, good);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().get("/attempts/{id}", "att-m-" + run).statusCode() == 200);
    }

    private static List<List<String>> permutations(List<String> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<String>> all = new ArrayList<>();
        for (String first : items) {
            List<String> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<String> tail : permutations(rest)) {
                List<String> order = new ArrayList<>(List.of(first));
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
