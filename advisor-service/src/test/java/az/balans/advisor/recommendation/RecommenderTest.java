package az.balans.advisor.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.client.ChannelHealth;
import az.balans.advisor.config.AdvisorConfig;
import az.balans.advisor.i18n.AdvisorMessages;
import az.balans.platform.money.Money;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecommenderTest {

    /** Each sentence as its key and arguments, so the reasons can be asserted without a language. */
    private static final AdvisorMessages KEYS =
            (AdvisorMessages)
                    Proxy.newProxyInstance(
                            AdvisorMessages.class.getClassLoader(),
                            new Class<?>[] {AdvisorMessages.class},
                            (proxy, method, args) ->
                                    method.getName() + (args == null ? "" : Arrays.toString(args)));

    private static final AdvisorConfig.Scoring WEIGHTS =
            new AdvisorConfig.Scoring() {
                public double base() {
                    return 100;
                }

                public double closedPenalty() {
                    return 40;
                }

                public double downPenalty() {
                    return 60;
                }

                public double degradedPenalty() {
                    return 20;
                }

                public double unverifiedPenalty() {
                    return 8;
                }

                public double perMinuteToCredit() {
                    return 0.3;
                }

                public int unknownMinutesToCredit() {
                    return 30;
                }

                public double perManatOfFee() {
                    return 5;
                }

                public double unknownFeePenalty() {
                    return 5;
                }

                public double unknownHoursPenalty() {
                    return 10;
                }

                public double amountAdjustedPenalty() {
                    return 6;
                }

                public double onlineBonus() {
                    return 5;
                }

                public double promotionBonus() {
                    return 10;
                }
            };

    // Tuesday 2026-11-24 10:00 in Baku
    private static final Instant TUESDAY_MORNING = Instant.parse("2026-11-24T06:00:00Z");
    private static final Instant TUESDAY_NIGHT =
            Instant.parse("2026-11-24T19:30:00Z"); // 23:30 in Baku

    private final Recommender recommender =
            new Recommender(WEIGHTS, language -> KEYS, java.time.Duration.ofDays(180));

    @Test
    void aForeignCardRulesOutCashOnlyAndLocalCardChannels() {
        Recommender.Ranking ranking =
                rank(
                        inputs(
                                List.of("international-card"),
                                null,
                                null,
                                TUESDAY_MORNING,
                                Optional.empty()));
        assertEquals(List.of("azercell-kabinetim", "ding", "azercell-shop-baku"), ids(ranking));
        assertEquals(
                List.of("azercell-scratch-card", "birbank-app", "millon-kiosk"),
                ranking.excluded().stream().map(Recommendation.Excluded::channelId).toList());
        assertTrue(ranking.excluded().get(1).reason().startsWith("excludedPayment"));
    }

    /**
     * With nothing at hand the way out is the carrier's credit advance, what it costs spelled out for
     * each amount it lends, with its terms; then the ways someone elsewhere can take with a card.
     */
    @Test
    void nothingAtHandGetsTheCreditAdvanceWithItsCostAndWhatSomeoneElseCanDo() {
        Recommender.Ranking ranking =
                rank(inputs(List.of("nothing"), null, null, TUESDAY_NIGHT, Optional.empty()));
        assertEquals(List.of("azercell-credit"), ids(ranking));
        assertEquals(List.of(), ranking.excluded());
        List<String> reasons = ranking.options().get(0).reasons();
        assertTrue(reasons.contains("reasonNothingNeeded"), reasons::toString);
        assertTrue(
                reasons.contains(
                        "reasonAdvanceCost[advanceCostOf[1.00, 1.26]; advanceCostOf[5.00, 6.06]]"),
                reasons::toString);
        assertTrue(reasons.contains("Paid back from the next top-up."), reasons::toString);
        assertFalse(reasons.contains("reasonOnline"), reasons::toString);
        assertEquals(
                List.of("azercell-kabinetim", "ding"),
                ranking.forSomeoneElse().stream().map(Recommendation.Option::channelId).toList());
        // what someone near them takes on their own phone is told apart, with its terms and steps
        assertEquals(1, ranking.nearby().size());
        Recommendation.Option nearby = ranking.nearby().get(0);
        assertEquals("azercell-card-for-another", nearby.channelId());
        assertEquals(List.of("Anyone with a card can load it."), nearby.reasons());
        assertEquals(List.of("Dial *131*<number>*<code>#YES"), nearby.steps());

        // an amount asked: the nearest the advance lends, and what that one costs
        Recommendation.Option three =
                rank(inputs(
                                List.of("nothing"),
                                new BigDecimal("3.00"),
                                null,
                                TUESDAY_NIGHT,
                                Optional.empty()))
                        .options()
                        .get(0);
        assertEquals("5.00", three.amount().value());
        assertEquals("1.06", three.fee().value());
        assertTrue(three.reasons().contains("reasonAdvanceCost[advanceCostOf[5.00, 6.06]]"));

        // with money at hand the advance is neither offered nor ruled out, and nobody else is asked
        Recommender.Ranking withCash =
                rank(inputs(List.of("cash"), null, null, TUESDAY_MORNING, Optional.empty()));
        assertFalse(ids(withCash).contains("azercell-credit"));
        assertTrue(
                withCash.excluded().stream()
                        .noneMatch(channel -> channel.channelId().equals("azercell-credit")));
        assertEquals(List.of(), withCash.forSomeoneElse());
        assertEquals(List.of(), withCash.nearby());
        assertFalse(ids(withCash).contains("azercell-card-for-another"));
    }

    @Test
    void aFeeTheCatalogDoesNotKnowIsSaidPlainlyAndCountsAgainstTheChannelNeverAsNoFee() {
        Recommender.Ranking ranking =
                rank(
                        inputs(
                                List.of("international-card"),
                                new BigDecimal("5.00"),
                                null,
                                TUESDAY_MORNING,
                                Optional.empty()));
        Recommendation.Option ding = option(ranking, "ding");
        Recommendation.Option kabinetim = option(ranking, "azercell-kabinetim");
        assertTrue(ding.reasons().contains("reasonFeeUnknown"), ding.reasons().toString());
        assertFalse(ding.reasons().contains("reasonNoFee"), ding.reasons().toString());
        assertEquals(null, ding.fee());
        assertTrue(kabinetim.reasons().contains("reasonNoFee"), kabinetim.reasons().toString());
        // the same facts but the fee: the unknown fee costs what the configured penalty says
        assertEquals(kabinetim.score() - WEIGHTS.unknownFeePenalty(), ding.score(), 1e-9);
    }

    @Test
    void anAmountAChannelCannotTakeBecomesTheNearestItCan() {
        Recommender.Ranking ranking =
                rank(
                        inputs(
                                List.of("cash"),
                                new BigDecimal("7.00"),
                                null,
                                TUESDAY_MORNING,
                                Optional.empty()));
        Recommendation.Option card = option(ranking, "azercell-scratch-card");
        assertEquals("10.00", card.amount().value());
        assertTrue(
                card.reasons().contains("reasonAmountAdjusted[7.00, 10.00]"),
                card.reasons().toString());
        Recommendation.Option kiosk = option(ranking, "millon-kiosk");
        assertEquals("7.00", kiosk.amount().value());
        Recommendation.Option below =
                option(
                        rank(
                                inputs(
                                        List.of("cash"),
                                        new BigDecimal("0.50"),
                                        null,
                                        TUESDAY_MORNING,
                                        Optional.empty())),
                        "millon-kiosk");
        assertEquals("1.00", below.amount().value());
    }

    /** Hours no page gives are not "always open": the shop is neither open nor closed, says so, and ranks lower than when known. */
    @Test
    void aShopWhoseHoursNoPageGivesIsNeitherOpenNorClosedAndSaysSo() {
        CatalogSnapshot.Channel shop = CATALOG.channel("azercell-shop-baku").orElseThrow();
        CatalogSnapshot.Channel hoursUnknown =
                new CatalogSnapshot.Channel(
                        shop.id(),
                        shop.kind(),
                        shop.names(),
                        shop.carriers(),
                        shop.paymentMethods(),
                        shop.givesChange(),
                        shop.minAmount(),
                        shop.maxAmount(),
                        shop.denominations(),
                        shop.feePercent(),
                        shop.feeFixed(),
                        shop.minutesToCredit(),
                        null,
                        shop.cities(),
                        shop.steps(),
                        shop.verified(),
                        shop.notes(),
                        Map.of(
                                "openingHours",
                                new CatalogSnapshot.Fact("unknown", null, null, null)),
                        null,
                        null);
        CatalogSnapshot catalog =
                new CatalogSnapshot(
                        2,
                        CATALOG.carriers(),
                        CATALOG.numberRanges(),
                        CATALOG.channels().stream()
                                .map(
                                        channel ->
                                                channel.id().equals(shop.id())
                                                        ? hoursUnknown
                                                        : channel)
                                .toList(),
                        CATALOG.promotions(),
                        CATALOG.failureCodes());
        Recommender.Inputs morning =
                inputs(
                        List.of("cash", "international-card"),
                        null,
                        "Baku",
                        TUESDAY_MORNING,
                        Optional.empty());
        Recommendation.Option unknown = option(recommender.rank(catalog, morning), shop.id());
        assertEquals(null, unknown.openNow());
        assertTrue(unknown.reasons().contains("reasonHoursUnknown"), unknown.reasons().toString());
        assertFalse(
                unknown.reasons().stream()
                        .anyMatch(
                                reason ->
                                        reason.startsWith("reasonOpen")
                                                || reason.startsWith("reasonClosed")));
        Recommendation.Option known = option(rank(morning), shop.id());
        assertEquals(true, known.openNow());
        assertEquals(known.score() - WEIGHTS.unknownHoursPenalty(), unknown.score(), 1e-9);
    }

    @Test
    void aClosedShopIsDemotedAndSaysWhenItOpens() {
        Recommender.Ranking night =
                rank(
                        inputs(
                                List.of("cash", "international-card"),
                                null,
                                "Baku",
                                TUESDAY_NIGHT,
                                Optional.empty()));
        Recommendation.Option shop = option(night, "azercell-shop-baku");
        assertFalse(shop.openNow());
        assertTrue(
                shop.reasons().contains("reasonClosed[Wednesday, 09:00]"),
                shop.reasons().toString());
        Recommender.Ranking morning =
                rank(
                        inputs(
                                List.of("cash", "international-card"),
                                null,
                                "Baku",
                                TUESDAY_MORNING,
                                Optional.empty()));
        assertTrue(option(morning, "azercell-shop-baku").openNow());
        assertEquals(40.0, option(morning, "azercell-shop-baku").score() - shop.score(), 1e-9);
    }

    @Test
    void aShopInAnotherCityIsExcludedAndOnlineChannelsAreNot() {
        Recommender.Ranking ranking =
                rank(
                        inputs(
                                List.of("cash", "international-card", "local-card"),
                                null,
                                "Ganja",
                                TUESDAY_MORNING,
                                Optional.empty()));
        assertFalse(ids(ranking).contains("azercell-shop-baku"));
        assertTrue(ids(ranking).contains("azercell-kabinetim"));
        assertTrue(
                ranking.excluded().stream()
                        .anyMatch(
                                e ->
                                        e.channelId().equals("azercell-shop-baku")
                                                && e.reason().startsWith("excludedCity")));
    }

    /** The measured case: a city typed in Azerbaijani ("Bakı") used to exclude every shop of Baku. */
    @Test
    void aCityTypedInThePersonsLanguageIsTheCatalogsAndIsNamedInIt() {
        for (String typed : List.of("Bakı", "baki", "Баку", "巴库")) {
            Recommender.Ranking ranking =
                    rank(
                            inputs(
                                    List.of("cash", "international-card"),
                                    null,
                                    typed,
                                    TUESDAY_MORNING,
                                    Optional.empty()));
            assertTrue(
                    ids(ranking).contains("azercell-shop-baku"), typed + ": " + ranking.excluded());
        }
        Recommender.Ranking ganja =
                rank(
                        inputs(
                                List.of("cash", "international-card"),
                                null,
                                "Gəncə",
                                TUESDAY_MORNING,
                                Optional.empty()));
        assertEquals(
                "excludedCity[Baku, Gəncə]",
                ganja.excluded().stream()
                        .filter(e -> e.channelId().equals("azercell-shop-baku"))
                        .findFirst()
                        .orElseThrow()
                        .reason());
    }

    @Test
    void liveHealthDemotesADownChannelWithAWarningAndSaysDegraded() {
        Map<String, ChannelHealth> health =
                Map.of(
                        "millon-kiosk",
                                new ChannelHealth("millon-kiosk", 40, 0.30, 45.0, null, "down"),
                        "birbank-app",
                                new ChannelHealth("birbank-app", 40, 0.80, 10.0, null, "degraded"),
                        "azercell-scratch-card",
                                new ChannelHealth(
                                        "azercell-scratch-card", 40, 0.99, 60.0, null, "ok"));
        Recommender.Ranking healthy =
                rank(
                        inputs(
                                List.of("cash", "local-card"),
                                null,
                                null,
                                TUESDAY_MORNING,
                                Optional.empty()));
        Recommender.Ranking live =
                rank(
                        inputs(
                                List.of("cash", "local-card"),
                                null,
                                null,
                                TUESDAY_MORNING,
                                Optional.of(health)));
        assertTrue(option(live, "millon-kiosk").warnings().contains("warningDown[30]"));
        assertEquals(
                60.0,
                option(healthy, "millon-kiosk").score() - option(live, "millon-kiosk").score(),
                1e-9);
        assertTrue(option(live, "birbank-app").warnings().contains("warningDegraded[80]"));
        assertTrue(option(live, "azercell-scratch-card").reasons().contains("reasonHealthOk[99]"));
        assertEquals(
                "millon-kiosk", ids(live).get(ids(live).size() - 1), "the down channel comes last");
    }

    @Test
    void aPromotionAppliesOnlyWithinItsDatesAndFromItsMinimumAmount() {
        Instant novruz = Instant.parse("2027-03-20T08:00:00Z");
        List<String> card = List.of("international-card");
        assertEquals(
                List.of("reasonPromotion[Extra 1 GB]"),
                option(
                                rank(
                                        inputs(
                                                card,
                                                new BigDecimal("10.00"),
                                                null,
                                                novruz,
                                                Optional.empty())),
                                "azercell-kabinetim")
                        .promotions());
        assertEquals(
                List.of(),
                option(
                                rank(
                                        inputs(
                                                card,
                                                new BigDecimal("5.00"),
                                                null,
                                                novruz,
                                                Optional.empty())),
                                "azercell-kabinetim")
                        .promotions());
        assertEquals(
                List.of(),
                option(
                                rank(
                                        inputs(
                                                card,
                                                new BigDecimal("10.00"),
                                                null,
                                                TUESDAY_MORNING,
                                                Optional.empty())),
                                "azercell-kabinetim")
                        .promotions());
    }

    @Test
    void theSameInputsGiveTheSameRanking() {
        Recommender.Inputs inputs =
                inputs(
                        List.of("cash", "local-card", "international-card", "wallet"),
                        new BigDecimal("5.00"),
                        "Baku",
                        TUESDAY_MORNING,
                        Optional.empty());
        Recommender.Ranking first = rank(inputs);
        for (int i = 0; i < 20; i++) {
            assertEquals(first, rank(inputs));
        }
        for (int i = 1; i < first.options().size(); i++) {
            assertTrue(first.options().get(i - 1).score() >= first.options().get(i).score());
            assertEquals(i, first.options().get(i - 1).rank());
        }
    }

    private Recommender.Ranking rank(Recommender.Inputs inputs) {
        return recommender.rank(CATALOG, inputs);
    }

    private static Recommender.Inputs inputs(
            List<String> methods,
            BigDecimal amount,
            String city,
            Instant at,
            Optional<Map<String, ChannelHealth>> health) {
        return new Recommender.Inputs(List.of("azercell"), amount, methods, city, at, "en", health);
    }

    private static List<String> ids(Recommender.Ranking ranking) {
        return ranking.options().stream().map(Recommendation.Option::channelId).toList();
    }

    private static Recommendation.Option option(Recommender.Ranking ranking, String id) {
        return ranking.options().stream()
                .filter(option -> option.channelId().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + ids(ranking)));
    }

    private static Money azn(String value) {
        return new Money(value, "AZN");
    }

    private static final CatalogSnapshot CATALOG =
            new CatalogSnapshot(
                    1,
                    List.of(
                            new CatalogSnapshot.Carrier(
                                    "azercell",
                                    Map.of("en", "Azercell"),
                                    List.of(),
                                    "mobile-operator",
                                    "active",
                                    null,
                                    "2112",
                                    null,
                                    null,
                                    null)),
                    List.of(new CatalogSnapshot.NumberRange("050", "azercell", "mobile")),
                    List.of(
                            new CatalogSnapshot.Channel(
                                    "azercell-kabinetim",
                                    "carrier-online",
                                    Map.of("en", "Kabinetim"),
                                    List.of("azercell"),
                                    List.of("local-card", "international-card"),
                                    null,
                                    azn("1.00"),
                                    null,
                                    List.of(),
                                    BigDecimal.ZERO,
                                    null,
                                    30,
                                    null,
                                    List.of(),
                                    Map.of("en", List.of("Open the app")),
                                    true,
                                    null,
                                    null,
                                    null,
                                    null),
                            new CatalogSnapshot.Channel(
                                    "azercell-shop-baku",
                                    "store",
                                    Map.of("en", "Azercell shop"),
                                    List.of("azercell"),
                                    List.of("cash", "international-card"),
                                    true,
                                    azn("1.00"),
                                    null,
                                    List.of(),
                                    BigDecimal.ZERO,
                                    null,
                                    null,
                                    List.of(
                                            new CatalogSnapshot.OpeningPeriod(
                                                    DayOfWeek.TUESDAY, "09:00", "20:00"),
                                            new CatalogSnapshot.OpeningPeriod(
                                                    DayOfWeek.WEDNESDAY, "09:00", "20:00")),
                                    List.of("Baku"),
                                    Map.of("en", List.of("Go to the shop")),
                                    false,
                                    null,
                                    null,
                                    null,
                                    null),
                            new CatalogSnapshot.Channel(
                                    "millon-kiosk",
                                    "kiosk",
                                    Map.of("en", "MilliÖN"),
                                    List.of("azercell", "bakcell"),
                                    List.of("cash"),
                                    false,
                                    azn("1.00"),
                                    null,
                                    List.of(),
                                    BigDecimal.ZERO,
                                    null,
                                    30,
                                    null,
                                    List.of("Baku", "Ganja"),
                                    Map.of("en", List.of("Insert notes")),
                                    false,
                                    null,
                                    null,
                                    null,
                                    null),
                            new CatalogSnapshot.Channel(
                                    "birbank-app",
                                    "bank-app",
                                    Map.of("en", "Birbank"),
                                    List.of("azercell"),
                                    List.of("local-card"),
                                    null,
                                    azn("1.00"),
                                    null,
                                    List.of(),
                                    new BigDecimal("1.00"),
                                    null,
                                    null,
                                    null,
                                    List.of(),
                                    Map.of("en", List.of("Open Birbank")),
                                    true,
                                    null,
                                    null,
                                    null,
                                    null),
                            new CatalogSnapshot.Channel(
                                    "azercell-scratch-card",
                                    "scratch-card",
                                    Map.of("en", "Scratch card"),
                                    List.of("azercell"),
                                    List.of("cash"),
                                    true,
                                    null,
                                    null,
                                    List.of(azn("1.00"), azn("5.00"), azn("10.00")),
                                    BigDecimal.ZERO,
                                    null,
                                    1,
                                    null,
                                    List.of("Baku"),
                                    Map.of("en", List.of("Dial *101*code#")),
                                    true,
                                    null,
                                    null,
                                    null,
                                    null),
                            new CatalogSnapshot.Channel(
                                    "bakcell-app",
                                    "carrier-online",
                                    Map.of("en", "Bakcell app"),
                                    List.of("bakcell"),
                                    List.of("international-card"),
                                    null,
                                    null,
                                    null,
                                    List.of(),
                                    BigDecimal.ZERO,
                                    null,
                                    15,
                                    null,
                                    List.of(),
                                    Map.of("en", List.of("Open the app")),
                                    true,
                                    null,
                                    null,
                                    null,
                                    null),
                            new CatalogSnapshot.Channel(
                                    "ding",
                                    "bank-app",
                                    Map.of("en", "Ding"),
                                    List.of("azercell"),
                                    List.of("international-card"),
                                    null,
                                    azn("1.00"),
                                    null,
                                    List.of(),
                                    null,
                                    null,
                                    30,
                                    null,
                                    List.of(),
                                    Map.of("en", List.of("Open ding.com")),
                                    true,
                                    null,
                                    null,
                                    null,
                                    null),
                            // lends 1 or 5 AZN at 20% and 0.06 AZN a request, paid back from the
                            // next top-up
                            new CatalogSnapshot.Channel(
                                    "azercell-credit",
                                    "credit-advance",
                                    Map.of("en", "Credit advance"),
                                    List.of("azercell"),
                                    List.of(),
                                    null,
                                    null,
                                    null,
                                    List.of(azn("1.00"), azn("5.00")),
                                    new BigDecimal("20"),
                                    azn("0.06"),
                                    null,
                                    null,
                                    List.of(),
                                    Map.of("en", List.of("Dial *200#YES")),
                                    true,
                                    null,
                                    null,
                                    "*200#YES",
                                    Map.of("en", "Paid back from the next top-up.")),
                            // someone near the person loads a scratch card onto their number
                            new CatalogSnapshot.Channel(
                                    "azercell-card-for-another",
                                    "by-someone-else",
                                    Map.of("en", "Scratch card for another number"),
                                    List.of("azercell"),
                                    List.of(),
                                    null,
                                    null,
                                    null,
                                    List.of(azn("1.00")),
                                    null,
                                    null,
                                    null,
                                    null,
                                    List.of(),
                                    Map.of("en", List.of("Dial *131*<number>*<code>#YES")),
                                    true,
                                    null,
                                    null,
                                    "*131*<number>*<code>#YES",
                                    Map.of("en", "Anyone with a card can load it."))),
                    List.of(
                            new CatalogSnapshot.Promotion(
                                    "novruz",
                                    "azercell",
                                    "azercell-kabinetim",
                                    Map.of("en", "Extra 1 GB"),
                                    Instant.parse("2027-03-18T00:00:00Z"),
                                    Instant.parse("2027-03-25T00:00:00Z"),
                                    azn("10.00"))),
                    List.of());
}
