package az.balans.history.messaging;

import az.balans.history.config.HistoryConfig;
import az.balans.history.service.DeadLetterLedger;
import az.balans.history.service.IngestStatus;
import az.balans.history.service.ReceivedEvent;
import az.balans.history.service.RechargeEventIngest;
import az.balans.history.service.RefusedEventsException;
import az.balans.history.service.SetAside;
import az.balans.platform.number.MobileNumbers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads recharge-events in batches. Each batch: the acceptable events are stored in one database
 * transaction, the others are set aside on the dead-letter topic, each once (a ledger of positions
 * keeps a batch delivered again from sending any twice); only when both are done does the method
 * return, and only then are the batch's offsets committed.
 *
 * <p>Two kinds of failure are told apart. An event that is bad in itself (the parser refuses it, or
 * the database refuses its values) is dead-lettered at once and the rest of the batch is stored. A
 * database or broker that is away is nobody's fault in the batch: the same batch is tried again with
 * growing pauses, nothing is skipped, dead-lettered or committed meanwhile, and {@link IngestStatus}
 * tells the health checks that ingest is waiting.
 */
@ApplicationScoped
public class RechargeEventConsumer {

    private static final Logger LOG = Logger.getLogger(RechargeEventConsumer.class);
    static final String DATABASE = "the database";
    static final String BROKER = "the broker (dead letters)";

    /** A record as read, and the event it holds or why it cannot be accepted. */
    private record Received(
            ConsumerRecord<String, byte[]> record, ReceivedEvent event, String rejection) {
        SetAside setAside() {
            return new SetAside(record.topic(), record.partition(), record.offset(), rejection);
        }
    }

    private final RechargeEventParser parser;
    private final RechargeEventIngest ingest;
    private final DeadLetters deadLetters;
    private final DeadLetterLedger ledger;
    private final IngestStatus status;
    private final HistoryConfig.Ingest config;
    private final Counter accepted;
    private final Counter rejected;
    private final Counter retries;
    private volatile boolean stopping;

    RechargeEventConsumer(
            RechargeEventParser parser,
            RechargeEventIngest ingest,
            DeadLetters deadLetters,
            DeadLetterLedger ledger,
            IngestStatus status,
            HistoryConfig config,
            MeterRegistry metrics) {
        this.parser = parser;
        this.ingest = ingest;
        this.deadLetters = deadLetters;
        this.ledger = ledger;
        this.status = status;
        this.config = config.ingest();
        this.accepted = metrics.counter("history.events.accepted");
        this.rejected = metrics.counter("history.events.dead-lettered");
        this.retries = metrics.counter("history.ingest.retries");
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    @Incoming("recharge-events")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        List<Received> acceptable = new ArrayList<>(records.count());
        List<Received> refused = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            RechargeEventParser.Outcome outcome = parse(record);
            Received received = new Received(record, outcome.event(), outcome.rejection());
            (outcome.event() != null ? acceptable : refused).add(received);
        }
        if (!acceptable.isEmpty()) {
            List<Received> refusedByDatabase = untilDone(DATABASE, () -> store(acceptable));
            Set<ConsumerRecord<String, byte[]>> refusedRecords =
                    refusedByDatabase.stream().map(Received::record).collect(Collectors.toSet());
            acceptable.removeIf(received -> refusedRecords.contains(received.record()));
            refused.addAll(refusedByDatabase);
        }
        if (!refused.isEmpty()) {
            setAside(refused);
        }
        status.flowing();
        accepted.increment(acceptable.size());
        rejected.increment(refused.size());
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

    /** @return the events the database refused, each with its reason; the others are stored */
    private List<Received> store(List<Received> acceptable) {
        try {
            ingest.store(acceptable.stream().map(Received::event).toList());
            return List.of();
        } catch (RefusedEventsException batchRefused) {
            // one or more events are at fault: alone, each good one stores and each bad one is
            // refused
            List<Received> refused = new ArrayList<>();
            for (Received received : acceptable) {
                try {
                    ingest.store(List.of(received.event()));
                } catch (RefusedEventsException e) {
                    refused.add(new Received(received.record(), null, e.reason()));
                }
            }
            return refused;
        }
    }

    /**
     * Dead-letters each refused record once: those the ledger already holds (this batch delivered
     * again) are not sent again, and the others are recorded once the broker has acknowledged them.
     */
    private void setAside(List<Received> refused) {
        Set<SetAside> alreadySetAside =
                untilDone(
                        DATABASE,
                        () ->
                                ledger.alreadySetAside(
                                        refused.stream().map(Received::setAside).toList()));
        List<Received> unsent =
                new ArrayList<>(
                        refused.stream()
                                .filter(received -> !alreadySetAside.contains(received.setAside()))
                                .toList());
        List<SetAside> sent = unsent.stream().map(Received::setAside).toList();
        if (!unsent.isEmpty()) {
            untilDone(BROKER, () -> deadLetter(unsent));
            untilDone(
                    DATABASE,
                    () -> {
                        ledger.record(sent);
                        return null;
                    });
        }
    }

    /** Sends the dead letters, and keeps in {@code unsent} those the broker did not acknowledge. */
    private Void deadLetter(List<Received> unsent) {
        List<CompletableFuture<Void>> sent = new ArrayList<>(unsent.size());
        for (Received received : unsent) {
            ConsumerRecord<String, byte[]> record = received.record();
            LOG.infof(
                    "Dead-lettering %s-%d@%d for %s: %s",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    MobileNumbers.mask(record.key()),
                    received.rejection());
            sent.add(deadLetters.send(record, received.rejection()));
        }
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
            unsent.clear();
        } catch (CompletionException e) {
            for (int i = sent.size() - 1; i >= 0; i--) {
                if (!sent.get(i).isCompletedExceptionally()) {
                    unsent.remove(i);
                }
            }
            throw e;
        }
        return null;
    }

    /**
     * Runs {@code step} until it succeeds, pausing between tries from the first retry delay up to the
     * longest, doubling. An event's own fault never reaches here (it is dead-lettered inside the step);
     * anything else means {@code dependency} is away, so the batch waits for it.
     */
    private <T> T untilDone(String dependency, Supplier<T> step) {
        Duration pause = config.firstRetryDelay();
        while (true) {
            try {
                return step.get();
            } catch (RuntimeException | AssertionError e) {
                // (pgjdbc's batch handler throws an AssertionError when the connection drops
                // mid-batch)
                if (stopping) {
                    throw e;
                }
                status.waitingFor(dependency);
                retries.increment();
                LOG.warnf(
                        "Holding the batch: cannot reach %s (%s); trying it again in %d ms",
                        dependency, rootCause(e), pause.toMillis());
                sleep(pause);
                pause = pause.multipliedBy(2);
                if (pause.compareTo(config.maxRetryDelay()) > 0) {
                    pause = config.maxRetryDelay();
                }
            }
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a batch", e);
        }
    }
}
