package az.balans.advisor.page;

import az.balans.advisor.catalog.CatalogSnapshots;
import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.i18n.Language;
import az.balans.advisor.i18n.Messages;
import az.balans.advisor.recommendation.RecommendationService;
import az.balans.advisor.recommendation.Recommender;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Makes the page's kept copy ({@link OfflinePack}) from the catalog as it is now, with the same
 * ranking the answers online use. A catalog change reaches it on the person's next visit online.
 */
@ApplicationScoped
public class OfflinePacks {

    /** The kinds a person with cash uses without data once there: a scratch card, a kiosk. */
    private static final Set<String> WITH_CASH = Set.of("scratch-card", "kiosk");

    private final CatalogSnapshots catalog;
    private final RecommendationService recommendations;
    private final Clock clock;

    OfflinePacks(CatalogSnapshots catalog, RecommendationService recommendations, Clock clock) {
        this.catalog = catalog;
        this.recommendations = recommendations;
        this.clock = clock;
    }

    public OfflinePack pack(String language) {
        PageMessages words = PageWording.in(language);
        CatalogSnapshot snapshot = catalog.required(language);
        List<CatalogSnapshot.Carrier> served =
                snapshot.carriers().stream()
                        .filter(carrier -> "mobile-operator".equals(carrier.kind()))
                        .filter(carrier -> "active".equals(carrier.status()))
                        .toList();
        Set<String> ids = Set.copyOf(served.stream().map(CatalogSnapshot.Carrier::id).toList());
        List<OfflinePack.Range> ranges =
                snapshot.numberRanges().stream()
                        .filter(range -> ids.contains(range.holderId()))
                        .map(range -> new OfflinePack.Range(range.prefix(), range.holderId()))
                        .toList();
        String savedAt = Messages.bakuTime(clock.instant(), language);
        return new OfflinePack(
                language,
                savedAt,
                new OfflinePack.Words(
                        words.offlineHeading(),
                        words.offlineNotice(savedAt),
                        words.offlineWaysOut(),
                        words.offlineWithCash(),
                        words.someoneElseHeading(),
                        words.someoneElseHint(),
                        words.nearbyHeading(),
                        words.copyMessage(),
                        words.messageCopied(),
                        words.reasonsHeading(),
                        words.stepsHeading(),
                        words.offlineUnknownNumber()),
                ranges,
                served.stream().map(carrier -> carrier(carrier, language, words)).toList());
    }

    private OfflinePack.Carrier carrier(
            CatalogSnapshot.Carrier carrier, String language, PageMessages words) {
        String name = Language.pick(carrier.names(), language);
        Recommender.Ranking waysOut = recommendations.waysOut(carrier.id(), language);
        List<PageViews.Way> withCash =
                recommendations.withCash(carrier.id(), language).options().stream()
                        .filter(option -> WITH_CASH.contains(option.kind()))
                        .map(PageViewMapper::way)
                        .toList();
        return new OfflinePack.Carrier(
                carrier.id(),
                name,
                words.offlineHolder(
                        name,
                        carrier.balanceCode() == null
                                ? Messages.in(language).balanceCodeUnknown()
                                : carrier.balanceCode()),
                waysOut.options().stream().map(PageViewMapper::way).toList(),
                withCash,
                RecommendationService.messageForSomeoneElse(
                        name, OfflinePack.NUMBER, waysOut.forSomeoneElse(), Messages.in(language)),
                waysOut.nearby().stream().map(PageViewMapper::way).toList());
    }
}
