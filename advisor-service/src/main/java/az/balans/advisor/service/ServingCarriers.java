package az.balans.advisor.service;

import az.balans.advisor.client.HistoryGateway;
import az.balans.advisor.client.HistoryLookup;
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

import java.time.Duration;
import java.time.Instant;
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

    private final AsyncLoadingCache<String, HistoryLookup> held;
    private final Duration wait;
    private final ExecutorService asking;

    @Inject
    ServingCarriers(HistoryGateway history, AdvisorConfig config) {
        // history is asked on threads of its own: when it hangs, the bench found the shared worker
        // pool filled with refreshes waiting on it, and requests queued behind them; each ask carries
        // the trace of the request that made it, so the call to history shows in that request's trace
        this(history::summary, config.servingCarrier(), Ticker.systemTicker(),
                Context.taskWrapping(askingThreads(config.servingCarrier().askingThreads())));
    }

    ServingCarriers(Function<String, HistoryLookup> ask, AdvisorConfig.ServingCarrier config, Ticker ticker, Executor executor) {
        this.wait = config.longestWait();
        this.asking = executor instanceof ExecutorService service ? service : null;
        this.held = Caffeine.newBuilder()
                .maximumSize(config.cacheSize())
                .expireAfter(keptWhileAvailable(config.maxAge()))
                .refreshAfterWrite(config.refreshAfter())
                .ticker(ticker)
                .executor(executor)
                .buildAsync(keepingWhatHistorySaid(ask));
    }

    /** History's answer for an E.164 number: the one held, or a new one if it comes within {@code longest-wait}. */
    public HistoryLookup of(String e164) {
        CompletableFuture<HistoryLookup> answer = held.get(e164);
        try {
            return answer.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return HistoryLookup.unavailable();
        } catch (ExecutionException e) {
            // the gateway answers unavailable rather than failing; anything else is a bug, not an outage
            throw new IllegalStateException("asking history about a number failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HistoryLookup.unavailable();
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
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "serving-carrier-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A refresh that finds history away keeps the answer held (it still expires by its own age). */
    private static CacheLoader<String, HistoryLookup> keepingWhatHistorySaid(Function<String, HistoryLookup> ask) {
        return new CacheLoader<>() {
            @Override
            public HistoryLookup load(String number) {
                return ask.apply(number);
            }

            @Override
            public HistoryLookup reload(String number, HistoryLookup held) {
                HistoryLookup fresh = ask.apply(number);
                return fresh.available() ? fresh : held;
            }
        };
    }

    /** History's answers live {@code maxAge} from when history gave them; that it could not be asked lives not at all. */
    private static Expiry<String, HistoryLookup> keptWhileAvailable(Duration maxAge) {
        return new Expiry<>() {
            @Override
            public long expireAfterCreate(String number, HistoryLookup lookup, long now) {
                return lifeLeft(lookup);
            }

            @Override
            public long expireAfterUpdate(String number, HistoryLookup lookup, long now, long remaining) {
                return lifeLeft(lookup);
            }

            private long lifeLeft(HistoryLookup lookup) {
                if (!lookup.available()) {
                    return 0;
                }
                return Math.max(0, maxAge.minus(Duration.between(lookup.askedAt(), Instant.now())).toNanos());
            }

            @Override
            public long expireAfterRead(String number, HistoryLookup lookup, long now, long remaining) {
                return remaining;
            }
        };
    }
}
