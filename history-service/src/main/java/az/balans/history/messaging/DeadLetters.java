package az.balans.history.messaging;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.tracing.KafkaTrace;
import io.smallrye.reactive.messaging.kafka.tracing.KafkaTraceTextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Sets a record aside on recharge-events-dlq: the original key and bytes, untouched, with where it
 * came from and why it was refused in headers (the names SmallRye's own dead-letter strategy uses).
 * The dead letter joins the trace its producer started (the record's {@code traceparent} header), so
 * a refused event is followed from the payment system to the dead-letter topic as one trace.
 */
@ApplicationScoped
public class DeadLetters {

    private final MutinyEmitter<byte[]> emitter;
    private final OpenTelemetry openTelemetry;

    DeadLetters(
            @Channel("recharge-events-dlq") MutinyEmitter<byte[]> emitter,
            OpenTelemetry openTelemetry) {
        this.emitter = emitter;
        this.openTelemetry = openTelemetry;
    }

    /** @return completes when Kafka acknowledged the dead letter */
    public CompletableFuture<Void> send(ConsumerRecord<String, byte[]> record, String reason) {
        // read from the record's headers with the connector's own getter, as its consumer spans do
        Context producer =
                openTelemetry
                        .getPropagators()
                        .getTextMapPropagator()
                        .extract(
                                Context.root(),
                                new KafkaTrace.Builder().withHeaders(record.headers()).build(),
                                KafkaTraceTextMapGetter.INSTANCE);
        Message<byte[]> deadLetter =
                KafkaRecord.of(record.key(), record.value() == null ? new byte[0] : record.value())
                        .withHeader("dead-letter-reason", reason)
                        .withHeader("dead-letter-topic", record.topic())
                        .withHeader("dead-letter-partition", String.valueOf(record.partition()))
                        .withHeader("dead-letter-offset", String.valueOf(record.offset()))
                        .addMetadata(TracingMetadata.withCurrent(producer));
        return emitter.sendMessage(deadLetter).subscribeAsCompletionStage();
    }

    /**
     * Sets aside a provider's payload that cannot be told as a recharge event: its bytes as the
     * provider sent them, keyed by the provider, with the reason and the provider in headers.
     *
     * @return completes when Kafka acknowledged the dead letter
     */
    public CompletableFuture<Void> sendProviderPayload(
            String provider, byte[] payload, String reason) {
        Message<byte[]> deadLetter =
                KafkaRecord.of(provider, payload == null ? new byte[0] : payload)
                        .withHeader("dead-letter-reason", reason)
                        .withHeader("dead-letter-provider", provider);
        return emitter.sendMessage(deadLetter).subscribeAsCompletionStage();
    }
}
