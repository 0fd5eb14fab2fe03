package az.balans.local.stack;

import az.balans.local.infra.BalansTopics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Demo recharge events, published once per data directory as a payment system would: one record
 * per event, keyed by the E.164 number. The catalog's demo data is its seed migration.
 */
final class DemoData {

    private static final String EVENTS = "/demo/recharge-events.json";

    private DemoData() {}

    /** @return how many events were published; 0 when this data directory already has them */
    static int publishOnce(String bootstrapServers, Path dataDirectory) throws IOException {
        Path marker = dataDirectory.resolve("demo-events-published");
        if (Files.exists(marker)) {
            return 0;
        }
        JsonNode events;
        try (InputStream in = DemoData.class.getResourceAsStream(EVENTS)) {
            if (in == null) {
                throw new IllegalStateException(EVENTS + " is missing from the stack's resources");
            }
            events = new ObjectMapper().readTree(in);
        }
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrapServers,
                                ProducerConfig.ACKS_CONFIG,
                                "all",
                                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class.getName(),
                                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class.getName()))) {
            for (JsonNode event : events) {
                String key = event.path("data").path("msisdn").asText();
                producer.send(
                                new ProducerRecord<>(
                                        BalansTopics.RECHARGE_EVENTS, key, event.toString()))
                        .get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing demo events", e);
        } catch (ExecutionException e) {
            throw new UncheckedIOException(
                    new IOException(
                            "could not publish demo events: " + e.getCause().getMessage(), e));
        }
        Files.writeString(
                marker,
                "demo recharge events were published to " + BalansTopics.RECHARGE_EVENTS + "\n");
        return events.size();
    }
}
