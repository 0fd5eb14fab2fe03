package az.balans.advisor.service;

import az.balans.advisor.client.HistoryGateway;
import az.balans.advisor.client.HistoryLookup;
import az.balans.advisor.config.AdvisorConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Function;

/**
 * What history knows of a number, remembered for a short while (Caffeine, bounded): a person who
 * checks a number, then asks where to top it up, then switches language asks history once. Only
 * history's answers are remembered, never that it could not be asked; concurrent asks for the
 * same number make one call. The cost: a port shows up at most {@code ttl} late.
 */
@ApplicationScoped
public class ServingCarriers {

    private final Function<String, HistoryLookup> ask;
    private final Cache<String, HistoryLookup> remembered;

    @Inject
    ServingCarriers(HistoryGateway history, AdvisorConfig config) {
        this(history::summary, config.servingCarrier(), Ticker.systemTicker());
    }

    ServingCarriers(Function<String, HistoryLookup> ask, AdvisorConfig.ServingCarrier config, Ticker ticker) {
        this.ask = ask;
        this.remembered = Caffeine.newBuilder().maximumSize(config.cacheSize()).expireAfterWrite(config.ttl()).ticker(ticker).build();
    }

    /** History's answer for an E.164 number, at most ttl old. */
    public HistoryLookup of(String e164) {
        HistoryLookup lookup = remembered.get(e164, ask);
        if (!lookup.available()) {
            remembered.invalidate(e164);
        }
        return lookup;
    }
}
