package az.balans.history.messaging;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;

/**
 * Sets a record aside on recharge-events-dlq: the original key and bytes, untouched, with where it
 * came from and why it was refused in headers (the names SmallRye's own dead-letter strategy uses).
 * The dead letter joins the trace its producer started (the record's {@code traceparent} header), so
 * a refused event is followed from the payment system to the dead-letter topic as one trace.
 */
@ApplicationScoped
public class DeadLetters {

    private final Emitter<byte[]> emitter;
    private final OpenTelemetry openTelemetry;

    DeadLetters(@Channel("recharge-events-dlq") Emitter<byte[]> emitter, OpenTelemetry openTelemetry) {
        this.emitter = emitter;
        this.openTelemetry = openTelemetry;
    }

    /** @return completes when Kafka acknowledged the dead letter */
    public CompletableFuture<Void> send(ConsumerRecord<String, byte[]> record, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-partition", String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        Context producer = openTelemetry.getPropagators().getTextMapPropagator()
                .extract(Context.root(), record.headers(), KafkaHeaders.GETTER);
        emitter.send(Message.of(record.value() == null ? new byte[0] : record.value(),
                Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers).build(),
                        TracingMetadata.withCurrent(producer)),
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

    /** Reads trace context from a record's headers, as SmallRye's connector writes it there. */
    private enum KafkaHeaders implements TextMapGetter<Headers> {
        GETTER;

        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    }
}
