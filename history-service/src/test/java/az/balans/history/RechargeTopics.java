package az.balans.history;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.ProducerBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/** A payment system's side of recharge-events, and a reader of the dead-letter topic (SmallRye's Kafka test companion). */
public final class RechargeTopics implements AutoCloseable {

    private final KafkaCompanion companion;
    private final ProducerBuilder<String, byte[]> producer;
    private final List<ProducerRecord<String, byte[]>> unsent = new ArrayList<>();

    public RechargeTopics(String bootstrapServers) {
        companion = new KafkaCompanion(bootstrapServers);
        producer = companion.produce(String.class, byte[].class);
    }

    public void send(String key, String value) {
        send(key, value.getBytes(StandardCharsets.UTF_8));
    }

    public void send(String key, byte[] value) {
        send(new ProducerRecord<>("recharge-events", key, value));
    }

    /** Sends with headers (a traced payment system's {@code traceparent}, say), waiting for the acknowledgement. */
    public void send(String key, String value, Map<String, String> headers) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(
                        "recharge-events", key, value.getBytes(StandardCharsets.UTF_8));
        headers.forEach(
                (name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        send(record);
    }

    private void send(ProducerRecord<String, byte[]> record) {
        producer.fromRecords(record).awaitCompletion();
    }

    /** Holds the record for {@link #flush()}, which sends all held in order and waits for their acknowledgements. */
    public void sendAsync(String key, String value) {
        unsent.add(
                new ProducerRecord<>(
                        "recharge-events", key, value.getBytes(StandardCharsets.UTF_8)));
    }

    public void flush() {
        if (!unsent.isEmpty()) {
            producer.fromRecords(List.copyOf(unsent)).awaitCompletion(Duration.ofMinutes(2));
            unsent.clear();
        }
    }

    /** Waits until {@code expected} dead letters matching {@code ours} are on the topic, and returns them in order. */
    public List<ConsumerRecord<String, byte[]>> deadLetters(
            Predicate<ConsumerRecord<String, byte[]>> ours, int expected, Duration within) {
        ConsumerTask<String, byte[]> deadLetters =
                companion
                        .consume(String.class, byte[].class)
                        .fromTopics(
                                Set.of("recharge-events-dlq"),
                                records -> records.select().where(ours));
        try {
            deadLetters.awaitRecords(expected, within);
            // anything more that arrives shortly after is a duplicate dead letter, which is a
            // failure too
            Thread.sleep(1000);
            return List.copyOf(deadLetters.getRecords());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while reading the dead letters", e);
        } finally {
            deadLetters.stop();
        }
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String event(
            String id,
            String type,
            String attemptId,
            String time,
            String msisdn,
            String channel,
            String carrier) {
        return """
                {"specversion":"1.0","id":"%s","type":"az.balans.recharge.%s","source":"/payments/test",
                 "time":"%s","datacontenttype":"application/json",
                 "data":{"attemptId":"%s","msisdn":"%s","carrier":"%s","channelId":"%s",
                         "paymentMethod":"cash","amount":"10.00","currency":"AZN"%s}}
                """
                .formatted(
                        id,
                        type,
                        time,
                        attemptId,
                        msisdn,
                        carrier,
                        channel,
                        type.equals("failed")
                                ? ",\"failureCode\":\"OPERATOR_UNAVAILABLE_OR_CURRENTLY_INACTIVE\""
                                : "");
    }

    @Override
    public void close() {
        producer.close();
        companion.close();
    }
}
