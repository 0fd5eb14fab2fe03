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
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

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
    private final MutinyEmitter<String> emitter;
    private final ObjectMapper json;
    private final CatalogConfig.Outbox config;
    private final Counter published;
    private final Counter failedRuns;
    private final Clock clock;

    CatalogChangeRelay(
            CatalogChangeRepository changes,
            @Channel("catalog-changes") MutinyEmitter<String> emitter,
            ObjectMapper json,
            CatalogConfig config,
            MeterRegistry metrics,
            Clock clock) {
        this.clock = clock;
        this.changes = changes;
        this.emitter = emitter;
        this.json = json;
        this.config = config.outbox();
        this.published = metrics.counter("catalog.changes.published");
        this.failedRuns = metrics.counter("catalog.changes.relay.failures");
    }

    @Scheduled(
            every = "${catalog.outbox.relay-interval:1s}",
            delayed = "${catalog.outbox.relay-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void relay() {
        List<CatalogChange> pending = changes.lockUnpublished(config.batchSize());
        for (CatalogChange change : pending) {
            String payload = payload(change);
            try {
                // Kafka's acknowledgement (or refusal), or the send timeout, whichever comes first
                emitter.sendMessage(
                                KafkaRecord.of(change.entity + ":" + change.entityId, payload)
                                        .addMetadata(
                                                TracingMetadata.withCurrent(
                                                        TraceParent.toContext(change.traceParent))))
                        .await()
                        .atMost(config.sendTimeout());
            } catch (RuntimeException e) {
                failedRuns.increment();
                LOG.warnf(
                        "catalog-changes unavailable (%s); %d change(s) wait for the next run",
                        e.getMessage(), pending.size() - pending.indexOf(change));
                return;
            }
            change.publishedAt = clock.instant();
            published.increment();
        }
    }

    private String payload(CatalogChange change) {
        try {
            return json.writeValueAsString(
                    new CatalogChangeEvent(
                            change.id,
                            change.entity,
                            change.entityId,
                            change.change,
                            change.version,
                            change.occurredAt));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a catalog change event", e);
        }
    }
}
