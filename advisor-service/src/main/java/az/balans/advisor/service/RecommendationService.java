package az.balans.advisor.service;

import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.client.ChannelHealth;
import az.balans.advisor.config.AdvisorConfig;
import az.balans.advisor.rest.NumberLookup;
import az.balans.advisor.rest.RecommendationRequest;
import az.balans.advisor.rest.RecommendationResponse;
import az.balans.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ServiceUnavailableException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Gathers what a recommendation needs (the number, the catalog, live health) and has it ranked. */
@ApplicationScoped
public class RecommendationService {

    private final NumberService numbers;
    private final CatalogSnapshots catalog;
    private final LiveChannelHealth liveHealth;
    private final Recommender recommender;
    private final Clock clock = Clock.systemUTC();

    RecommendationService(NumberService numbers, CatalogSnapshots catalog, LiveChannelHealth liveHealth, AdvisorConfig config) {
        this.numbers = numbers;
        this.catalog = catalog;
        this.liveHealth = liveHealth;
        this.recommender = new Recommender(config.scoring(), Messages::in);
    }

    public RecommendationResponse recommend(RecommendationRequest request, String language) {
        return recommend(request, language, numbers.lookup(request.number(), language));
    }

    /** The same, for a caller that has already looked the number up (the page shows it first). */
    public RecommendationResponse recommend(RecommendationRequest request, String language, NumberLookup lookup) {
        AdvisorMessages messages = Messages.in(language);
        if (!lookup.valid()) {
            throw new InvalidFieldException("number", lookup.problem().message());
        }
        CatalogSnapshot snapshot = catalog.current()
                .orElseThrow(() -> new ServiceUnavailableException(messages.catalogUnavailable()));
        List<String> warnings = new ArrayList<>(lookup.warnings());
        List<String> carriers = numbers.candidateCarriers(lookup);
        if (lookup.servingCarrier() == null) {
            warnings.add(messages.carrierUnknown());
        }
        Optional<LiveChannelHealth.View> live = liveHealth.usable(messages, warnings);
        Optional<Map<String, ChannelHealth>> health = live.map(LiveChannelHealth.View::byChannel);
        Instant at = request.at() != null ? request.at() : clock.instant();
        Recommender.Ranking ranking = recommender.rank(snapshot, new Recommender.Inputs(carriers,
                request.amount() == null ? null : request.amount().amount(), request.paymentMethods(), request.city(), at, language, health));
        return new RecommendationResponse(lookup.e164(), language, at, lookup.servingCarrier(), lookup.servingCarrierSource(),
                ranking.options(), ranking.excluded(), lookup.degraded() || health.isEmpty(), warnings,
                live.map(LiveChannelHealth.View::asOf).orElse(null));
    }
}
