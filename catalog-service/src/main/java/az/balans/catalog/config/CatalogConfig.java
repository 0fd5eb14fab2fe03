package az.balans.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {

    Outbox outbox();

    Facts facts();

    interface Facts {
        /** A fact whose page was last read longer ago than this is stale: told as "last checked on", and on the editors' worklist. */
        @WithDefault("P180D")
        Duration staleAfter();
    }

    interface Outbox {
        /** How often the relay looks for committed changes to publish; also how soon after Kafka returns it catches up. */
        @WithDefault("1s")
        Duration relayInterval();

        /** How long after start the relay first runs: the Kafka channel is wired by then. */
        @WithDefault("2s")
        Duration relayDelay();

        /** Changes published per relay run at most. */
        @WithDefault("200")
        int batchSize();

        /** How long one publication may wait for Kafka's acknowledgement before the run stops and retries later. */
        @WithDefault("10s")
        Duration sendTimeout();
    }
}
