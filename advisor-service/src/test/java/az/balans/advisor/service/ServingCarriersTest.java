package az.balans.advisor.service;

import az.balans.advisor.client.HistoryLookup;
import az.balans.advisor.client.HistorySummary;
import az.balans.advisor.config.AdvisorConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A number's serving carrier is asked of history once per short while, and never remembered as unavailable. */
class ServingCarriersTest {

    private static final String NUMBER = "+994604567890";
    private static final AdvisorConfig.ServingCarrier ONE_MINUTE = new AdvisorConfig.ServingCarrier() {
        public Duration ttl() { return Duration.ofMinutes(1); }
        public long cacheSize() { return 100; }
    };

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger asked = new AtomicInteger();

    @Test
    void anAnswerIsRememberedForItsTimeThenAskedAgain() {
        ServingCarriers carriers = new ServingCarriers(number -> {
            asked.incrementAndGet();
            return HistoryLookup.found(bakcell(number));
        }, ONE_MINUTE, nanos::get);
        assertEquals("bakcell", carriers.of(NUMBER).summary().orElseThrow().servingCarrier().carrier());
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        carriers.of(NUMBER);
        assertEquals(1, asked.get(), "asked once within the minute");
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        carriers.of(NUMBER);
        assertEquals(2, asked.get(), "asked again after it");
    }

    @Test
    void thatHistoryCouldNotBeAskedIsNeverRemembered() {
        List<HistoryLookup> answers = new ArrayList<>(List.of(HistoryLookup.unavailable(), HistoryLookup.nothingKnown()));
        ServingCarriers carriers = new ServingCarriers(number -> {
            asked.incrementAndGet();
            return answers.remove(0);
        }, ONE_MINUTE, nanos::get);
        assertFalse(carriers.of(NUMBER).available());
        assertTrue(carriers.of(NUMBER).available(), "the next ask goes to history again");
        carriers.of(NUMBER);
        assertEquals(2, asked.get());
    }

    @Test
    void concurrentAsksForOneNumberMakeOneCall() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ServingCarriers carriers = new ServingCarriers(number -> {
            asked.incrementAndGet();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return HistoryLookup.found(bakcell(number));
        }, ONE_MINUTE, nanos::get);
        List<CompletableFuture<HistoryLookup>> asks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            asks.add(CompletableFuture.supplyAsync(() -> carriers.of(NUMBER)));
        }
        Thread.sleep(200);
        release.countDown();
        for (CompletableFuture<HistoryLookup> ask : asks) {
            assertTrue(ask.get(5, TimeUnit.SECONDS).summary().isPresent());
        }
        assertEquals(1, asked.get());
    }

    private static HistorySummary bakcell(String number) {
        return new HistorySummary(number, new HistorySummary.ServingCarrier("bakcell", Instant.parse("2026-11-20T10:00:00Z"), "att-1"),
                Map.of("succeeded", 1L), Instant.parse("2026-11-20T10:00:00Z"));
    }
}
