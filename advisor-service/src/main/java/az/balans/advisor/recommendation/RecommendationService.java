package az.balans.advisor.recommendation;

import az.balans.advisor.catalog.CatalogSnapshots;
import az.balans.advisor.channel.LiveChannelHealth;
import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.client.ChannelHealth;
import az.balans.advisor.config.AdvisorConfig;
import az.balans.advisor.i18n.AdvisorMessages;
import az.balans.advisor.i18n.Messages;
import az.balans.advisor.number.KnownNumber;
import az.balans.advisor.number.NumberService;
import az.balans.problem.InvalidFieldException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers what a recommendation needs (the number, the catalog, live health) and has it ranked.
 * A ranking depends only on the question, the catalog and the health view; many people ask the
 * same question, so rankings are remembered for the minute they were asked in (the profile put a
 * third of a recommendation's CPU in ranking). "Now" is ranked as of the start of its minute:
 * opening hours are in minutes, so the minute changes nothing there.
 */
@ApplicationScoped
public class RecommendationService {

    /**
     * Everything a ranking depends on: the catalog by identity (a change loads a new snapshot), the
     * health view by when it was fetched (each fetch is a new view; none when stale or never fetched).
     */
    private record Question(
            Identity catalog,
            Instant healthAsOf,
            List<String> carriers,
            BigDecimal amount,
            List<String> paymentMethods,
            String city,
            Instant at,
            String language) {}

    private record Identity(Object of) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.of == of;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of);
        }
    }

    private final NumberService numbers;
    private final CatalogSnapshots catalog;
    private final LiveChannelHealth liveHealth;
    private final Recommender recommender;
    private final Clock clock;
    private final Cache<Question, Recommender.Ranking> rankings;

    RecommendationService(
            NumberService numbers,
            CatalogSnapshots catalog,
            LiveChannelHealth liveHealth,
            AdvisorConfig config,
            Clock clock) {
        this.clock = clock;
        this.numbers = numbers;
        this.catalog = catalog;
        this.liveHealth = liveHealth;
        this.recommender =
                new Recommender(config.scoring(), Messages::in, config.facts().staleAfter());
        this.rankings =
                Caffeine.newBuilder()
                        .maximumSize(config.rankings().cacheSize())
                        .expireAfterWrite(Duration.ofMinutes(1))
                        .build();
    }

    public Recommendation recommend(RecommendationQuery request, String language) {
        return recommend(request, language, numbers.lookup(request.number(), language));
    }

    /** The same, for a caller that has already looked the number up (the page shows it first). */
    public Recommendation recommend(
            RecommendationQuery request, String language, KnownNumber lookup) {
        AdvisorMessages messages = Messages.in(language);
        if (!lookup.valid()) {
            throw new InvalidFieldException("number", lookup.problemMessage());
        }
        if (request.nothingAtHand() && request.paymentMethods().size() > 1) {
            throw new InvalidFieldException("paymentMethods", messages.nothingAtHandAlone());
        }
        CatalogSnapshot snapshot = catalog.required(language);
        List<String> warnings = new ArrayList<>(lookup.warnings());
        List<String> carriers = numbers.candidateCarriers(lookup);
        if (lookup.servingCarrier() == null) {
            warnings.add(messages.carrierUnknown());
        }
        Optional<LiveChannelHealth.View> live = liveHealth.usable(messages, warnings);
        Optional<Map<String, ChannelHealth>> health = live.map(LiveChannelHealth.View::byChannel);
        Instant at = request.at() != null ? request.at() : clock.instant();
        Instant rankedAt = request.at() != null ? request.at() : at.truncatedTo(ChronoUnit.MINUTES);
        BigDecimal amount = request.amount() == null ? null : request.amount().amount();
        Instant healthAsOf = live.map(LiveChannelHealth.View::asOf).orElse(null);
        Question question =
                new Question(
                        new Identity(snapshot),
                        healthAsOf,
                        carriers,
                        amount,
                        request.paymentMethods(),
                        request.city(),
                        rankedAt,
                        language);
        Recommender.Ranking ranking =
                rankings.get(
                        question,
                        asked ->
                                recommender.rank(
                                        snapshot,
                                        new Recommender.Inputs(
                                                carriers,
                                                amount,
                                                request.paymentMethods(),
                                                request.city(),
                                                rankedAt,
                                                language,
                                                health)));
        return new Recommendation(
                lookup.e164(),
                language,
                at,
                lookup.servingCarrier(),
                lookup.servingCarrierSource(),
                ranking.options(),
                ranking.excluded(),
                request.nothingAtHand() ? someoneElse(lookup, ranking, messages) : null,
                lookup.degraded() || health.isEmpty(),
                warnings,
                healthAsOf);
    }

    /**
     * What a person with nothing at hand can do on a carrier's network, whatever their number: the
     * carrier's credit advances, and the ways someone elsewhere can take. The page keeps it for use
     * without data; no live health (what is kept is what does not change by the hour).
     */
    public Recommender.Ranking waysOut(String carrierId, String language) {
        return rankFor(carrierId, List.of(RecommendationQuery.NOTHING_AT_HAND), language);
    }

    /** The ways with cash on a carrier's network (the page keeps the scratch cards' and kiosks' steps). */
    public Recommender.Ranking withCash(String carrierId, String language) {
        return rankFor(carrierId, List.of("cash"), language);
    }

    private Recommender.Ranking rankFor(String carrierId, List<String> atHand, String language) {
        CatalogSnapshot snapshot = catalog.required(language);
        return recommender.rank(
                snapshot,
                new Recommender.Inputs(
                        List.of(carrierId),
                        null,
                        atHand,
                        null,
                        clock.instant().truncatedTo(ChronoUnit.MINUTES),
                        language,
                        Optional.empty()));
    }

    /** The message a person with nothing at hand sends someone elsewhere: the ask, then each way's steps. */
    public static String messageForSomeoneElse(
            String carrier,
            String number,
            List<Recommendation.Option> ways,
            AdvisorMessages messages) {
        StringBuilder message = new StringBuilder(messages.someoneElseAsk(carrier, number));
        for (Recommendation.Option way : ways) {
            message.append("\n\n").append(way.name()).append(':');
            for (int i = 0; i < way.steps().size(); i++) {
                message.append('\n').append(i + 1).append(". ").append(way.steps().get(i));
            }
        }
        return message.append("\n\n").append(messages.someoneElseThanks()).toString();
    }

    private static Recommendation.SomeoneElse someoneElse(
            KnownNumber lookup, Recommender.Ranking ranking, AdvisorMessages messages) {
        KnownNumber.Carrier carrier =
                lookup.servingCarrier() != null ? lookup.servingCarrier() : lookup.rangeHolder();
        return new Recommendation.SomeoneElse(
                messageForSomeoneElse(
                        carrier == null ? "" : carrier.name(),
                        lookup.e164(),
                        ranking.forSomeoneElse(),
                        messages),
                ranking.forSomeoneElse(),
                ranking.nearby());
    }
}
