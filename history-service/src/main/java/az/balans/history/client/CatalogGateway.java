package az.balans.history.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way from history to catalog-service: each channel's time to credit, read page by page
 * from the public channel list. A call that fails is tried again twice, and the whole read is
 * bounded, so the reconciliation queue never waits on a slow catalog.
 */
@ApplicationScoped
public class CatalogGateway {

    private static final int PAGE_SIZE = 200;

    private final CatalogRestClient catalog;

    CatalogGateway(@RestClient CatalogRestClient catalog) {
        this.catalog = catalog;
    }

    /** Per channel id, the catalog's time to credit; a channel whose time the catalog does not know is absent. */
    @Retry(maxRetries = 2, delay = 200, delayUnit = ChronoUnit.MILLIS)
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public Map<String, Duration> timesToCredit() {
        Map<String, Duration> times = new HashMap<>();
        for (int page = 0; ; page++) {
            CatalogRestClient.Page answer = catalog.channels(page, PAGE_SIZE);
            answer.items().stream()
                    .filter(channel -> channel.minutesToCredit() != null)
                    .forEach(
                            channel ->
                                    times.put(
                                            channel.id(),
                                            Duration.ofMinutes(channel.minutesToCredit())));
            if ((long) (page + 1) * PAGE_SIZE >= answer.total()) {
                return Map.copyOf(times);
            }
        }
    }
}
