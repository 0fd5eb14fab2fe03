package az.balans.advisor.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one way to history-service. A slow, failing or garbled history never fails the advisor's
 * answer: after a short timeout, or a failure and one retry, or at once while the circuit is open,
 * the fallback says history is unavailable and the answer is marked degraded. A timed-out call is
 * not retried: a hung history would only make the caller wait twice. The numbers below are defaults,
 * overridable per MicroProfile Fault Tolerance config (e.g. {@code az.balans.advisor.client.HistoryGateway/summary/Timeout/value}).
 */
@ApplicationScoped
public class HistoryGateway {

    private static final Logger LOG = Logger.getLogger(HistoryGateway.class);

    private static final Duration NUMBER_FALLBACK_WARN_EVERY = Duration.ofSeconds(10);

    private final HistoryClient history;
    private final AtomicLong numberFallbackWarnedAt = new AtomicLong(System.nanoTime() - NUMBER_FALLBACK_WARN_EVERY.toNanos());

    HistoryGateway(@RestClient HistoryClient history) {
        this.history = history;
    }

    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public HistoryLookup summary(String e164) {
        try {
            return HistoryLookup.found(history.summary(e164));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return HistoryLookup.nothingKnown();
            }
            throw e;
        }
    }

    /** One attempt; empty when history does not know it; unavailable when history cannot be asked. */
    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "attemptUnavailable")
    public Answer<Optional<HistoryAttempt>> attempt(String attemptId) {
        try {
            return Answer.of(Optional.of(history.attempt(attemptId)));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Answer.of(Optional.empty());
            }
            throw e;
        }
    }

    /** The number's latest attempts, newest first. */
    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "recentUnavailable")
    public Answer<List<HistoryAttempt>> recentAttempts(String e164) {
        return Answer.of(history.recharges(e164, 20).items());
    }

    /** What history answered, or that it could not be asked. */
    public record Answer<T>(T value, boolean available) {
        static <T> Answer<T> of(T value) {
            return new Answer<>(value, true);
        }
    }

    Answer<Optional<HistoryAttempt>> attemptUnavailable(String attemptId) {
        return new Answer<>(Optional.empty(), false);
    }

    Answer<List<HistoryAttempt>> recentUnavailable(String e164) {
        return new Answer<>(List.of(), false);
    }

    /** Live health per channel over history's default window; empty when history cannot be asked. */
    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "healthUnavailable")
    public Optional<Map<String, ChannelHealth>> channelHealth() {
        return Optional.of(history.channelHealth().stream()
                .collect(Collectors.toMap(ChannelHealth::channelId, Function.identity(), (a, b) -> a)));
    }

    /** Each channel's success rate hour by hour over the last day; empty when history cannot be asked. */
    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 1, delay = 100, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "seriesUnavailable")
    public Optional<Map<String, ChannelHealthSeries>> dayOfHealth() {
        return Optional.of(history.channelHealthSeries("PT24H", "PT1H").stream()
                .collect(Collectors.toMap(ChannelHealthSeries::channelId, Function.identity(), (a, b) -> a)));
    }

    Optional<Map<String, ChannelHealthSeries>> seriesUnavailable() {
        LOG.warn("history-service unavailable: channel status without the day's series");
        return Optional.empty();
    }

    Optional<Map<String, ChannelHealth>> healthUnavailable() {
        LOG.warn("history-service unavailable: keeping the live channel health held");
        return Optional.empty();
    }

    HistoryLookup unavailable(String e164) {
        // asked per number: during an outage this runs for every number asked about, so it is said
        // once per interval, not hundreds of times a second (the bench's hung drill wrote 6,000 lines)
        long now = System.nanoTime();
        long last = numberFallbackWarnedAt.get();
        if (now - last >= NUMBER_FALLBACK_WARN_EVERY.toNanos() && numberFallbackWarnedAt.compareAndSet(last, now)) {
            LOG.warnf("history-service unavailable: answering without it (said at most every %d s)",
                    NUMBER_FALLBACK_WARN_EVERY.toSeconds());
        }
        return HistoryLookup.unavailable();
    }
}
