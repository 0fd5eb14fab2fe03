package az.balans.history.messaging;

import az.balans.history.service.RechargeEventIngest;
import az.balans.history.service.RechargeEventIngest.Delivery;
import az.balans.platform.number.MobileNumbers;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads recharge-events in batches and hands each, parsed, to {@link RechargeEventIngest}; the
 * method returns only when every record is stored or set aside, and only then are the batch's
 * offsets committed.
 */
@ApplicationScoped
public class RechargeEventConsumer {

    private static final Logger LOG = Logger.getLogger(RechargeEventConsumer.class);

    private final RechargeEventParser parser;
    private final RechargeEventIngest ingest;
    private final DeadLetters deadLetters;

    RechargeEventConsumer(
            RechargeEventParser parser, RechargeEventIngest ingest, DeadLetters deadLetters) {
        this.parser = parser;
        this.ingest = ingest;
        this.deadLetters = deadLetters;
    }

    @Incoming("recharge-events")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        List<Delivery<ConsumerRecord<String, byte[]>>> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            RechargeEventParser.Outcome outcome = parse(record);
            batch.add(
                    new Delivery<>(
                            record,
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            outcome.event(),
                            outcome.rejection()));
        }
        ingest.ingest(batch, this::deadLetter);
    }

    /** A record the parser cannot even read is bad in itself, never a reason to stop the stream. */
    private RechargeEventParser.Outcome parse(ConsumerRecord<String, byte[]> record) {
        try {
            return parser.parse(record.value());
        } catch (RuntimeException e) {
            return new RechargeEventParser.Outcome(
                    null, "unreadable (" + e.getClass().getSimpleName() + ")");
        }
    }

    private CompletableFuture<Void> deadLetter(Delivery<ConsumerRecord<String, byte[]>> refused) {
        ConsumerRecord<String, byte[]> record = refused.record();
        LOG.infof(
                "Dead-lettering %s-%d@%d for %s: %s",
                record.topic(),
                record.partition(),
                record.offset(),
                MobileNumbers.mask(record.key()),
                refused.rejection());
        return deadLetters.send(record, refused.rejection());
    }
}
