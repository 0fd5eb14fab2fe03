package az.balans.history.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "history")
public interface HistoryConfig {

    Health health();

    Records records();

    Ingest ingest();

    Reconciliation reconciliation();

    /** The support agents' queue: attempts past their channel's time to credit, and contradictory ones. */
    interface Reconciliation {
        /** A channel whose time to credit the catalog does not give (or a catalog never reached) is due after this. */
        @WithDefault("30m")
        Duration timeToCreditWhenUnknown();

        /** The live 90th percentile of time to credit is taken over the attempts begun this far back. */
        @WithDefault("P1D")
        Duration liveWindow();

        /** How long the catalog's times to credit are used before they are asked for again. */
        @WithDefault("5m")
        Duration catalogRefresh();
    }

    interface Health {
        /** The sliding window channel health is computed over, when the caller names none. */
        @WithDefault("PT1H")
        Duration window();

        /** The longest window a caller may ask for: it bounds the query. */
        @WithDefault("P7D")
        Duration maxWindow();

        /** The most points a health series may have (window divided by step): it bounds the answer. */
        @WithDefault("288")
        int maxSeriesPoints();

        /** Fewer finished attempts than this in the window: status unknown, too little to judge. */
        @WithDefault("5")
        int minFinishedAttempts();

        /** Success rate below this: degraded. */
        @WithDefault("0.90")
        double degradedBelow();

        /** Success rate below this: down. */
        @WithDefault("0.50")
        double downBelow();
    }

    interface Records {
        @WithDefault("50")
        int defaultLimit();

        @WithDefault("200")
        int maxLimit();
    }

    /** How the consumer waits out a database or broker that is away, holding its batch. */
    interface Ingest {
        /** The first pause before the same batch is tried again; each further pause doubles. */
        @WithDefault("200ms")
        Duration firstRetryDelay();

        /** The longest pause between tries, so the consumer resumes soon after the outage ends. */
        @WithDefault("5s")
        Duration maxRetryDelay();

        /**
         * Liveness turns DOWN when one batch has waited longer than this: a restart is the last
         * resort, for a consumer that cannot recover by itself. Readiness is DOWN from the first failure.
         */
        @WithDefault("10m")
        Duration stuckAfter();
    }
}
