package az.balans.advisor.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.advisor.client.ChannelHealth;
import az.balans.advisor.i18n.AdvisorMessages;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Live health rides out a history outage on its last view, and says when that view is too old to rank on. */
class LiveChannelHealthTest {

    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");
    private static final Map<String, ChannelHealth> KIOSK_DOWN =
            Map.of("millon-kiosk", new ChannelHealth("millon-kiosk", 20, 0.2, 90.0, null, "down"));

    private final AtomicReference<Optional<Map<String, ChannelHealth>>> history =
            new AtomicReference<>(Optional.empty());
    private final AtomicReference<Instant> now = new AtomicReference<>(NOON);
    private final Clock clock =
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now.get();
                }
            };
    private final LiveChannelHealth health =
            new LiveChannelHealth(history::get, Duration.ofSeconds(30), clock);

    /** Each sentence as its key and arguments, so the warnings can be asserted without a language. */
    private final AdvisorMessages english =
            (AdvisorMessages)
                    Proxy.newProxyInstance(
                            AdvisorMessages.class.getClassLoader(),
                            new Class<?>[] {AdvisorMessages.class},
                            (proxy, method, args) ->
                                    method.getName() + (args == null ? "" : Arrays.toString(args)));

    @Test
    void untilHistoryHasAnsweredOnceThereIsNoHealthAndTheAnswerSaysHistoryIsUnavailable() {
        health.refresh();
        List<String> warnings = new ArrayList<>();
        assertTrue(health.usable(english, warnings).isEmpty());
        assertEquals(List.of("historyUnavailable"), warnings);
    }

    @Test
    void whenHistoryGoesAwayTheLastViewServesUntilItIsStaleAndThenTheAnswerSaysHowOld() {
        history.set(Optional.of(KIOSK_DOWN));
        health.refresh();
        history.set(Optional.empty());
        now.set(NOON.plusSeconds(20));
        health.refresh();

        List<String> warnings = new ArrayList<>();
        Optional<LiveChannelHealth.View> fresh = health.usable(english, warnings);
        assertEquals("down", fresh.orElseThrow().byChannel().get("millon-kiosk").status());
        assertEquals(NOON, fresh.get().asOf());
        assertTrue(warnings.isEmpty());

        now.set(NOON.plusSeconds(45));
        assertTrue(health.usable(english, warnings).isEmpty());
        assertEquals(List.of("healthStale[45]"), warnings);
        assertTrue(health.current().orElseThrow().stale());

        history.set(Optional.of(Map.of()));
        health.refresh();
        assertFalse(health.current().orElseThrow().stale());
    }
}
