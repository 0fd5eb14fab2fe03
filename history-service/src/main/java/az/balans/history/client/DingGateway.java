package az.balans.history.client;

import az.balans.history.config.ProvidersConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way from history to Ding: a page of the partner's transfer records, newest first. Calls
 * are spaced by a token bucket (balans.providers.ding.requests-per-second), waiting rather than
 * failing, so the poller never sends Ding more than it allows; each is bounded by a timeout, and a
 * failure is the poller's to back off from.
 */
@ApplicationScoped
public class DingGateway {

    private final DingRestClient ding;
    private final ProvidersConfig config;
    private final Bucket spacing;

    DingGateway(@RestClient DingRestClient ding, ProvidersConfig config) {
        this.ding = ding;
        this.config = config;
        int perSecond = config.ding().requestsPerSecond();
        this.spacing =
                Bucket.builder()
                        .addLimit(
                                Bandwidth.builder()
                                        .capacity(perSecond)
                                        .refillGreedy(perSecond, Duration.ofSeconds(1))
                                        .build())
                        .build();
    }

    /** @return Ding's answer as it sent it, for the models generated from its document to read */
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    public byte[] transferRecords(int skip, int take) throws InterruptedException {
        spacing.asBlocking().consume(1);
        return ding.listTransferRecords(
                config.ding().apiKey().orElseThrow(), Map.of("Skip", skip, "Take", take));
    }
}
