package az.balans.advisor.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The one way to history-service. A slow, failing or garbled history never fails the advisor's
 * answer: after a short timeout, or a failure and one retry, or at once while the operation's circuit
 * is open, the fallback says history could not be asked and the answer is marked degraded. A
 * timed-out call is not retried: a hung history would only make the caller wait twice. Every call
 * answers an {@link Answer}, stamped with when history was asked. The policy
 * is declared once, here; each operation has a circuit of its own, named for it. The numbers are
 * defaults, overridable per MicroProfile Fault Tolerance config (e.g.
 * {@code az.balans.advisor.client.HistoryGateway/Timeout/value}).
 */
@ApplicationScoped
@Timeout(value = 1500, unit = ChronoUnit.MILLIS)
@Retry(maxRetries = 1, delay = 100, abortOn = TimeoutException.class)
@CircuitBreaker(
        requestVolumeThreshold = 8,
        failureRatio = 0.5,
        delay = 10,
        delayUnit = ChronoUnit.SECONDS)
public class HistoryGateway {

    private static final Logger LOG = Logger.getLogger(HistoryGateway.class);

    private static final Duration NUMBER_FALLBACK_WARN_EVERY = Duration.ofSeconds(10);

    private final HistoryRestClient history;
    private final Clock clock;
    private final AtomicLong numberFallbackWarnedAt =
            new AtomicLong(System.nanoTime() - NUMBER_FALLBACK_WARN_EVERY.toNanos());

    HistoryGateway(@RestClient HistoryRestClient history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** What history knows of a number; nothing known when it has no record of it. */
    @CircuitBreakerName("history-summary")
    @Fallback(fallbackMethod = "summaryUnavailable")
    public Answer<Optional<HistorySummary>> summary(String e164) {
        return answer(unlessUnknown(() -> history.summary(e164)));
    }

    /** One attempt; empty when history does not know it. */
    @CircuitBreakerName("history-attempt")
    @Fallback(fallbackMethod = "attemptUnavailable")
    public Answer<Optional<HistoryAttempt>> attempt(String attemptId) {
        return answer(unlessUnknown(() -> history.attempt(attemptId)));
    }

    /** The number's latest attempts, newest first. */
    @CircuitBreakerName("history-recent-attempts")
    @Fallback(fallbackMethod = "recentUnavailable")
    public Answer<List<HistoryAttempt>> recentAttempts(String e164) {
        return answer(history.recharges(e164, 20).items());
    }

    /** Live health per channel over history's default window. */
    @CircuitBreakerName("history-channel-health")
    @Fallback(fallbackMethod = "healthUnavailable")
    public Answer<Map<String, ChannelHealth>> channelHealth() {
        return answer(
                history.channelHealth().stream()
                        .collect(
                                Collectors.toMap(
                                        ChannelHealth::channelId,
                                        Function.identity(),
                                        (a, b) -> a)));
    }

    /** Each channel's success rate hour by hour over the last day. */
    @CircuitBreakerName("history-channel-health-series")
    @Fallback(fallbackMethod = "seriesUnavailable")
    public Answer<Map<String, ChannelHealthSeries>> dayOfHealth() {
        return answer(
                history.channelHealthSeries("PT24H", "PT1H").stream()
                        .collect(
                                Collectors.toMap(
                                        ChannelHealthSeries::channelId,
                                        Function.identity(),
                                        (a, b) -> a)));
    }

    /** History's answer, or empty when it answers 404: it has no record of that (anything else is a failure). */
    private static <T> Optional<T> unlessUnknown(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    Answer<Optional<HistoryAttempt>> attemptUnavailable(String attemptId) {
        return unavailable(Optional.empty());
    }

    Answer<List<HistoryAttempt>> recentUnavailable(String e164) {
        return unavailable(List.of());
    }

    Answer<Map<String, ChannelHealthSeries>> seriesUnavailable() {
        LOG.warn("history-service unavailable: channel status without the day's series");
        return unavailable(Map.of());
    }

    Answer<Map<String, ChannelHealth>> healthUnavailable() {
        LOG.warn("history-service unavailable: keeping the live channel health held");
        return unavailable(Map.of());
    }

    Answer<Optional<HistorySummary>> summaryUnavailable(String e164) {
        // asked per number: during an outage this runs for every number asked about, so it is said
        // once per interval, not hundreds of times a second (the bench's hung drill wrote 6,000
        // lines)
        long now = System.nanoTime();
        long last = numberFallbackWarnedAt.get();
        if (now - last >= NUMBER_FALLBACK_WARN_EVERY.toNanos()
                && numberFallbackWarnedAt.compareAndSet(last, now)) {
            LOG.warnf(
                    "history-service unavailable: answering without it (said at most every %d s)",
                    NUMBER_FALLBACK_WARN_EVERY.toSeconds());
        }
        return unavailable(Optional.empty());
    }

    private <T> Answer<T> answer(T value) {
        return Answer.of(value, clock.instant());
    }

    private <T> Answer<T> unavailable(T standIn) {
        return Answer.unavailable(standIn, clock.instant());
    }
}
