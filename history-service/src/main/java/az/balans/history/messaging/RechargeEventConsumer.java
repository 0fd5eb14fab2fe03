package az.balans.history.messaging;

import az.balans.history.service.PhoneNumbers;
import az.balans.history.service.ReceivedEvent;
import az.balans.history.service.RechargeEventIngest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads recharge-events in batches. Each batch: the acceptable events are stored in one database
 * transaction, the others are set aside on the dead-letter topic; only when both are done does the
 * method return, and only then are the batch's offsets committed. A crash in between redelivers the
 * batch, which the idempotent store absorbs.
 */
@ApplicationScoped
public class RechargeEventConsumer {

    private static final Logger LOG = Logger.getLogger(RechargeEventConsumer.class);

    private final RechargeEventParser parser;
    private final RechargeEventIngest ingest;
    private final DeadLetters deadLetters;
    private final Counter accepted;
    private final Counter rejected;

    RechargeEventConsumer(RechargeEventParser parser, RechargeEventIngest ingest, DeadLetters deadLetters, MeterRegistry metrics) {
        this.parser = parser;
        this.ingest = ingest;
        this.deadLetters = deadLetters;
        this.accepted = metrics.counter("history.events.accepted");
        this.rejected = metrics.counter("history.events.dead-lettered");
    }

    @Incoming("recharge-events")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        List<ReceivedEvent> events = new ArrayList<>(records.count());
        List<CompletableFuture<Void>> setAside = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            RechargeEventParser.Outcome outcome = parser.parse(record.value());
            if (outcome.event() != null) {
                events.add(outcome.event());
            } else {
                LOG.infof("Dead-lettering %s-%d@%d for %s: %s", record.topic(), record.partition(), record.offset(),
                        PhoneNumbers.mask(record.key()), outcome.rejection());
                setAside.add(deadLetters.send(record, outcome.rejection()));
            }
        }
        if (!events.isEmpty()) {
            ingest.store(events);
        }
        CompletableFuture.allOf(setAside.toArray(CompletableFuture[]::new)).join();
        accepted.increment(events.size());
        rejected.increment(setAside.size());
    }
}
