package az.balans.advisor.catalog;

import az.balans.advisor.client.Answer;
import az.balans.advisor.client.CatalogGateway;
import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.config.AdvisorConfig;
import az.balans.advisor.i18n.Messages;
import az.balans.problem.DomainException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The catalog, held in memory. Loaded at start, refreshed when catalog-changes says something
 * changed, and checked with If-None-Match every poll interval in case an event was missed (a 304
 * costs the catalog nothing). Until the first load the advisor is not ready.
 */
@ApplicationScoped
public class CatalogSnapshots {

    private static final Logger LOG = Logger.getLogger(CatalogSnapshots.class);

    private record Loaded(CatalogSnapshot snapshot, String etag, Instant checkedAt) {}

    private final CatalogGateway catalog;
    private final AdvisorConfig.Catalog config;
    private final Clock clock;
    private volatile Loaded loaded;

    CatalogSnapshots(CatalogGateway catalog, AdvisorConfig config, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
        this.config = config.catalog();
    }

    public Optional<CatalogSnapshot> current() {
        Loaded current = loaded;
        return current == null ? Optional.empty() : Optional.of(current.snapshot());
    }

    /** The snapshot held; with none yet, the catalog is unavailable, said in the person's language. */
    public CatalogSnapshot required(String language) {
        return current()
                .orElseThrow(
                        () ->
                                new DomainException.DependencyUnavailable(
                                        Messages.in(language).catalogUnavailable()));
    }

    /** Every few seconds until the first load, then once per poll interval. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        Loaded current = loaded;
        if (current == null
                || current.checkedAt().plus(config.pollInterval()).isBefore(clock.instant())) {
            refresh();
        }
    }

    /** Asks the catalog whether it changed, and takes the new snapshot if so. */
    public synchronized void refresh() {
        Loaded current = loaded;
        Answer<Optional<CatalogGateway.Fetched>> answer =
                catalog.snapshotIfChanged(current == null ? null : current.etag());
        if (!answer.available()) {
            LOG.warn("Keeping the catalog snapshot held");
            return;
        }
        Optional<CatalogGateway.Fetched> fetched = answer.value();
        if (fetched.isEmpty()) {
            loaded = new Loaded(current.snapshot(), current.etag(), clock.instant());
            return;
        }
        CatalogSnapshot snapshot = fetched.get().snapshot();
        loaded = new Loaded(snapshot, fetched.get().etag(), clock.instant());
        LOG.infof(
                "Catalog snapshot at revision %d: %d carriers, %d ranges, %d channels",
                snapshot.revision(),
                snapshot.carriers().size(),
                snapshot.numberRanges().size(),
                snapshot.channels().size());
    }
}
