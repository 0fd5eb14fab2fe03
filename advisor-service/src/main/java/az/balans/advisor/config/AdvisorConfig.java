package az.balans.advisor.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "advisor")
public interface AdvisorConfig {

    Catalog catalog();

    Health health();

    Rankings rankings();

    Diagnosis diagnosis();

    Facts facts();

    /** How long a catalog fact's page is trusted after it was last read. */
    interface Facts {
        /** A fact checked longer ago is told as "last checked on" its date. */
        @WithDefault("P180D")
        Duration staleAfter();
    }

    /** What a diagnosis assumes where neither the catalog nor a failure code gives a figure. */
    interface Diagnosis {
        /** How long a top-up may take to arrive through a channel whose time to credit the catalog does not know. */
        @WithDefault("30m")
        Duration timeToCreditWhenUnknown();

        /** A top-up of the same amount to the number that went through this shortly before looks like a repeat. */
        @WithDefault("15m")
        Duration duplicateWindow();
    }

    /** Rankings remembered: the same question against the same catalog and health view, within a minute, ranks the same. */
    interface Rankings {
        /** How many distinct questions are remembered at most (each for the minute it was asked in). */
        @WithDefault("2000")
        long cacheSize();
    }

    ServingCarrier servingCarrier();

    /** What history knows of a number (its serving carrier), held so that answers do not wait on history. */
    interface ServingCarrier {
        /** An answer older than this is asked again in the background, while the held one is still given: a port shows up about this late. */
        @WithDefault("60s")
        Duration refreshAfter();

        /** An answer older than this is dropped (a number nobody asked about for that long, or history away that long). */
        @WithDefault("10m")
        Duration maxAge();

        /** The longest a request waits for history on a number it holds nothing for; after it, the range holder answers. */
        @WithDefault("150ms")
        Duration longestWait();

        /** Threads that ask history, apart from the ones serving requests: a hung history ties up these, never those. */
        @WithDefault("8")
        int askingThreads();

        /** How many numbers are remembered at most. */
        @WithDefault("10000")
        long cacheSize();
    }

    Scoring scoring();

    ServiceToken serviceToken();

    interface ServiceToken {
        /** How long the advisor's own token for history lives; it is renewed at half-life. */
        @WithDefault("PT5M")
        Duration lifetime();
    }

    /** How recommendations are ranked: every option starts at base and these move it. */
    interface Scoring {
        @WithDefault("100")
        double base();

        /** Closed at the time asked. */
        @WithDefault("40")
        double closedPenalty();

        /** history says the channel is down. */
        @WithDefault("60")
        double downPenalty();

        /** history says the channel is degraded. */
        @WithDefault("20")
        double degradedPenalty();

        /** The channel's facts rest on an unverified source. */
        @WithDefault("8")
        double unverifiedPenalty();

        /** Per minute until the money arrives (capped at 120 minutes). */
        @WithDefault("0.3")
        double perMinuteToCredit();

        /** Minutes assumed when the catalog does not know a channel's time to credit. */
        @WithDefault("30")
        int unknownMinutesToCredit();

        /** Per manat of fee. */
        @WithDefault("5")
        double perManatOfFee();

        /** The catalog does not know the channel's fee: as much as a known fee of one manat. */
        @WithDefault("5")
        double unknownFeePenalty();

        /** No page gives a shop's or kiosk's opening hours: it may be closed when the person gets there. */
        @WithDefault("10")
        double unknownHoursPenalty();

        /** The asked amount is not possible there and a nearby one is suggested. */
        @WithDefault("6")
        double amountAdjustedPenalty();

        /** Nothing to travel to: a site, an app. */
        @WithDefault("5")
        double onlineBonus();

        /** A promotion applies. */
        @WithDefault("10")
        double promotionBonus();
    }

    /** Live channel health, held in memory and refreshed in the background, off the request path. */
    interface Health {
        /** How often history is asked (the scheduler reads advisor.health.refresh-interval from application.properties). */
        @WithDefault("5s")
        Duration refreshInterval();

        /** Older than this, the held health is stale: answers say so and rank without it. */
        @WithDefault("30s")
        Duration maxAge();
    }

    Bench bench();

    interface Bench {
        /** The bare endpoints bench/ measures against (rest/BaselineResource, which reads this name); never on in production. */
        @WithDefault("false")
        boolean baselineEndpoints();
    }

    interface Catalog {
        /** How often the snapshot is checked with If-None-Match, besides the catalog-changes events. */
        @WithDefault("60s")
        Duration pollInterval();
    }
}
