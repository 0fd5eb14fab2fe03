package az.balans.history.service;

import az.balans.history.client.DingGateway;
import az.balans.history.config.ProvidersConfig;
import az.balans.history.mapping.ProviderOutcomeMapper;
import az.balans.history.provider.ding.TransferRecord;
import az.balans.history.provider.ding.TransferRecordWithErrorCodes;
import az.balans.history.repository.ProviderTransferRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Ding has no callbacks: the partner's transfer records are read every
 * balans.providers.ding.poll-every, newest first, back to the oldest transfer still open (or the
 * last full poll), and each transfer whose state is new is published as a recharge event. The
 * states published are kept in PostgreSQL, so a restart neither repeats nor misses one; a
 * PostgreSQL advisory lock is held while a poll runs, so of several replicas one polls at a time,
 * and no transaction waits on Ding. Requests
 * are spaced (DingGateway), a poll makes at most max-requests-per-poll, and after a failure the
 * next poll waits, doubling up to max-backoff.
 */
@Startup
@ApplicationScoped
public class DingPoller {

    private static final Logger LOG = Logger.getLogger(DingPoller.class);

    private final DingGateway ding;
    private final ProviderOutcomeMapper mapper;
    private final ProviderFeed feed;
    private final ProviderTransferRepository transfers;
    private final ProvidersConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeterRegistry registry;
    private final AtomicReference<Instant> lastFullPoll = new AtomicReference<>();
    private volatile Instant nextPollAt = Instant.MIN;
    private volatile int failures;

    DingPoller(
            DingGateway ding,
            ProviderOutcomeMapper mapper,
            ProviderFeed feed,
            ProviderTransferRepository transfers,
            ProvidersConfig config,
            ObjectMapper json,
            Clock clock,
            MeterRegistry registry) {
        this.ding = ding;
        this.mapper = mapper;
        this.feed = feed;
        this.transfers = transfers;
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.registry = registry;
        // how far behind Ding the records are: seconds since the last poll that read all it had to
        Gauge.builder(
                        "balans.provider.ding.lag",
                        lastFullPoll,
                        last ->
                                last.get() == null
                                        ? Double.NaN
                                        : Duration.between(last.get(), clock.instant()).toMillis()
                                                / 1000.0)
                .description(
                        "Seconds since the Ding poller last read every transfer record it had to")
                .baseUnit("seconds")
                .register(registry);
    }

    @Scheduled(
            every = "${balans.providers.ding.poll-every:30s}",
            delayed = "${balans.providers.ding.poll-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (config.ding().apiKey().isEmpty() || clock.instant().isBefore(nextPollAt)) {
            return;
        }
        pollNow();
    }

    /** One poll; true when it read every record it had to. Runs at most one at a time per replica. */
    public synchronized boolean pollNow() {
        try {
            boolean full = pollHoldingTheLock();
            failures = 0;
            nextPollAt = Instant.MIN;
            count("ok");
            return full;
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            failures++;
            Duration backoff = backoff(failures);
            nextPollAt = clock.instant().plus(backoff);
            count("failed");
            LOG.warnf(
                    "The Ding poll failed (%d in a row), the next in %d s: %s",
                    failures, backoff.toSeconds(), e.toString());
            return false;
        }
    }

    Duration backoff(int failuresInARow) {
        Duration wait = config.ding().firstBackoff();
        for (int i = 1; i < failuresInARow && wait.compareTo(config.ding().maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.ding().maxBackoff()) > 0 ? config.ding().maxBackoff() : wait;
    }

    private boolean pollHoldingTheLock() throws InterruptedException {
        String provider = Provider.DING.id();
        Optional<ProviderTransferRepository.PollLock> lock = transfers.tryLockPoll(provider);
        if (lock.isEmpty()) {
            return false; // another replica polls now
        }
        try (ProviderTransferRepository.PollLock held = lock.get()) {
            return poll(provider, transfers.lastFullPoll(provider));
        }
    }

    private boolean poll(String provider, Optional<Instant> lastFull) throws InterruptedException {
        Instant now = clock.instant();
        Instant readBackTo =
                earliest(
                        transfers.oldestOpen(provider),
                        lastFull.map(last -> last.minus(config.ding().pollEvery())),
                        now.minus(config.ding().firstLookBack()),
                        lastFull.isPresent());
        boolean full = false;
        List<ProviderTransferRepository.Published> published = new ArrayList<>();
        int take = config.ding().pageSize();
        for (int request = 0; request < config.ding().maxRequestsPerPoll(); request++) {
            var answer = mapper.dingPage(ding.transferRecords(request * take, take));
            List<TransferRecordWithErrorCodes> items = answer.items();
            Map<String, String> known =
                    transfers.statesOf(
                            provider,
                            items.stream()
                                    .map(TransferRecordWithErrorCodes::getTransferRecord)
                                    .filter(Objects::nonNull)
                                    .map(TransferRecord::getTransferId)
                                    .filter(Objects::nonNull)
                                    .map(id -> id.getTransferRef())
                                    .filter(Objects::nonNull)
                                    .toList());
            boolean reachedTheOld = !items.isEmpty();
            for (TransferRecordWithErrorCodes item : items) {
                TransferRecord transfer = item.getTransferRecord();
                Instant startedAt =
                        Optional.ofNullable(transfer == null ? null : transfer.getStartedUtc())
                                .map(OffsetDateTime::toInstant)
                                .orElse(now);
                if (!startedAt.isBefore(readBackTo)) {
                    reachedTheOld = false;
                }
                String ref =
                        transfer == null || transfer.getTransferId() == null
                                ? null
                                : transfer.getTransferId().getTransferRef();
                String state = transfer == null ? null : transfer.getProcessingState();
                if (ref != null && state != null && state.equals(known.get(ref))) {
                    continue; // published before
                }
                feed.publishPolled(Provider.DING, bytesOf(item), () -> mapper.fromDing(item));
                if (ref != null && state != null) {
                    published.add(
                            new ProviderTransferRepository.Published(
                                    ref, state, ProviderOutcomeMapper.dingFinal(state), startedAt));
                }
            }
            if (!answer.more() || reachedTheOld) {
                full = true;
                break;
            }
        }
        transfers.recordPublished(provider, published, now);
        transfers.forgetStartedBefore(provider, now.minus(config.ding().keepTransfers()));
        if (full) {
            transfers.markPolled(provider, now);
            lastFullPoll.set(now);
        }
        return full;
    }

    private static Instant earliest(
            Optional<Instant> oldestOpen,
            Optional<Instant> lastPollOverlap,
            Instant firstLookBack,
            boolean polledBefore) {
        Instant back = polledBefore ? lastPollOverlap.orElse(firstLookBack) : firstLookBack;
        return oldestOpen.filter(open -> open.isBefore(back)).orElse(back);
    }

    private byte[] bytesOf(TransferRecordWithErrorCodes item) {
        try {
            return json.writeValueAsBytes(item);
        } catch (JsonProcessingException e) {
            return new byte[0];
        }
    }

    private void count(String outcome) {
        Counter.builder("balans.provider.ding.polls")
                .description("Polls of Ding's transfer records, by outcome")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }
}
