package az.balans.catalog.messaging;

import az.balans.catalog.config.CatalogConfig;
import az.balans.catalog.repository.CatalogChange;
import az.balans.catalog.repository.CatalogChangeRepository;
import az.balans.platform.tracing.TraceParent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes the outbox to catalog-changes, oldest first. A change is marked published only after
 * Kafka acknowledged it; when Kafka is away the run stops at the first failure and the next run
 * starts again from there, so nothing is lost and order is kept (a change may be published twice
 * if the acknowledgement is lost: readers compare versions). Each change is published in the trace
 * of the write that made it.
 */
@ApplicationScoped
public class CatalogChangeRelay {

    private static final Logger LOG = Logger.getLogger(CatalogChangeRelay.class);

    private final CatalogChangeRepository changes;
    private final Emitter<String> emitter;
    private final ObjectMapper json;
    private final CatalogConfig.Outbox config;
    private final Counter published;
    private final Counter failedRuns;
    private final Clock clock;

    CatalogChangeRelay(CatalogChangeRepository changes, @Channel("catalog-changes") Emitter<String> emitter,
                       ObjectMapper json, CatalogConfig config, MeterRegistry metrics, Clock clock) {
        this.clock = clock;
        this.changes = changes;
        this.emitter = emitter;
        this.json = json;
        this.config = config.outbox();
        this.published = metrics.counter("catalog.changes.published");
        this.failedRuns = metrics.counter("catalog.changes.relay.failures");
    }

    @Scheduled(every = "${catalog.outbox.relay-interval:1s}", delayed = "${catalog.outbox.relay-delay:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void relay() {
        List<CatalogChange> pending = changes.lockUnpublished(config.batchSize());
        for (CatalogChange change : pending) {
            try {
                publish(change);
            } catch (ExecutionException | TimeoutException e) {
                failedRuns.increment();
                LOG.warnf("catalog-changes unavailable (%s); %d change(s) wait for the next run", e.getMessage(),
                        pending.size() - pending.indexOf(change));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            change.publishedAt = clock.instant();
            published.increment();
        }
    }

    private void publish(CatalogChange change) throws ExecutionException, TimeoutException, InterruptedException {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        Message<String> message = Message.of(payload(change),
                Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withKey(change.entity + ":" + change.entityId).build(),
                        TracingMetadata.withCurrent(TraceParent.toContext(change.traceParent))),
                () -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        acknowledged.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private String payload(CatalogChange change) {
        try {
            return json.writeValueAsString(new CatalogChangeEvent(change.id, change.entity, change.entityId, change.change,
                    change.version, change.occurredAt));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a catalog change event", e);
        }
    }
}
