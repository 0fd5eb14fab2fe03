package az.balans.advisor.service;

import az.balans.advisor.client.CatalogClient;
import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.config.AdvisorConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The catalog, held in memory. Loaded at start, refreshed when catalog-changes says something
 * changed, and checked with If-None-Match every poll interval in case an event was missed (a 304
 * costs the catalog nothing). Until the first load the advisor is not ready.
 */
@ApplicationScoped
public class CatalogSnapshots {

    private static final Logger LOG = Logger.getLogger(CatalogSnapshots.class);

    private record Loaded(CatalogSnapshot snapshot, String etag, Instant checkedAt) {
    }

    private final CatalogClient catalog;
    private final AdvisorConfig.Catalog config;
    private final Clock clock;
    private volatile Loaded loaded;

    CatalogSnapshots(@RestClient CatalogClient catalog, AdvisorConfig config, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
        this.config = config.catalog();
    }

    public Optional<CatalogSnapshot> current() {
        Loaded current = loaded;
        return current == null ? Optional.empty() : Optional.of(current.snapshot());
    }

    /** Every few seconds until the first load, then once per poll interval. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        Loaded current = loaded;
        if (current == null || current.checkedAt().plus(config.pollInterval()).isBefore(clock.instant())) {
            refresh();
        }
    }

    /** Asks the catalog whether it changed, and takes the new snapshot if so. */
    public synchronized void refresh() {
        Loaded current = loaded;
        try (Response response = catalog.snapshot(current == null ? null : current.etag())) {
            if (response.getStatus() == 304 && current != null) {
                loaded = new Loaded(current.snapshot(), current.etag(), clock.instant());
                return;
            }
            if (response.getStatus() != 200) {
                LOG.warnf("catalog-service answered %d for /catalog; keeping the snapshot held", response.getStatus());
                return;
            }
            CatalogSnapshot snapshot = response.readEntity(CatalogSnapshot.class);
            loaded = new Loaded(snapshot, response.getHeaderString(HttpHeaders.ETAG), clock.instant());
            LOG.infof("Catalog snapshot at revision %d: %d carriers, %d ranges, %d channels", snapshot.revision(),
                    snapshot.carriers().size(), snapshot.numberRanges().size(), snapshot.channels().size());
        } catch (RuntimeException e) {
            LOG.warnf("catalog-service unreachable (%s); keeping the snapshot held", e.getMessage());
        }
    }
}
