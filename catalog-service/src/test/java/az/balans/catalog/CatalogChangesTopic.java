package az.balans.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads catalog-changes from the beginning, as a subscriber such as the advisor would. */
public final class CatalogChangesTopic implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaCompanion companion;
    private final ConsumerTask<String, String> received;

    public CatalogChangesTopic(String bootstrapServers) {
        companion = new KafkaCompanion(bootstrapServers);
        received = companion.consumeStrings().fromTopics("catalog-changes");
    }

    /** Every event received so far about one record, in the order published. */
    public List<JsonNode> eventsFor(String entity, String id) {
        return received.getRecords().stream()
                .filter(record -> about(record, entity, id))
                .peek(
                        record -> {
                            if (!(entity + ":" + id).equals(record.key())) {
                                throw new AssertionError(
                                        "event keyed "
                                                + record.key()
                                                + " instead of "
                                                + entity
                                                + ":"
                                                + id);
                            }
                        })
                .map(record -> json(record.value()))
                .toList();
    }

    private static boolean about(ConsumerRecord<String, String> record, String entity, String id) {
        JsonNode event = json(record.value());
        return event.path("entity").asText().equals(entity) && event.path("id").asText().equals(id);
    }

    private static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        received.stop();
        companion.close();
    }
}
