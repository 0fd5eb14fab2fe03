package az.balans.history;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** A payment system's side of recharge-events, and a reader of the dead-letter topic. */
final class RechargeTopics implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;

    RechargeTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    void send(String key, String value) {
        send(key, value.getBytes(StandardCharsets.UTF_8));
    }

    void send(String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>("recharge-events", key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("could not produce to recharge-events", e);
        }
    }

    /** Sends with headers (a traced payment system's {@code traceparent}, say), waiting for the acknowledgement. */
    void send(String key, String value, Map<String, String> headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("recharge-events", key, value.getBytes(StandardCharsets.UTF_8));
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("could not produce to recharge-events", e);
        }
    }

    /** Sends without waiting for each acknowledgement; {@link #flush()} waits for all. */
    void sendAsync(String key, String value) {
        producer.send(new ProducerRecord<>("recharge-events", key, value.getBytes(StandardCharsets.UTF_8)));
    }

    void flush() {
        producer.flush();
    }

    /** Waits until {@code expected} dead letters matching {@code ours} are on the topic, and returns them in order. */
    List<ConsumerRecord<String, byte[]>> deadLetters(Predicate<ConsumerRecord<String, byte[]>> ours, int expected, Duration within) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
            consumer.subscribe(List.of("recharge-events-dlq"));
            await().atMost(within).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (ours.test(record)) {
                        found.add(record);
                    }
                });
                return found.size() >= expected;
            });
            // anything more that arrives shortly after is a duplicate dead letter, which is a failure too
            consumer.poll(Duration.ofSeconds(1)).forEach(record -> {
                if (ours.test(record)) {
                    found.add(record);
                }
            });
        }
        return found;
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    static String event(String id, String type, String attemptId, String time, String msisdn, String channel, String carrier) {
        return """
                {"specversion":"1.0","id":"%s","type":"az.balans.recharge.%s","source":"/payments/test",
                 "time":"%s","datacontenttype":"application/json",
                 "data":{"attemptId":"%s","msisdn":"%s","carrier":"%s","channelId":"%s",
                         "paymentMethod":"cash","amount":"10.00","currency":"AZN"%s}}
                """.formatted(id, type, time, attemptId, msisdn, carrier, channel,
                type.equals("failed") ? ",\"failureCode\":\"OPERATOR_UNAVAILABLE_OR_CURRENTLY_INACTIVE\"" : "");
    }

    @Override
    public void close() {
        producer.close();
    }
}
