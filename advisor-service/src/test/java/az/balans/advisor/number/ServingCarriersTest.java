package az.balans.advisor.number;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.advisor.client.Answer;
import az.balans.advisor.client.HistorySummary;
import az.balans.advisor.config.AdvisorConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A number's serving carrier: held answers given at once and refreshed in the background, never
 * held as unavailable, and a request waiting on history no longer than its budget.
 */
class ServingCarriersTest {

    private static final String NUMBER = "+994604567890";
    private static final Executor DIRECT = Runnable::run;
    private static final Clock CLOCK = Clock.systemUTC();

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger asked = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService pool = Executors.newCachedThreadPool();

    private static AdvisorConfig.ServingCarrier waiting(Duration wait) {
        return new AdvisorConfig.ServingCarrier() {
            public Duration refreshAfter() {
                return Duration.ofMinutes(1);
            }

            public Duration maxAge() {
                return Duration.ofMinutes(10);
            }

            public Duration longestWait() {
                return wait;
            }

            public int askingThreads() {
                return 2;
            }

            public long cacheSize() {
                return 100;
            }
        };
    }

    @Test
    void aHeldAnswerIsGivenAtOnceAndAskedAgainInTheBackgroundAfterAMinute() {
        List<Answer<Optional<HistorySummary>>> answers =
                new ArrayList<>(List.of(found(bakcell(NUMBER)), found(azercell(NUMBER))));
        ServingCarriers carriers =
                new ServingCarriers(
                        number -> {
                            asked.incrementAndGet();
                            return answers.remove(0);
                        },
                        waiting(Duration.ofSeconds(5)),
                        nanos::get,
                        DIRECT,
                        CLOCK);
        assertEquals("bakcell", carrierOf(carriers.of(NUMBER)));
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertEquals("bakcell", carrierOf(carriers.of(NUMBER)));
        assertEquals(1, asked.get(), "asked once within the minute");
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        carriers.of(NUMBER);
        assertEquals(2, asked.get(), "asked again after it");
        assertEquals(
                "azercell",
                carrierOf(carriers.of(NUMBER)),
                "the port shows up once history has said so");
    }

    @Test
    void aRefreshThatFindsHistoryAwayKeepsTheHeldAnswer() {
        List<Answer<Optional<HistorySummary>>> answers =
                new ArrayList<>(List.of(found(bakcell(NUMBER)), unavailable()));
        ServingCarriers carriers =
                new ServingCarriers(
                        number -> {
                            asked.incrementAndGet();
                            return answers.remove(0);
                        },
                        waiting(Duration.ofSeconds(5)),
                        nanos::get,
                        DIRECT,
                        CLOCK);
        carriers.of(NUMBER);
        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        carriers.of(NUMBER);
        assertEquals(2, asked.get());
        Answer<Optional<HistorySummary>> held = carriers.of(NUMBER);
        assertTrue(held.available());
        assertEquals("bakcell", carrierOf(held));
    }

    @Test
    void thatHistoryCouldNotBeAskedIsNeverHeld() {
        List<Answer<Optional<HistorySummary>>> answers =
                new ArrayList<>(List.of(unavailable(), nothingKnown()));
        ServingCarriers carriers =
                new ServingCarriers(
                        number -> {
                            asked.incrementAndGet();
                            return answers.remove(0);
                        },
                        waiting(Duration.ofSeconds(5)),
                        nanos::get,
                        DIRECT,
                        CLOCK);
        assertFalse(carriers.of(NUMBER).available());
        assertTrue(carriers.of(NUMBER).available(), "the next ask goes to history again");
        carriers.of(NUMBER);
        assertEquals(2, asked.get());
    }

    @Test
    void aRequestWaitsNoLongerThanItsBudgetAndHistorysLateAnswerIsKeptForTheNextAsk() {
        ServingCarriers carriers =
                new ServingCarriers(
                        answerOnceReleased(),
                        waiting(Duration.ofMillis(50)),
                        nanos::get,
                        pool,
                        CLOCK);
        long started = System.nanoTime();
        Answer<Optional<HistorySummary>> first = carriers.of(NUMBER);
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        assertFalse(first.available(), "past the budget the answer goes without history");
        assertTrue(
                waitedMillis < 2_000, "waited " + waitedMillis + " ms, not until history answered");
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> carriers.of(NUMBER).available());
        assertEquals("bakcell", carrierOf(carriers.of(NUMBER)));
        assertEquals(1, asked.get(), "history's late answer was kept, not asked for again");
    }

    @Test
    void concurrentAsksForOneNumberMakeOneCall() throws Exception {
        ServingCarriers carriers =
                new ServingCarriers(
                        answerOnceReleased(),
                        waiting(Duration.ofSeconds(5)),
                        nanos::get,
                        pool,
                        CLOCK);
        List<CompletableFuture<Answer<Optional<HistorySummary>>>> asks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            asks.add(CompletableFuture.supplyAsync(() -> carriers.of(NUMBER), pool));
        }
        Thread.sleep(200);
        release.countDown();
        for (CompletableFuture<Answer<Optional<HistorySummary>>> ask : asks) {
            assertTrue(ask.get(5, TimeUnit.SECONDS).value().isPresent());
        }
        assertEquals(1, asked.get());
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    /** A history that answers once {@link #release} is counted down, counting the asks. */
    private Function<String, Answer<Optional<HistorySummary>>> answerOnceReleased() {
        return number -> {
            asked.incrementAndGet();
            hold(release);
            return found(bakcell(number));
        };
    }

    private static void hold(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Answer<Optional<HistorySummary>> found(HistorySummary summary) {
        return Answer.of(Optional.of(summary), CLOCK.instant());
    }

    private static Answer<Optional<HistorySummary>> nothingKnown() {
        return Answer.of(Optional.empty(), CLOCK.instant());
    }

    private static Answer<Optional<HistorySummary>> unavailable() {
        return Answer.unavailable(Optional.empty(), CLOCK.instant());
    }

    private static String carrierOf(Answer<Optional<HistorySummary>> lookup) {
        return lookup.value().orElseThrow().servingCarrier().carrier();
    }

    private static HistorySummary azercell(String number) {
        return new HistorySummary(
                number,
                new HistorySummary.ServingCarrier(
                        "azercell", Instant.parse("2026-11-24T10:00:00Z"), "att-2"),
                Map.of("succeeded", 2L),
                Instant.parse("2026-11-24T10:00:00Z"));
    }

    private static HistorySummary bakcell(String number) {
        return new HistorySummary(
                number,
                new HistorySummary.ServingCarrier(
                        "bakcell", Instant.parse("2026-11-20T10:00:00Z"), "att-1"),
                Map.of("succeeded", 1L),
                Instant.parse("2026-11-20T10:00:00Z"));
    }
}
