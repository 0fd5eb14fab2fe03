package az.balans.advisor.channel;

import az.balans.advisor.client.ChannelHealth;
import az.balans.advisor.client.HistoryGateway;
import az.balans.advisor.config.AdvisorConfig;
import az.balans.advisor.i18n.AdvisorMessages;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every channel's live health, held in memory and refreshed in the background, so no answer waits
 * on history's aggregate. When history cannot be asked the last view is kept; past its maximum age
 * it is stale, and answers say so instead of ranking on old news.
 */
@ApplicationScoped
public class LiveChannelHealth {

    /** Health per channel as of {@code asOf}; {@code stale} once older than the configured age. */
    public record View(Map<String, ChannelHealth> byChannel, Instant asOf, boolean stale) {

        /** Seconds since it was fetched, at {@code now}. */
        public long ageSeconds(Instant now) {
            return Duration.between(asOf, now).toSeconds();
        }
    }

    private record Fetched(Map<String, ChannelHealth> byChannel, Instant at) {}

    private final Supplier<Optional<Map<String, ChannelHealth>>> fetch;
    private final Duration maxAge;
    private final Clock clock;
    private volatile Fetched fetched;

    @Inject
    LiveChannelHealth(HistoryGateway history, AdvisorConfig config, Clock clock) {
        this(() -> history.channelHealth().whenAvailable(), config.health().maxAge(), clock);
    }

    /** @param fetch asks history; empty when it cannot be asked */
    LiveChannelHealth(
            Supplier<Optional<Map<String, ChannelHealth>>> fetch, Duration maxAge, Clock clock) {
        this.fetch = fetch;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The health last fetched; empty until history has answered once. */
    public Optional<View> current() {
        Fetched last = fetched;
        if (last == null) {
            return Optional.empty();
        }
        return Optional.of(
                new View(
                        last.byChannel(),
                        last.at(),
                        last.at().plus(maxAge).isBefore(clock.instant())));
    }

    /**
     * The health to rank on: the fresh view, or empty, with the warning the answer must carry (never
     * fetched: history unavailable; too old: stale, and how old).
     */
    public Optional<View> usable(AdvisorMessages messages, List<String> warnings) {
        Optional<View> view = current();
        if (view.isEmpty()) {
            if (!warnings.contains(messages.historyUnavailable())) {
                warnings.add(messages.historyUnavailable());
            }
            return Optional.empty();
        }
        if (view.get().stale()) {
            warnings.add(messages.healthStale(view.get().ageSeconds(clock.instant())));
            return Optional.empty();
        }
        return view;
    }

    @Scheduled(
            every = "${advisor.health.refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        refresh();
    }

    /** Asks history now; keeps the view held when history cannot be asked. */
    public synchronized void refresh() {
        fetch.get()
                .ifPresent(
                        byChannel -> fetched = new Fetched(Map.copyOf(byChannel), clock.instant()));
    }
}
