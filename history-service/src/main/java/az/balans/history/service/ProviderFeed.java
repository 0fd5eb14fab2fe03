package az.balans.history.service;

import az.balans.history.config.ProvidersConfig;
import az.balans.history.mapping.ProviderOutcomeMapper;
import az.balans.history.messaging.DeadLetters;
import az.balans.history.messaging.RechargeEventPublisher;
import az.balans.problem.DomainException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * The providers' outcomes, in: each checked as its provider documents (DT One's callback
 * credentials, Reloadly's signature), read, and published to recharge-events, or set aside on the
 * dead-letter topic with the reason when it cannot be one of ours. A caller is answered only once
 * the broker has acknowledged what it sent: while the broker is away the answer is 503 with
 * Retry-After, and the provider's own retry brings the outcome back later. The event id is the
 * same each time, so an outcome sent twice is stored once.
 */
@Startup
@ApplicationScoped
public class ProviderFeed {

    private static final Logger LOG = Logger.getLogger(ProviderFeed.class);
    private static final String REALM = "Basic realm=\"balans-providers\"";
    private static final List<String> OUTCOMES =
            List.of("received", "published", "dead-lettered", "refused");

    private final ProviderOutcomeMapper mapper;
    private final RechargeEventPublisher publisher;
    private final DeadLetters deadLetters;
    private final ProvidersConfig config;
    private final Clock clock;
    private final Map<String, Counter> outcomes = new HashMap<>();

    ProviderFeed(
            ProviderOutcomeMapper mapper,
            RechargeEventPublisher publisher,
            DeadLetters deadLetters,
            ProvidersConfig config,
            Clock clock,
            MeterRegistry registry) {
        this.mapper = mapper;
        this.publisher = publisher;
        this.deadLetters = deadLetters;
        this.config = config;
        this.clock = clock;
        for (Provider provider : Provider.values()) {
            // registered at start, so that a provider that has sent nothing yet reads 0, not absent
            for (String outcome : OUTCOMES) {
                outcomes.put(
                        provider.id() + "/" + outcome,
                        Counter.builder("balans.provider.outcomes")
                                .description(
                                        "Providers' outcomes: received, published, dead-lettered, refused")
                                .tag("provider", provider.id())
                                .tag("outcome", outcome)
                                .register(registry));
            }
        }
    }

    /** DT One's callback: the transaction object, with the callback credentials set in DT Shop. */
    public void dtOneCallback(byte[] body, String authorization) {
        ProvidersConfig.DtOne dtone = config.dtone();
        if (dtone.callbackUsername().isEmpty() || dtone.callbackPassword().isEmpty()) {
            throw new DomainException.NotFound("DT One callbacks are not received here");
        }
        count(Provider.DTONE, "received");
        String expected =
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (dtone.callbackUsername().get()
                                                        + ":"
                                                        + dtone.callbackPassword().get())
                                                .getBytes(StandardCharsets.UTF_8));
        if (authorization == null || !constantTimeEquals(expected, authorization.trim())) {
            count(Provider.DTONE, "refused");
            throw new DomainException.Unauthenticated(
                    "The callback credentials are missing or wrong", REALM);
        }
        accept(Provider.DTONE, body, () -> mapper.fromDtOne(body));
    }

    /**
     * Reloadly's webhook, signed: X-Reloadly-Signature is the hex HMAC-SHA256, keyed with the
     * webhook signing secret, of the raw body, a colon and X-Reloadly-Request-Timestamp as sent.
     * A timestamp further from now than the tolerance (seconds or milliseconds since the epoch)
     * is a replay, refused like a wrong signature.
     */
    public void reloadlyWebhook(byte[] body, String signature, String timestamp) {
        ProvidersConfig.Reloadly reloadly = config.reloadly();
        if (reloadly.signingSecret().isEmpty()) {
            throw new DomainException.NotFound("Reloadly webhooks are not received here");
        }
        count(Provider.RELOADLY, "received");
        if (signature == null || signature.isBlank() || timestamp == null || timestamp.isBlank()) {
            count(Provider.RELOADLY, "refused");
            throw new DomainException.Unauthenticated(
                    "The webhook is not signed: X-Reloadly-Signature and X-Reloadly-Request-Timestamp are required",
                    null);
        }
        String expected = sign(reloadly.signingSecret().get(), body, timestamp);
        if (!constantTimeEquals(expected, signature.trim().toLowerCase(Locale.ROOT))) {
            count(Provider.RELOADLY, "refused");
            throw new DomainException.Unauthenticated(
                    "The webhook's signature does not match its body and timestamp", null);
        }
        Instant signedAt = signedAt(timestamp);
        if (signedAt == null
                || Duration.between(signedAt, clock.instant())
                                .abs()
                                .compareTo(reloadly.timestampTolerance())
                        > 0) {
            count(Provider.RELOADLY, "refused");
            throw new DomainException.Unauthenticated(
                    "The webhook's timestamp is not within "
                            + reloadly.timestampTolerance().toMinutes()
                            + " minutes of now: a replayed or delayed request is refused",
                    null);
        }
        accept(Provider.RELOADLY, body, () -> mapper.fromReloadly(body));
    }

    /**
     * One outcome read by the Ding poller: published, or set aside when it cannot be one of ours.
     *
     * @throws DomainException.DependencyUnavailable when the broker did not acknowledge it
     */
    void publishPolled(Provider provider, byte[] payload, Supplier<ProviderOutcome> read) {
        count(provider, "received");
        accept(provider, payload, read);
    }

    private void accept(Provider provider, byte[] body, Supplier<ProviderOutcome> read) {
        ProviderOutcome outcome;
        try {
            outcome = read.get();
        } catch (DomainException.InvalidRequest e) {
            count(provider, "refused");
            throw e;
        } catch (UnmappableOutcomeException e) {
            setAside(provider, body, e.getMessage());
            return;
        }
        try {
            await(publisher.publish(outcome));
        } catch (UnmappableOutcomeException e) {
            setAside(provider, body, e.getMessage());
            return;
        }
        count(provider, "published");
    }

    private void setAside(Provider provider, byte[] body, String reason) {
        LOG.infof("%s outcome set aside on the dead-letter topic: %s", provider.id(), reason);
        await(deadLetters.sendProviderPayload(provider.id(), body, reason));
        count(provider, "dead-lettered");
    }

    private void await(CompletableFuture<Void> acknowledged) {
        try {
            acknowledged.get(config.brokerAckTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.warnf("The broker did not acknowledge a provider's outcome: %s", e.toString());
            throw new DomainException.DependencyUnavailable(
                    "The outcome could not be recorded now; send it again later",
                    config.retryAfter());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException.DependencyUnavailable(
                    "The outcome could not be recorded now; send it again later",
                    config.retryAfter());
        }
    }

    private void count(Provider provider, String outcome) {
        outcomes.get(provider.id() + "/" + outcome).increment();
    }

    static String sign(String secret, byte[] body, String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(body == null ? new byte[0] : body);
            mac.update((":" + timestamp).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static Instant signedAt(String timestamp) {
        try {
            long value = Long.parseLong(timestamp.trim());
            // Reloadly's integrations read it in seconds and in milliseconds: a value past 10^11 is
            // milliseconds
            return value > 100_000_000_000L
                    ? Instant.ofEpochMilli(value)
                    : Instant.ofEpochSecond(value);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
