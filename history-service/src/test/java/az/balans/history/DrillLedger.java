package az.balans.history;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What a drill's feed must have left behind: every event stored once or dead-lettered once, and each attempt in its state. */
final class DrillLedger {

    private DrillLedger() {}

    /** A rule of the database's own, which the event schema knows nothing of, refuses the feed's marked events. */
    static void refuseMarkedEvents(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "alter table recharge_event add constraint drill_refuses_source check (source <> '"
                            + SteadyFeed.REFUSED_SOURCE
                            + "')");
        }
    }

    static int storedEvents(DataSource dataSource, String run) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count =
                        connection.prepareStatement(
                                "select count(*) from recharge_event where event_id like ?")) {
            count.setString(1, run + "-%");
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Waits for the store to hold every storable event, then checks the whole ledger. */
    static void assertBalanced(
            SteadyFeed feed,
            DataSource dataSource,
            RechargeTopics topics,
            String run,
            Duration within) {
        await().atMost(within)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> storedEvents(dataSource, run) >= feed.storable());
        List<ConsumerRecord<String, byte[]>> deadLetters =
                topics.deadLetters(
                        record ->
                                new String(record.value(), StandardCharsets.UTF_8)
                                        .contains("\"" + run + "-"),
                        feed.unacceptable(),
                        within);

        assertEquals(
                feed.produced(),
                feed.storable() + feed.unacceptable(),
                "the feed's own arithmetic");
        assertEquals(
                feed.storable(),
                storedEvents(dataSource, run),
                "stored: every acceptable event, once");
        assertEquals(
                feed.unacceptable(),
                deadLetters.size(),
                "dead-lettered: every unacceptable record, once");
        assertEquals(
                feed.unacceptable(),
                deadLetters.stream()
                        .map(
                                record ->
                                        RechargeTopics.header(record, "dead-letter-partition")
                                                + "@"
                                                + RechargeTopics.header(
                                                        record, "dead-letter-offset"))
                        .collect(Collectors.toSet())
                        .size(),
                "no record dead-lettered twice");
        assertEquals(
                feed.refused(),
                deadLetters.stream()
                        .filter(
                                record ->
                                        RechargeTopics.header(record, "dead-letter-reason")
                                                .equals("refused by the database (SQLSTATE 23514)"))
                        .count(),
                "the events the database refused, told apart from an outage and set aside with the reason");

        Map<String, String> expected = new HashMap<>();
        for (int i = 0; i < feed.attempts(); i++) {
            expected.put(feed.attemptId(i), SteadyFeed.outcome(i));
        }
        assertEquals(expected, attemptStates(dataSource, run));
    }

    private static Map<String, String> attemptStates(DataSource dataSource, String run) {
        Map<String, String> states = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement(
                                "select attempt_id, state from attempt where attempt_id like ?")) {
            select.setString(1, run + "-attempt-%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    states.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("could not read the attempts", e);
        }
        return states;
    }
}
