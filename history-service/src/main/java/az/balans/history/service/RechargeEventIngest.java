package az.balans.history.service;

import az.balans.history.config.HistoryConfig;
import az.balans.history.repository.DeadLetterRepository;
import az.balans.history.repository.ReceivedEvent;
import az.balans.history.repository.RechargeEventStore;
import az.balans.history.repository.RefusedEventsException;
import az.balans.history.repository.SetAside;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Takes in one delivered batch of recharge events: the acceptable events are stored in one
 * transaction, the others are set aside on the dead-letter topic, each once (a ledger of positions
 * keeps a batch delivered again from sending any twice); only when both are done does {@link
 * #ingest} return, and only then may the batch be acknowledged.
 *
 * <p>Two kinds of failure are told apart. An event that is bad in itself (the parser refused it, or
 * the database refuses its values) is dead-lettered at once and the rest of the batch is stored. A
 * database or broker that is away is nobody's fault in the batch: the same batch is tried again with
 * growing pauses, nothing is skipped, dead-lettered or acknowledged meanwhile, and {@link
 * IngestStatus} tells the health checks that ingest is waiting.
 */
@ApplicationScoped
public class RechargeEventIngest {

    private static final Logger LOG = Logger.getLogger(RechargeEventIngest.class);
    static final String DATABASE = "the database";
    static final String BROKER = "the broker (dead letters)";

    /**
     * One delivered record: where it was read, and the event it holds or why it cannot be accepted.
     * {@code record} is the transport's own record, handed back untouched to the dead-letter sender.
     */
    public record Delivery<R>(
            R record,
            String topic,
            int partition,
            long offset,
            ReceivedEvent event,
            String rejection) {

        Delivery<R> refused(String reason) {
            return new Delivery<>(record, topic, partition, offset, null, reason);
        }

        SetAside setAside() {
            return new SetAside(topic, partition, offset, rejection);
        }
    }

    /** Sends one refused delivery to the dead-letter topic; completes when the broker acknowledged. */
    @FunctionalInterface
    public interface DeadLetterSender<R> {
        CompletableFuture<Void> send(Delivery<R> refused);
    }

    private final RechargeEventStore store;
    private final DeadLetterRepository ledger;
    private final IngestStatus status;
    private final HistoryConfig.Ingest config;
    private final Counter accepted;
    private final Counter rejected;
    private final Counter retries;
    private volatile boolean stopping;

    RechargeEventIngest(
            RechargeEventStore store,
            DeadLetterRepository ledger,
            IngestStatus status,
            HistoryConfig config,
            MeterRegistry metrics) {
        this.store = store;
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

    /** Returns once every delivery is stored or set aside; until then it waits for what is away. */
    public <R> void ingest(List<Delivery<R>> batch, DeadLetterSender<R> deadLetters) {
        List<Delivery<R>> acceptable =
                new ArrayList<>(batch.stream().filter(d -> d.event() != null).toList());
        List<Delivery<R>> refused =
                new ArrayList<>(batch.stream().filter(d -> d.event() == null).toList());
        if (!acceptable.isEmpty()) {
            List<Delivery<R>> refusedByDatabase = untilDone(DATABASE, () -> store(acceptable));
            Set<R> refusedRecords =
                    Set.copyOf(refusedByDatabase.stream().map(Delivery::record).toList());
            acceptable.removeIf(delivery -> refusedRecords.contains(delivery.record()));
            refused.addAll(refusedByDatabase);
        }
        if (!refused.isEmpty()) {
            setAside(refused, deadLetters);
        }
        status.flowing();
        accepted.increment(acceptable.size());
        rejected.increment(refused.size());
    }

    /** @return the deliveries the database refused, each with its reason; the others are stored */
    private <R> List<Delivery<R>> store(List<Delivery<R>> acceptable) {
        try {
            storeInOneTransaction(acceptable.stream().map(Delivery::event).toList());
            return List.of();
        } catch (RefusedEventsException batchRefused) {
            // one or more events are at fault: alone, each good one stores and each bad one is
            // refused
            List<Delivery<R>> refused = new ArrayList<>();
            for (Delivery<R> delivery : acceptable) {
                try {
                    storeInOneTransaction(List.of(delivery.event()));
                } catch (RefusedEventsException e) {
                    refused.add(delivery.refused(e.reason()));
                }
            }
            return refused;
        }
    }

    private void storeInOneTransaction(List<ReceivedEvent> events) {
        QuarkusTransaction.requiringNew().run(() -> store.store(events));
    }

    /**
     * Dead-letters each refused delivery once: those the ledger already holds (this batch delivered
     * again) are not sent again, and the others are recorded once the broker has acknowledged them.
     */
    private <R> void setAside(List<Delivery<R>> refused, DeadLetterSender<R> deadLetters) {
        Set<SetAside> alreadySetAside =
                untilDone(
                        DATABASE,
                        () ->
                                ledger.alreadySetAside(
                                        refused.stream().map(Delivery::setAside).toList()));
        List<Delivery<R>> unsent =
                new ArrayList<>(
                        refused.stream()
                                .filter(delivery -> !alreadySetAside.contains(delivery.setAside()))
                                .toList());
        List<SetAside> sent = unsent.stream().map(Delivery::setAside).toList();
        if (!unsent.isEmpty()) {
            untilDone(BROKER, () -> deadLetter(unsent, deadLetters));
            untilDone(
                    DATABASE,
                    () -> {
                        QuarkusTransaction.requiringNew().run(() -> ledger.record(sent));
                        return null;
                    });
        }
    }

    /** Sends the dead letters, and keeps in {@code unsent} those the broker did not acknowledge. */
    private static <R> Void deadLetter(List<Delivery<R>> unsent, DeadLetterSender<R> deadLetters) {
        List<CompletableFuture<Void>> sent = new ArrayList<>(unsent.size());
        for (Delivery<R> delivery : unsent) {
            sent.add(deadLetters.send(delivery));
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

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a batch", e);
        }
    }
}
