package az.balans.bench;

import az.balans.local.infra.BalansTopics;
import az.balans.local.infra.PostgresAdmin;
import az.balans.local.infra.demo.RechargeEventStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * History's ingest beside its two yardsticks, on the same events, PostgreSQL and Kafka:
 * <ul>
 *   <li>history-service itself: events produced to recharge-events, timed until its
 *       {@code history_events_accepted_total} counter has counted them all (so they are stored and
 *       folded into attempts, and their offsets about to be committed);</li>
 *   <li>the raw ceiling: the same event rows and attempt rows, already parsed, written by plain
 *       batched JDBC (500 events per transaction, the driver's batch rewriting on as in history)
 *       into a database with history's schema;</li>
 *   <li>a naive consumer: the same records read from Kafka and stored one event per transaction.</li>
 * </ul>
 */
final class IngestBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ACCEPTED =
            Pattern.compile("(?m)^history_events_accepted_total(?:\\{[^}]*})? ([0-9.eE+]+)$");
    private static final int RAW_BATCH = 500;

    private static final String INSERT_EVENT =
            """
            insert into recharge_event (event_id, attempt_id, type, source, occurred_at, msisdn, carrier, channel_id,
                                        amount, currency, failure_code, payload)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
            on conflict (event_id) do nothing
            """;
    private static final String UPSERT_ATTEMPT =
            """
            insert into attempt as a (attempt_id, msisdn, carrier, channel_id, payment_method, amount, currency,
                                      has_requested, has_succeeded, has_failed, has_reversed, first_event_at, last_event_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (attempt_id) do update set
                has_requested = a.has_requested or excluded.has_requested,
                has_succeeded = a.has_succeeded or excluded.has_succeeded,
                has_failed    = a.has_failed or excluded.has_failed,
                has_reversed  = a.has_reversed or excluded.has_reversed,
                first_event_at = least(a.first_event_at, excluded.first_event_at),
                last_event_at  = greatest(a.last_event_at, excluded.last_event_at)
            """;

    /** One event as its rows need it, parsed before any clock starts. */
    private record EventRow(
            String eventId,
            String attemptId,
            String type,
            String source,
            Instant time,
            String msisdn,
            String carrier,
            String channelId,
            String paymentMethod,
            BigDecimal amount,
            String currency,
            String failureCode,
            String payload) {

        static EventRow of(String value) {
            try {
                JsonNode event = JSON.readTree(value);
                JsonNode data = event.get("data");
                return new EventRow(
                        event.get("id").asText(),
                        data.get("attemptId").asText(),
                        event.get("type").asText(),
                        event.get("source").asText(),
                        Instant.parse(event.get("time").asText()),
                        data.get("msisdn").asText(),
                        data.get("carrier").asText(),
                        data.get("channelId").asText(),
                        data.get("paymentMethod").asText(),
                        new BigDecimal(data.get("amount").asText()),
                        data.get("currency").asText(),
                        data.hasNonNull("failureCode") ? data.get("failureCode").asText() : null,
                        value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean is(String kind) {
            return type.endsWith("." + kind);
        }
    }

    private final BenchSettings settings;
    private final PostgresAdmin postgres;
    private final String kafka;
    private final String historyManagementUrl;
    private final long historyProcess;
    private final Figures figures;

    IngestBench(
            BenchSettings settings,
            PostgresAdmin postgres,
            String kafka,
            String historyManagementUrl,
            long historyProcess,
            Figures figures) {
        this.settings = settings;
        this.postgres = postgres;
        this.kafka = kafka;
        this.historyManagementUrl = historyManagementUrl;
        this.historyProcess = historyProcess;
        this.figures = figures;
    }

    /** Two databases beside history's, with its schema: one for the raw ceiling, one for the naive consumer. */
    void prepare() throws IOException, SQLException {
        for (String database : List.of("bench_raw", "bench_naive")) {
            postgres.dropDatabase(database);
            postgres.ensureDatabase(database, database, database);
            try (Connection connection = connect(database);
                    Statement statement = connection.createStatement()) {
                for (Path migration : historyMigrations()) {
                    statement.execute(Files.readString(migration));
                }
            }
        }
    }

    private List<Path> historyMigrations() throws IOException {
        Path folder =
                settings.repository().resolve("history-service/src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(
                            Comparator.comparingInt(
                                    file ->
                                            Integer.parseInt(
                                                    file.getFileName()
                                                            .toString()
                                                            .replaceAll("^V(\\d+)__.*", "$1"))))
                    .toList();
        }
    }

    /** One round of each, measured but not kept: the code paths compiled before the clock counts. */
    void warmUp() throws Exception {
        measure(0, new Figures());
    }

    void measure(int repetition) throws Exception {
        measure(repetition, figures);
    }

    private void measure(int repetition, Figures figures) throws Exception {
        String runId = "bench" + repetition + "-" + Long.toString(System.currentTimeMillis(), 36);
        Instant from = Instant.now().minus(Duration.ofHours(2));
        List<RechargeEventStream.Record> records =
                new RechargeEventStream(1000L + repetition, runId, 0, 0, 0)
                        .attempts(settings.ingestEvents() / 2, from, Duration.ofHours(1));
        List<EventRow> rows = records.stream().map(record -> EventRow.of(record.value())).toList();

        double raw = rows.size() / writeRaw(rows);
        figures.add("ingest: raw batched JDBC, events/s", "events/s", raw);

        Map<TopicPartition, Long> start = endOffsets();
        double history = records.size() / ingestThroughHistory(records);
        figures.add("ingest: history-service, events/s", "events/s", history);

        double naive = settings.naiveEvents() / consumeNaively(start, settings.naiveEvents());
        figures.add(
                "ingest: naive consumer (a transaction per event), events/s", "events/s", naive);
    }

    /** @return seconds to write every row, 500 events and their attempts per transaction */
    private double writeRaw(List<EventRow> rows) throws SQLException {
        // the same driver setting as history's datasource: batched inserts rewritten into multi-row
        // statements
        try (Connection connection =
                DriverManager.getConnection(
                        postgres.jdbcUrlOf("bench_raw") + "?reWriteBatchedInserts=true",
                        "bench_raw",
                        "bench_raw")) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement events = connection.prepareStatement(INSERT_EVENT);
                    PreparedStatement attempts = connection.prepareStatement(UPSERT_ATTEMPT)) {
                for (int from = 0; from < rows.size(); from += RAW_BATCH) {
                    List<EventRow> batch =
                            rows.subList(from, Math.min(rows.size(), from + RAW_BATCH));
                    for (EventRow row : batch) {
                        bindEvent(events, row);
                        events.addBatch();
                    }
                    events.executeBatch();
                    // one row per attempt per statement, as history writes them (a multi-row upsert
                    // may not touch a row twice)
                    Map<String, EventRow> byAttempt = new LinkedHashMap<>();
                    Map<String, boolean[]> kinds = new HashMap<>();
                    for (EventRow row : batch) {
                        byAttempt.putIfAbsent(row.attemptId(), row);
                        boolean[] seen =
                                kinds.computeIfAbsent(row.attemptId(), id -> new boolean[4]);
                        seen[0] |= row.is("requested");
                        seen[1] |= row.is("succeeded");
                        seen[2] |= row.is("failed");
                        seen[3] |= row.is("reversed");
                    }
                    for (EventRow row : byAttempt.values()) {
                        bindAttempt(attempts, row, kinds.get(row.attemptId()));
                        attempts.addBatch();
                    }
                    attempts.executeBatch();
                    connection.commit();
                }
            }
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /**
     * @return seconds from history finding the records waiting until it has accepted them all: they
     * are produced while history is paused (SIGSTOP), so the producer's speed is not measured
     */
    private double ingestThroughHistory(List<RechargeEventStream.Record> records) throws Exception {
        double before = acceptedByHistory();
        Bench.signal("STOP", historyProcess);
        try {
            produceAll(kafka, records);
        } finally {
            Bench.signal("CONT", historyProcess);
        }
        long started = System.nanoTime();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (acceptedByHistory() < before + records.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "history did not accept " + records.size() + " events within 10 min");
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** Sends every record to recharge-events as fast as the broker takes them, and waits for all to be acknowledged. */
    static void produceAll(String kafka, List<RechargeEventStream.Record> records) {
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                kafka,
                                ProducerConfig.ACKS_CONFIG,
                                "all",
                                ProducerConfig.LINGER_MS_CONFIG,
                                5,
                                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class.getName(),
                                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class.getName()))) {
            for (RechargeEventStream.Record record : records) {
                producer.send(
                        new ProducerRecord<>(
                                BalansTopics.RECHARGE_EVENTS, record.key(), record.value()));
            }
            producer.flush();
        }
    }

    /** @return seconds for a consumer that stores each record in a transaction of its own */
    private double consumeNaively(Map<TopicPartition, Long> start, int count) throws SQLException {
        try (KafkaConsumer<String, String> consumer =
                        new KafkaConsumer<>(
                                Map.of(
                                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                        kafka,
                                        ConsumerConfig.GROUP_ID_CONFIG,
                                        "bench-naive-" + System.nanoTime(),
                                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                                        true,
                                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                                        StringDeserializer.class.getName(),
                                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                                        StringDeserializer.class.getName()));
                Connection connection = connect("bench_naive");
                PreparedStatement events = connection.prepareStatement(INSERT_EVENT);
                PreparedStatement attempts = connection.prepareStatement(UPSERT_ATTEMPT)) {
            consumer.assign(start.keySet());
            start.forEach(consumer::seek);
            connection.setAutoCommit(false);
            int stored = 0;
            long started = System.nanoTime();
            while (stored < count) {
                for (ConsumerRecord<String, String> record :
                        consumer.poll(Duration.ofMillis(200))) {
                    if (stored == count) {
                        break;
                    }
                    EventRow row = EventRow.of(record.value());
                    bindEvent(events, row);
                    events.executeUpdate();
                    bindAttempt(
                            attempts,
                            row,
                            new boolean[] {
                                row.is("requested"),
                                row.is("succeeded"),
                                row.is("failed"),
                                row.is("reversed")
                            });
                    attempts.executeUpdate();
                    connection.commit();
                    stored++;
                }
            }
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                                        StringDeserializer.class.getName(),
                                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                                        StringDeserializer.class.getName()))) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(BalansTopics.RECHARGE_EVENTS).stream()
                            .map(
                                    partition ->
                                            new TopicPartition(
                                                    partition.topic(), partition.partition()))
                            .toList();
            return consumer.endOffsets(partitions);
        }
    }

    private double acceptedByHistory() throws IOException, InterruptedException {
        String metrics =
                HTTP.send(
                                HttpRequest.newBuilder(
                                                URI.create(historyManagementUrl + "/q/metrics"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
        Matcher accepted = ACCEPTED.matcher(metrics);
        return accepted.find() ? Double.parseDouble(accepted.group(1)) : 0;
    }

    private static void bindEvent(PreparedStatement statement, EventRow row) throws SQLException {
        statement.setString(1, row.eventId());
        statement.setString(2, row.attemptId());
        statement.setString(3, row.type());
        statement.setString(4, row.source());
        statement.setTimestamp(5, Timestamp.from(row.time()));
        statement.setString(6, row.msisdn());
        statement.setString(7, row.carrier());
        statement.setString(8, row.channelId());
        statement.setBigDecimal(9, row.amount());
        statement.setString(10, row.currency());
        statement.setString(11, row.failureCode());
        statement.setString(12, row.payload());
    }

    private static void bindAttempt(PreparedStatement statement, EventRow row, boolean[] kinds)
            throws SQLException {
        statement.setString(1, row.attemptId());
        statement.setString(2, row.msisdn());
        statement.setString(3, row.carrier());
        statement.setString(4, row.channelId());
        statement.setString(5, row.paymentMethod());
        statement.setBigDecimal(6, row.amount());
        statement.setString(7, row.currency());
        for (int kind = 0; kind < kinds.length; kind++) {
            statement.setBoolean(8 + kind, kinds[kind]);
        }
        statement.setTimestamp(12, Timestamp.from(row.time()));
        statement.setTimestamp(13, Timestamp.from(row.time()));
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrlOf(database), database, database);
    }
}
