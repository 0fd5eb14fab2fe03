package az.balans.history.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * Sets a record aside on recharge-events-dlq: the original key and bytes, untouched, with where it
 * came from and why it was refused in headers (the names SmallRye's own dead-letter strategy uses).
 */
@ApplicationScoped
public class DeadLetters {

    private final Emitter<byte[]> emitter;

    DeadLetters(@Channel("recharge-events-dlq") Emitter<byte[]> emitter) {
        this.emitter = emitter;
    }

    /** @return completes when Kafka acknowledged the dead letter */
    public CompletableFuture<Void> send(ConsumerRecord<String, byte[]> record, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-partition", String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        emitter.send(Message.of(record.value() == null ? new byte[0] : record.value(),
                Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers).build()),
                () -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acknowledged;
    }
}
