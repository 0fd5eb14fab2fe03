package az.balans.history.client;

import az.balans.history.config.HistoryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * How long each channel takes to credit a top-up, as the catalog says (its minutesToCredit).
 * Asked again when older than history.reconciliation.catalog-refresh; while the catalog cannot be
 * reached the last answer stands, and with none yet every channel counts as unknown.
 */
@ApplicationScoped
public class ChannelTimesToCredit {

    private static final Logger LOG = Logger.getLogger(ChannelTimesToCredit.class);
    private static final int PAGE_SIZE = 200;

    /** Per channel id, the catalog's time to credit; channels whose time the catalog does not know are absent. */
    public record Known(Map<String, Duration> byChannel, Instant fetchedAt) {
    }

    private final CatalogRestClient catalog;
    private final HistoryConfig config;
    private final Clock clock;
    private volatile Known known = new Known(Map.of(), null);

    ChannelTimesToCredit(@RestClient CatalogRestClient catalog, HistoryConfig config, Clock clock) {
        this.catalog = catalog;
        this.config = config;
        this.clock = clock;
    }

    public Known current() {
        Known held = known;
        Instant now = clock.instant();
        if (held.fetchedAt() == null || held.fetchedAt().plus(config.reconciliation().catalogRefresh()).isBefore(now)) {
            synchronized (this) {
                if (known == held) {
                    known = fetch(held, now);
                }
            }
        }
        return known;
    }

    private Known fetch(Known held, Instant now) {
        try {
            Map<String, Duration> times = new HashMap<>();
            for (int page = 0; ; page++) {
                CatalogRestClient.Page answer = catalog.channels(page, PAGE_SIZE);
                answer.items().stream().filter(channel -> channel.minutesToCredit() != null)
                        .forEach(channel -> times.put(channel.id(), Duration.ofMinutes(channel.minutesToCredit())));
                if ((long) (page + 1) * PAGE_SIZE >= answer.total()) {
                    break;
                }
            }
            return new Known(Map.copyOf(times), now);
        } catch (RuntimeException e) {
            // the last answer stands; asked again at the next refresh, not on every request
            LOG.warnf("catalog-service did not give the channels' times to credit (%s); using those of %s",
                    e.getClass().getSimpleName(), held.fetchedAt() == null ? "nowhere: every channel counts as unknown" : held.fetchedAt());
            return new Known(held.byChannel(), now);
        }
    }
}
