package az.balans.bench;

import az.balans.local.infra.BalansTopics;
import az.balans.local.infra.demo.RechargeEventStream;
import az.balans.local.stack.LocalStack;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The outage drills of the test suite at a hundred thousand events: a steady feed into
 * recharge-events, and a third of the way in, PostgreSQL or the broker taken away for
 * {@link BenchSettings#outage()} and brought back, with no service restarted. Each drill writes
 * how long history took to resume, how many events waited meanwhile, how long the backlog took to
 * drain, and checks the ledger: every acceptable event stored once, every other one dead-lettered once.
 */
final class OutageDrills {

    enum Dependency {
        DATABASE("database"),
        BROKER("broker");

        final String label;

        Dependency(String label) {
            this.label = label;
        }
    }

    private final BenchSettings settings;
    private final LocalStack suite;
    private final Figures figures;

    OutageDrills(BenchSettings settings, LocalStack suite, Figures figures) {
        this.settings = settings;
        this.suite = suite;
        this.figures = figures;
    }

    static String figure(Dependency dependency, String what) {
        return "drill: " + dependency.label + " outage, " + what;
    }

    /** @return the numbers whose records the drill stored */
    List<String> run(Dependency dependency) throws Exception {
        String runId =
                "drill-" + dependency.label + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<RechargeEventStream.Record> records =
                new RechargeEventStream(77, runId, 0, 0, 0.01)
                        .attempts(
                                settings.drillEvents() / 2,
                                Instant.now().minus(Duration.ofHours(1)),
                                Duration.ofMinutes(30));
        Set<String> storable = new HashSet<>();
        int unacceptable = 0;
        for (RechargeEventStream.Record record : records) {
            if (record.acceptable()) {
                storable.add(record.eventId());
            } else {
                unacceptable++;
            }
        }
        String historyDatabase = suite.postgresAdmin().jdbcUrlOf("history");
        AtomicInteger sent = new AtomicInteger();
        long paceNanos = settings.drillFeed().toNanos() / records.size();
        Thread feed = new Thread(() -> produce(records, sent, paceNanos), "drill-feed");
        feed.start();

        while (sent.get() < records.size() / 3) {
            Thread.sleep(20);
        }
        Bench.say(
                "Drill: %s away for %d s, %d of %d records sent",
                dependency.label, settings.outage().toSeconds(), sent.get(), records.size());
        int sentAtOutage = sent.get();
        if (dependency == Dependency.DATABASE) {
            suite.stopPostgres();
        } else {
            suite.stopKafka();
        }
        Thread.sleep(settings.outage().toMillis());
        if (dependency == Dependency.DATABASE) {
            suite.startPostgres();
        } else {
            suite.startKafka();
        }
        long back = System.nanoTime();
        int sentMeanwhile = sent.get() - sentAtOutage;
        int storedAtReturn = stored(historyDatabase, runId);
        int waiting = sent.get() - storedAtReturn;
        while (stored(historyDatabase, runId) <= storedAtReturn) {
            Thread.sleep(20);
            if (System.nanoTime() - back > Duration.ofMinutes(5).toNanos()) {
                throw new IllegalStateException(
                        "history did not resume within 5 minutes of the "
                                + dependency.label
                                + " coming back");
            }
        }
        double resumeSeconds = (System.nanoTime() - back) / 1e9;
        feed.join();
        while (stored(historyDatabase, runId) < storable.size()) {
            Thread.sleep(100);
            if (System.nanoTime() - back > Duration.ofMinutes(10).toNanos()) {
                throw new IllegalStateException(
                        "history stored "
                                + stored(historyDatabase, runId)
                                + " of "
                                + storable.size()
                                + " events within 10 minutes of the "
                                + dependency.label
                                + " coming back");
            }
        }
        double drainSeconds = (System.nanoTime() - back) / 1e9;
        DeadLetterCount deadLetters = deadLetters(runId, unacceptable);
        int stored = stored(historyDatabase, runId);

        figures.add(figure(dependency, "events in the drill"), "events", records.size());
        figures.add(figure(dependency, "events sent while away"), "events", sentMeanwhile);
        figures.add(figure(dependency, "events waiting when it came back"), "events", waiting);
        figures.add(
                figure(dependency, "seconds from its return to history storing again"),
                "s",
                resumeSeconds);
        figures.add(
                figure(dependency, "seconds from its return to every event stored"),
                "s",
                drainSeconds);
        figures.add(
                figure(dependency, "events lost (acceptable, not stored)"),
                "events",
                storable.size() - stored);
        figures.add(
                figure(dependency, "records dead-lettered, of " + unacceptable + " unacceptable"),
                "records",
                deadLetters.distinct());
        figures.add(
                figure(dependency, "records dead-lettered twice"),
                "records",
                deadLetters.total() - deadLetters.distinct());
        Bench.say(
                "Drill: %s back, history storing again after %.2f s, all %d stored after %.1f s; %d of %d dead-lettered (%d twice)",
                dependency.label,
                resumeSeconds,
                stored,
                drainSeconds,
                deadLetters.distinct(),
                unacceptable,
                deadLetters.total() - deadLetters.distinct());
        return records.stream()
                .filter(RechargeEventStream.Record::acceptable)
                .map(RechargeEventStream.Record::key)
                .distinct()
                .toList();
    }

    private void produce(
            List<RechargeEventStream.Record> records, AtomicInteger sent, long paceNanos) {
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                "localhost:" + settings.kafkaPort(),
                                ProducerConfig.ACKS_CONFIG,
                                "all",
                                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                                true,
                                ProducerConfig.LINGER_MS_CONFIG,
                                5,
                                // a payment system holds what it cannot send while the broker is
                                // away, rather than failing it
                                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                                300_000,
                                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                                300_000,
                                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class.getName(),
                                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class.getName()))) {
            long next = System.nanoTime();
            for (RechargeEventStream.Record record : records) {
                producer.send(
                        new ProducerRecord<>(
                                BalansTopics.RECHARGE_EVENTS, record.key(), record.value()),
                        (metadata, failure) -> {
                            if (failure != null) {
                                Bench.say(
                                        "Drill feed: a record was not delivered: %s",
                                        failure.getMessage());
                            }
                        });
                sent.incrementAndGet();
                next += paceNanos;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            producer.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until history holds {@code expected} events of the run. */
    static void awaitStored(String historyDatabase, String runId, int expected, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (stored(historyDatabase, runId) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "history stored "
                                + stored(historyDatabase, runId)
                                + " of "
                                + expected
                                + " events of "
                                + runId
                                + " within "
                                + within.toMinutes()
                                + " min");
            }
            Thread.sleep(100);
        }
    }

    /** Events of this run in history's store; -1 while the database is away. */
    static int stored(String historyDatabase, String runId) {
        try (Connection connection = DriverManager.getConnection(historyDatabase, "postgres", "");
                PreparedStatement count =
                        connection.prepareStatement(
                                "select count(*) from recharge_event where attempt_id like ?")) {
            count.setString(1, "att-" + runId + "-%");
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            return -1;
        }
    }

    private record DeadLetterCount(int total, int distinct) {}

    /** Reads the dead-letter topic for this run's records until the expected number have come, or a minute passed. */
    private DeadLetterCount deadLetters(String runId, int expected) {
        int total = 0;
        Set<String> positions = new HashSet<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                "localhost:" + settings.kafkaPort(),
                                ConsumerConfig.GROUP_ID_CONFIG,
                                "drill-dlq-" + runId,
                                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                                "earliest",
                                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                                StringDeserializer.class.getName(),
                                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                                StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(BalansTopics.RECHARGE_EVENTS_DLQ));
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            int quietPolls = 0;
            while (System.nanoTime() < deadline
                    && (positions.size() < expected || quietPolls < 3)) {
                int found = 0;
                for (ConsumerRecord<String, String> record :
                        consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null && record.value().contains(runId)) {
                        total++;
                        found++;
                        positions.add(
                                header(record, "dead-letter-partition")
                                        + "@"
                                        + header(record, "dead-letter-offset"));
                    }
                }
                quietPolls = found == 0 ? quietPolls + 1 : 0;
            }
        }
        return new DeadLetterCount(total, positions.size());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
