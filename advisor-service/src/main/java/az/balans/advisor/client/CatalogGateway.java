package az.balans.advisor.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The one way to catalog-service: the whole catalog, asked with the ETag held so that an unchanged
 * catalog costs a 304. Like {@link HistoryGateway}, it answers an {@link Answer}: the catalog could
 * not be asked, or it answered with a new snapshot or with none (unchanged).
 */
@ApplicationScoped
public class CatalogGateway {

    private static final Logger LOG = Logger.getLogger(CatalogGateway.class);

    /** A snapshot and the ETag it was served with. */
    public record Fetched(CatalogSnapshot snapshot, String etag) {}

    private final CatalogRestClient catalog;
    private final Clock clock;

    CatalogGateway(@RestClient CatalogRestClient catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The catalog if it changed since {@code etag} (null: not held yet); empty when it did not. */
    public Answer<Optional<Fetched>> snapshotIfChanged(String etag) {
        try (Response response = catalog.snapshot(etag)) {
            if (response.getStatus() == 304 && etag != null) {
                return Answer.of(Optional.empty(), clock.instant());
            }
            if (response.getStatus() != 200) {
                LOG.warnf("catalog-service answered %d for /catalog", response.getStatus());
                return Answer.unavailable(Optional.empty(), clock.instant());
            }
            return Answer.of(
                    Optional.of(
                            new Fetched(
                                    response.readEntity(CatalogSnapshot.class),
                                    response.getHeaderString(HttpHeaders.ETAG))),
                    clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf("catalog-service unreachable (%s)", e.getMessage());
            return Answer.unavailable(Optional.empty(), clock.instant());
        }
    }
}
