package az.balans.history.service;

import az.balans.history.client.CatalogGateway;
import az.balans.history.config.HistoryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * How long each channel takes to credit a top-up, as the catalog says (its minutesToCredit).
 * Asked again when older than history.reconciliation.catalog-refresh; while the catalog cannot be
 * reached the last answer stands, and with none yet every channel counts as unknown.
 */
@ApplicationScoped
public class ChannelTimesToCredit {

    private static final Logger LOG = Logger.getLogger(ChannelTimesToCredit.class);

    /** Per channel id, the catalog's time to credit; channels whose time the catalog does not know are absent. */
    public record Known(Map<String, Duration> byChannel, Instant fetchedAt) {}

    private final CatalogGateway catalog;
    private final HistoryConfig config;
    private final Clock clock;
    private volatile Known known = new Known(Map.of(), null);

    ChannelTimesToCredit(CatalogGateway catalog, HistoryConfig config, Clock clock) {
        this.catalog = catalog;
        this.config = config;
        this.clock = clock;
    }

    public Known current() {
        Known held = known;
        Instant now = clock.instant();
        if (held.fetchedAt() == null
                || held.fetchedAt().plus(config.reconciliation().catalogRefresh()).isBefore(now)) {
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
            return new Known(catalog.timesToCredit(), now);
        } catch (RuntimeException e) {
            // the last answer stands; asked again at the next refresh, not on every request
            LOG.warnf(
                    "catalog-service did not give the channels' times to credit (%s); using those of %s",
                    e.getClass().getSimpleName(),
                    held.fetchedAt() == null
                            ? "nowhere: every channel counts as unknown"
                            : held.fetchedAt());
            return new Known(held.byChannel(), now);
        }
    }
}
