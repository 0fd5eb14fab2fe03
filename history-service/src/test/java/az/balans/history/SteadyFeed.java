package az.balans.history;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A payment system feeding recharge-events at a steady pace from a thread of its own, through
 * whatever happens to the database or the broker meanwhile: attempts that succeed or fail, with
 * records that can never be accepted mixed in. It knows what every attempt must end as.
 */
final class SteadyFeed implements AutoCloseable {

    /** Every {@code BAD_EVERY}th attempt is followed by a record that breaks the schema. */
    private static final int BAD_EVERY = 25;

    /** Every {@code REFUSED_EVERY}th attempt also gets an event from {@link #REFUSED_SOURCE}. */
    private static final int REFUSED_EVERY = 40;

    static final String REFUSED_SOURCE = "/payments/refused-by-the-database";

    private record Outgoing(String key, String value) {}

    private final String run;
    private final int attempts;
    private final List<Outgoing> records = new ArrayList<>();
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicInteger sent = new AtomicInteger();
    private final Thread thread;
    private int storable;
    private int unacceptable;
    private int refused;

    SteadyFeed(
            String bootstrapServers, String run, int attempts, boolean withRefused, int perSecond) {
        this.run = run;
        this.attempts = attempts;
        for (int i = 0; i < attempts; i++) {
            String number = number(i);
            String attempt = attemptId(i);
            records.add(
                    new Outgoing(
                            number,
                            RechargeTopics.event(
                                    run + "-" + i + "-r",
                                    "requested",
                                    attempt,
                                    "2026-11-25T08:00:00Z",
                                    number,
                                    "nar-plus",
                                    "nar")));
            records.add(
                    new Outgoing(
                            number,
                            RechargeTopics.event(
                                    run + "-" + i + "-" + outcome(i),
                                    outcome(i),
                                    attempt,
                                    "2026-11-25T08:00:09Z",
                                    number,
                                    "nar-plus",
                                    "nar")));
            storable += 2;
            if (i % BAD_EVERY == 0) {
                records.add(
                        new Outgoing(
                                number,
                                RechargeTopics.event(
                                                run + "-" + i + "-bad",
                                                "requested",
                                                attempt,
                                                "2026-11-25T08:00:00Z",
                                                number,
                                                "nar-plus",
                                                "nar")
                                        .replace("\"amount\":\"10.00\"", "\"amount\":10")));
                unacceptable++;
            }
            if (withRefused && i % REFUSED_EVERY == 7) {
                records.add(
                        new Outgoing(
                                number,
                                RechargeTopics.event(
                                                run + "-" + i + "-refused",
                                                "requested",
                                                attempt,
                                                "2026-11-25T08:00:00Z",
                                                number,
                                                "nar-plus",
                                                "nar")
                                        .replace("/payments/test", REFUSED_SOURCE)));
                unacceptable++;
                refused++;
            }
        }
        producer =
                new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrapServers,
                                ProducerConfig.ACKS_CONFIG,
                                "all",
                                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                                true,
                                ProducerConfig.LINGER_MS_CONFIG,
                                5,
                                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class.getName(),
                                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                                ByteArraySerializer.class.getName()));
        long pauseNanos = 1_000_000_000L / perSecond;
        thread =
                new Thread(
                        () -> {
                            long next = System.nanoTime();
                            for (Outgoing record : records) {
                                producer.send(
                                        new ProducerRecord<>(
                                                "recharge-events",
                                                record.key(),
                                                record.value().getBytes(StandardCharsets.UTF_8)));
                                sent.incrementAndGet();
                                next += pauseNanos;
                                long wait = next - System.nanoTime();
                                if (wait > 0) {
                                    try {
                                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                                    } catch (InterruptedException e) {
                                        return;
                                    }
                                }
                            }
                            producer.flush();
                        },
                        "steady-feed");
        thread.start();
    }

    static String number(int i) {
        return "+99450%07d".formatted(1_000_000 + i);
    }

    String attemptId(int i) {
        return run + "-attempt-" + i;
    }

    static String outcome(int i) {
        return i % 3 == 0 ? "failed" : "succeeded";
    }

    int attempts() {
        return attempts;
    }

    int produced() {
        return records.size();
    }

    int sent() {
        return sent.get();
    }

    /** Events that must be stored: every one but the unacceptable. */
    int storable() {
        return storable;
    }

    /** Records that must be dead-lettered, each exactly once. */
    int unacceptable() {
        return unacceptable;
    }

    /** Of the unacceptable records, those only the database refuses (the schema accepts them). */
    int refused() {
        return refused;
    }

    /** Waits until every record is handed to the producer and acknowledged by the broker. */
    void finish() throws InterruptedException {
        thread.join();
    }

    @Override
    public void close() {
        thread.interrupt();
        producer.close();
    }
}
