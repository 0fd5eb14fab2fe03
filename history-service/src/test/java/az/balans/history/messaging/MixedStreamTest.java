package az.balans.history.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.history.RechargeTopics;
import az.balans.history.Rows;
import az.balans.local.infra.demo.RechargeEventStream;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A realistic feed of over 10,000 records (duplicates, reordering, malformed records): every
 * acceptable event is stored exactly once, every unacceptable record is dead-lettered exactly once,
 * and every attempt ends in the state its events call for.
 */
@QuarkusTest
@WithPostgres
@WithKafka
class MixedStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject AgroalDataSource database;

    @Test
    void producedEqualsStoredPlusDeadLetteredExactly() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<RechargeEventStream.Record> records =
                new RechargeEventStream(42, run, 0.08, 0.15, 0.02)
                        .attempts(
                                4_800, Instant.parse("2026-11-25T06:00:00Z"), Duration.ofHours(4));
        assertTrue(records.size() >= 10_000, "only " + records.size() + " records");

        Set<String> acceptable = new HashSet<>();
        int unacceptable = 0;
        Map<String, Set<String>> typesByAttempt = new HashMap<>();
        for (RechargeEventStream.Record record : records) {
            if (record.acceptable()) {
                acceptable.add(record.eventId());
                JsonNode event = JSON.readTree(record.value());
                typesByAttempt
                        .computeIfAbsent(
                                event.path("data").path("attemptId").asText(),
                                id -> new HashSet<>())
                        .add(event.path("type").asText().substring("az.balans.recharge.".length()));
            } else {
                unacceptable++;
            }
        }
        assertTrue(records.size() > acceptable.size() + unacceptable, "the stream has duplicates");
        assertTrue(unacceptable > 0, "the stream has malformed records");

        try (RechargeTopics topics = new RechargeTopics(bootstrapServers)) {
            records.forEach(record -> topics.sendAsync(record.key(), record.value()));
            topics.flush();
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () ->
                                    Rows.count(
                                                    database,
                                                    "select count(*) from recharge_event where event_id like 'evt-"
                                                            + run
                                                            + "-%'")
                                            >= acceptable.size());
            int expectedDeadLetters = unacceptable;
            int deadLetters =
                    topics.deadLetters(
                                    record ->
                                            new String(record.value(), StandardCharsets.UTF_8)
                                                    .contains(run),
                                    expectedDeadLetters,
                                    Duration.ofMinutes(2))
                            .size();
            assertEquals(
                    unacceptable,
                    deadLetters,
                    "each unacceptable record dead-lettered exactly once");
        }

        assertEquals(
                acceptable.size(),
                Rows.count(
                        database,
                        "select count(*) from recharge_event where event_id like 'evt-"
                                + run
                                + "-%'"),
                "each acceptable event stored exactly once");
        assertEquals(
                records.size(),
                acceptable.size() + unacceptable + duplicates(records),
                "produced = stored + dead-lettered + redelivered");

        Map<String, Long> expectedStates = new TreeMap<>();
        typesByAttempt
                .values()
                .forEach(
                        types ->
                                expectedStates.merge(
                                        types.contains("reversed")
                                                ? "reversed"
                                                : types.contains("succeeded")
                                                        ? "succeeded"
                                                        : types.contains("failed")
                                                                ? "failed"
                                                                : "requested",
                                        1L,
                                        Long::sum));
        Map<String, Long> actualStates = new TreeMap<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query =
                        connection.prepareStatement(
                                "select state, count(*) from attempt where attempt_id like 'att-"
                                        + run
                                        + "-%' group by state");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                actualStates.put(rows.getString(1), rows.getLong(2));
            }
        }
        assertEquals(expectedStates, actualStates);
    }

    private static int duplicates(List<RechargeEventStream.Record> records) {
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (RechargeEventStream.Record record : records) {
            if (record.acceptable() && !seen.add(record.eventId())) {
                duplicates++;
            }
        }
        return duplicates;
    }
}
