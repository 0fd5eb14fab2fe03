package az.balans.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Per-client rate limits on the public API: each client address gets a token bucket (Bucket4j) of
 * {@code balans.rate-limit.requests} per {@code balans.rate-limit.period}, and a request past it is
 * answered 429 problem+json with {@code Retry-After}, before anything else reads it. Behind a
 * proxy that sets X-Forwarded-For (the Kubernetes ingress) the client is the address it names, once
 * {@code quarkus.http.proxy.*} trusts it. Refusals are counted in {@code balans_rate_limited_total},
 * with no label that could name a client.
 */
@ApplicationScoped
public class RateLimits {

    private final RateLimitConfig config;
    private final Pattern limitedPaths;
    private final Set<String> unlimitedClients;
    // a client idle for a whole period has a full bucket again, so forgetting it then loses nothing
    private final Cache<String, Bucket> buckets;
    private final Counter refused;
    private final ObjectMapper json;

    RateLimits(RateLimitConfig config, MeterRegistry registry, ObjectMapper json) {
        this.config = config;
        this.limitedPaths = Pattern.compile(config.paths());
        this.unlimitedClients = Set.copyOf(config.unlimitedClients().orElse(List.of()));
        this.buckets =
                Caffeine.newBuilder()
                        .maximumSize(config.maxClients())
                        .expireAfterAccess(config.period())
                        .build();
        this.refused =
                Counter.builder("balans.rate.limited")
                        .description(
                                "Requests refused with 429 because their client sent more than its rate limit")
                        .register(registry);
        this.json = json;
    }

    void install(@Observes Router router) {
        if (config.enabled()) {
            // right after RequestHygiene: what it refuses costs nothing further, the rest is
            // counted
            router.route().order(Integer.MIN_VALUE + 1).handler(this::admitOrRefuse);
        }
    }

    private void admitOrRefuse(RoutingContext context) {
        SocketAddress address = context.request().remoteAddress();
        String client = address == null ? "unknown" : address.hostAddress();
        if (unlimitedClients.contains(client)
                || !limitedPaths.matcher(context.request().path()).matches()) {
            context.next();
            return;
        }
        ConsumptionProbe probe =
                buckets.get(client, this::newBucket).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        refused.increment();
        long retryAfter =
                Math.max(
                        1,
                        TimeUnit.NANOSECONDS.toSeconds(
                                probe.getNanosToWaitForRefill() + 999_999_999));
        context.response().putHeader("Retry-After", String.valueOf(retryAfter));
        RequestHygiene.send(
                context,
                json,
                Problem.of(
                        Response.Status.TOO_MANY_REQUESTS,
                        "This client sent more than "
                                + config.requests()
                                + " requests in "
                                + config.period().toSeconds()
                                + " s. Try again in "
                                + retryAfter
                                + " s."));
    }

    private Bucket newBucket(String client) {
        return Bucket.builder()
                .addLimit(
                        Bandwidth.builder()
                                .capacity(config.requests())
                                .refillGreedy(config.requests(), config.period())
                                .build())
                .build();
    }
}
