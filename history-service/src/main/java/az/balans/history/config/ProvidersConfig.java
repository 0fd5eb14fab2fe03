package az.balans.history.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The top-up providers whose outcomes history turns into recharge events: DT One's callbacks,
 * Reloadly's webhooks and Ding's transfer records. A provider whose secret is not configured is
 * off: its endpoint answers 404 and nothing is polled.
 */
@ConfigMapping(prefix = "balans.providers")
public interface ProvidersConfig {

    /** How long a callback waits for the broker to acknowledge its event before it is answered 503. */
    @WithDefault("5s")
    Duration brokerAckTimeout();

    /** What a 503 asks the provider to wait before it sends the callback again (Retry-After). */
    @WithDefault("30s")
    Duration retryAfter();

    DtOne dtone();

    Reloadly reloadly();

    Ding ding();

    /** Who a provider's outcomes are told as: the channel and payment method of the partner's flow. */
    interface Feed {
        /** The catalog id of the channel the partner's top-ups are recorded under. */
        String channelId();

        /** The payment method the partner's customers pay with. */
        @WithDefault("international-card")
        String paymentMethod();

        /**
         * The provider's operators, as our carrier ids: a word of the operator's name or its code
         * (lower case) to the carrier's id. An operator matched by none is dead-lettered.
         */
        Map<String, String> carriers();
    }

    interface DtOne extends Feed {
        /**
         * The callback credentials set in DT Shop, sent as HTTP Basic; without them the callback
         * endpoint is off.
         */
        Optional<String> callbackUsername();

        Optional<String> callbackPassword();
    }

    interface Reloadly extends Feed {
        /** The webhook signing secret from Reloadly's dashboard; without it the webhook endpoint is off. */
        Optional<String> signingSecret();

        /** A webhook whose timestamp is further than this from now is refused as replayed. */
        @WithDefault("5m")
        Duration timestampTolerance();
    }

    interface Ding extends Feed {
        /** The partner's Ding Connect API key; without it nothing is polled. */
        Optional<String> apiKey();

        /** How often the transfer records are read. */
        @WithDefault("30s")
        Duration pollEvery();

        /** Records asked for per request (Take). */
        @WithDefault("100")
        int pageSize();

        /** The most requests a second sent to Ding, all polls together. */
        @WithDefault("2")
        int requestsPerSecond();

        /** The first poll, with no cursor yet, reads the transfers started this far back. */
        @WithDefault("P1D")
        Duration firstLookBack();

        /** Transfers are remembered this long: Ding lists none older than two months. */
        @WithDefault("P62D")
        Duration keepTransfers();

        /** The most requests one poll makes, however many records are new: the poller stays polite. */
        @WithDefault("10")
        int maxRequestsPerPoll();

        /** After a failed poll the next waits this long, doubling on each further failure... */
        @WithDefault("30s")
        Duration firstBackoff();

        /** ...up to this. */
        @WithDefault("15m")
        Duration maxBackoff();

        /**
         * Ding codes that only say which kind of failure it was: the error's context names it
         * (TransientProviderError with ProviderTimedOut), and the context is the code recorded.
         */
        @WithDefault("TransientProviderError,ProviderError")
        List<String> codesDetailedByContext();
    }
}
