package az.balans.catalog.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads catalog-changes from the beginning, as a subscriber such as the advisor would. */
final class CatalogChangesTopic implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final List<JsonNode> received = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    CatalogChangesTopic(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        consumer.subscribe(List.of("catalog-changes"));
    }

    /** Every event received so far about one record, in the order published. */
    List<JsonNode> eventsFor(String entity, String id) {
        consumer.poll(Duration.ofMillis(300)).forEach(record -> {
            try {
                received.add(JSON.readTree(record.value()));
                keys.add(record.key());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<JsonNode> events = new ArrayList<>();
        for (int i = 0; i < received.size(); i++) {
            JsonNode event = received.get(i);
            if (event.path("entity").asText().equals(entity) && event.path("id").asText().equals(id)) {
                if (!keys.get(i).equals(entity + ":" + id)) {
                    throw new AssertionError("event keyed " + keys.get(i) + " instead of " + entity + ":" + id);
                }
                events.add(event);
            }
        }
        return events;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
