package az.balans.advisor.number;

import az.balans.advisor.client.Answer;
import az.balans.advisor.client.HistoryGateway;
import az.balans.advisor.client.HistorySummary;
import az.balans.advisor.config.AdvisorConfig;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.opentelemetry.context.Context;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What history knows of a number, held in memory (Caffeine, bounded) so that answers do not wait on
 * history: a held answer is given at once, and asked again in the background once it is older than
 * {@code refresh-after}. A number with nothing held waits at most {@code longest-wait} for history; past
 * that, or when history cannot be asked, the range holder answers and history's late answer is
 * kept for the next ask. That history could not be asked is never held; concurrent asks for one
 * number make one call. The cost: a port shows up about {@code refresh-after} late.
 */
@ApplicationScoped
public class ServingCarriers {

    private final AsyncLoadingCache<String, Answer<Optional<HistorySummary>>> held;
    private final Duration wait;
    private final Clock clock;
    private final ExecutorService asking;

    @Inject
    ServingCarriers(HistoryGateway history, AdvisorConfig config, Clock clock) {
        // history is asked on threads of its own: when it hangs, the bench found the shared worker
        // pool filled with refreshes waiting on it, and requests queued behind them; each ask
        // carries
        // the trace of the request that made it, so the call to history shows in that request's
        // trace
        this(
                history::summary,
                config.servingCarrier(),
                Ticker.systemTicker(),
                Context.taskWrapping(askingThreads(config.servingCarrier().askingThreads())),
                clock);
    }

    ServingCarriers(
            Function<String, Answer<Optional<HistorySummary>>> ask,
            AdvisorConfig.ServingCarrier config,
            Ticker ticker,
            Executor executor,
            Clock clock) {
        this.wait = config.longestWait();
        this.clock = clock;
        this.asking = executor instanceof ExecutorService service ? service : null;
        this.held =
                Caffeine.newBuilder()
                        .maximumSize(config.cacheSize())
                        .expireAfter(keptWhileAvailable(config.maxAge(), clock))
                        .refreshAfterWrite(config.refreshAfter())
                        .ticker(ticker)
                        .executor(executor)
                        .buildAsync(keepingWhatHistorySaid(ask));
    }

    /** History's answer for an E.164 number: the one held, or a new one if it comes within {@code longest-wait}. */
    public Answer<Optional<HistorySummary>> of(String e164) {
        CompletableFuture<Answer<Optional<HistorySummary>>> answer = held.get(e164);
        try {
            return answer.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return Answer.unavailable(Optional.empty(), clock.instant());
        } catch (ExecutionException e) {
            // the gateway answers unavailable rather than failing; anything else is a bug, not an
            // outage
            throw new IllegalStateException("asking history about a number failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.unavailable(Optional.empty(), clock.instant());
        }
    }

    @PreDestroy
    void stopAsking() {
        if (asking != null) {
            asking.shutdownNow();
        }
    }

    private static ExecutorService askingThreads(int threads) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(
                threads,
                task -> {
                    Thread thread = new Thread(task, "serving-carrier-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** A refresh that finds history away keeps the answer held (it still expires by its own age). */
    private static CacheLoader<String, Answer<Optional<HistorySummary>>> keepingWhatHistorySaid(
            Function<String, Answer<Optional<HistorySummary>>> ask) {
        return new CacheLoader<>() {
            @Override
            public Answer<Optional<HistorySummary>> load(String number) {
                return ask.apply(number);
            }

            @Override
            public Answer<Optional<HistorySummary>> reload(
                    String number, Answer<Optional<HistorySummary>> held) {
                Answer<Optional<HistorySummary>> fresh = ask.apply(number);
                return fresh.available() ? fresh : held;
            }
        };
    }

    /** History's answers live {@code maxAge} from when history gave them; that it could not be asked lives not at all. */
    private static Expiry<String, Answer<Optional<HistorySummary>>> keptWhileAvailable(
            Duration maxAge, Clock clock) {
        return new Expiry<>() {
            @Override
            public long expireAfterCreate(
                    String number, Answer<Optional<HistorySummary>> lookup, long now) {
                return lifeLeft(lookup);
            }

            @Override
            public long expireAfterUpdate(
                    String number,
                    Answer<Optional<HistorySummary>> lookup,
                    long now,
                    long remaining) {
                return lifeLeft(lookup);
            }

            private long lifeLeft(Answer<Optional<HistorySummary>> lookup) {
                if (!lookup.available()) {
                    return 0;
                }
                return Math.max(
                        0,
                        maxAge.minus(Duration.between(lookup.askedAt(), clock.instant()))
                                .toNanos());
            }

            @Override
            public long expireAfterRead(
                    String number,
                    Answer<Optional<HistorySummary>> lookup,
                    long now,
                    long remaining) {
                return remaining;
            }
        };
    }
}
