package az.balans.advisor.recommendation;

import az.balans.advisor.catalog.Cities;
import az.balans.advisor.catalog.OpeningHours;
import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.client.ChannelHealth;
import az.balans.advisor.config.AdvisorConfig;
import az.balans.advisor.i18n.AdvisorMessages;
import az.balans.advisor.i18n.Language;
import az.balans.advisor.i18n.Messages;
import az.balans.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Ranks the channels that can top up a number, from the catalog snapshot, what the person has and
 * live channel health. A pure function of its inputs: the same inputs give the same ranking.
 */
public final class Recommender {

    /** What the ranking depends on. {@code health} is empty when history could not be asked. */
    public record Inputs(
            List<String> carriers,
            BigDecimal amount,
            List<String> paymentMethods,
            String city,
            Instant at,
            String language,
            Optional<Map<String, ChannelHealth>> health) {}

    /**
     * @param forSomeoneElse for a person with nothing at hand: the ways someone else can top the
     *     number up from anywhere with a card (the carrier's site, an international service), best
     *     first; empty otherwise
     * @param nearby for a person with nothing at hand: the ways someone near them takes on their own
     *     phone (a scratch card loaded onto the number, a balance transfer); empty otherwise
     */
    public record Ranking(
            List<Recommendation.Option> options,
            List<Recommendation.Excluded> excluded,
            List<Recommendation.Option> forSomeoneElse,
            List<Recommendation.Option> nearby) {}

    /** How many ways someone else may take are put in the message the person sends them. */
    private static final int WAYS_FOR_SOMEONE_ELSE = 2;

    /** What someone topping the number up from elsewhere pays with. */
    private static final List<String> FROM_ELSEWHERE = List.of("international-card");

    private static final Cities CITIES = Cities.standard();

    private final AdvisorConfig.Scoring weights;
    private final Function<String, AdvisorMessages> messagesIn;
    private final Duration staleAfter;

    /**
     * @param messagesIn the sentences in a language (Messages::in in the application)
     * @param staleAfter how long a fact's page is trusted after it was read
     */
    public Recommender(
            AdvisorConfig.Scoring weights,
            Function<String, AdvisorMessages> messagesIn,
            Duration staleAfter) {
        this.weights = weights;
        this.messagesIn = messagesIn;
        this.staleAfter = staleAfter;
    }

    public Ranking rank(CatalogSnapshot catalog, Inputs inputs) {
        AdvisorMessages messages = messagesIn.apply(inputs.language());
        boolean nothingAtHand =
                inputs.paymentMethods().contains(RecommendationQuery.NOTHING_AT_HAND);
        List<Scored> scored = new ArrayList<>();
        List<Recommendation.Excluded> excluded = new ArrayList<>();
        for (CatalogSnapshot.Channel channel : catalog.channels()) {
            String name = Language.pick(channel.names(), inputs.language());
            if (channel.carriers().stream().noneMatch(inputs.carriers()::contains)) {
                continue;
            }
            // a credit advance is the way out for a person with nothing at hand, and the only one
            // they take themselves; what someone else takes is told apart
            if (channel.bySomeoneElse() || channel.creditAdvance() != nothingAtHand) {
                continue;
            }
            if (nothingAtHand) {
                scored.add(score(channel, name, null, catalog, inputs, messages));
                continue;
            }
            if (channel.paymentMethods().stream().noneMatch(inputs.paymentMethods()::contains)) {
                excluded.add(
                        new Recommendation.Excluded(
                                channel.id(),
                                name,
                                messages.excludedPayment(
                                        Messages.paymentMethods(
                                                messages,
                                                channel.paymentMethods(),
                                                inputs.language()))));
                continue;
            }
            // the catalog's name of the city the person typed, where the channel is in it
            String inCity =
                    inputs.city() == null
                            ? null
                            : channel.cities().stream()
                                    .filter(city -> CITIES.matches(city, inputs.city()))
                                    .findFirst()
                                    .orElse(null);
            if (inputs.city() != null && !channel.cities().isEmpty() && inCity == null) {
                excluded.add(
                        new Recommendation.Excluded(
                                channel.id(),
                                name,
                                messages.excludedCity(
                                        Messages.list(
                                                channel.cities().stream()
                                                        .map(
                                                                city ->
                                                                        CITIES.name(
                                                                                city,
                                                                                inputs.language()))
                                                        .toList(),
                                                inputs.language()),
                                        inputs.city())));
                continue;
            }
            scored.add(score(channel, name, inCity, catalog, inputs, messages));
        }
        excluded.sort(Comparator.comparing(Recommendation.Excluded::channelId));
        // a ranking is shared by everyone who asks the same question: nothing may change it
        // afterwards
        return new Ranking(
                ranked(scored, scored.size()),
                List.copyOf(excluded),
                nothingAtHand ? forSomeoneElse(catalog, inputs, messages) : List.of(),
                nothingAtHand ? nearby(catalog, inputs, messages) : List.of());
    }

    /**
     * The ways someone near the person takes on their own phone, as the catalog lists them: not
     * ranked against each other (each needs a different person), each with its terms and its pages.
     */
    private List<Recommendation.Option> nearby(
            CatalogSnapshot catalog, Inputs inputs, AdvisorMessages messages) {
        List<Recommendation.Option> ways = new ArrayList<>();
        for (CatalogSnapshot.Channel channel : catalog.channels()) {
            if (!channel.bySomeoneElse()
                    || channel.carriers().stream().noneMatch(inputs.carriers()::contains)) {
                continue;
            }
            ways.add(
                    new Recommendation.Option(
                            ways.size() + 1,
                            channel.id(),
                            channel.kind(),
                            Language.pick(channel.names(), inputs.language()),
                            weights.base(),
                            null,
                            null,
                            null,
                            channel.minutesToCredit(),
                            "unknown",
                            channel.terms() == null
                                    ? List.of()
                                    : List.of(Language.pick(channel.terms(), inputs.language())),
                            channel.verified() ? List.of() : List.of(messages.warningUnverified()),
                            List.of(),
                            Optional.ofNullable(Language.pick(channel.steps(), inputs.language()))
                                    .orElse(List.of()),
                            sourcesOf(channel, inputs.at())));
        }
        return List.copyOf(ways);
    }

    /** The online ways a person elsewhere can take with a card, ranked as for that person. */
    private List<Recommendation.Option> forSomeoneElse(
            CatalogSnapshot catalog, Inputs inputs, AdvisorMessages messages) {
        Inputs elsewhere =
                new Inputs(
                        inputs.carriers(),
                        inputs.amount(),
                        FROM_ELSEWHERE,
                        null,
                        inputs.at(),
                        inputs.language(),
                        inputs.health());
        List<Scored> scored = new ArrayList<>();
        for (CatalogSnapshot.Channel channel : catalog.channels()) {
            if (!channel.creditAdvance()
                    && !channel.bySomeoneElse()
                    && channel.cities().isEmpty()
                    && channel.carriers().stream().anyMatch(inputs.carriers()::contains)
                    && channel.paymentMethods().stream().anyMatch(FROM_ELSEWHERE::contains)) {
                String name = Language.pick(channel.names(), inputs.language());
                scored.add(score(channel, name, null, catalog, elsewhere, messages));
            }
        }
        return ranked(scored, WAYS_FOR_SOMEONE_ELSE);
    }

    /** The best {@code limit} of these, ranked from 1. */
    private static List<Recommendation.Option> ranked(List<Scored> scored, int limit) {
        List<Scored> sorted = new ArrayList<>(scored);
        sorted.sort(
                Comparator.comparingDouble(Scored::score)
                        .reversed()
                        .thenComparing(Scored::channelId));
        List<Recommendation.Option> options = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, sorted.size()); i++) {
            options.add(sorted.get(i).toOption(i + 1));
        }
        return List.copyOf(options);
    }

    private record Scored(
            String channelId,
            double score,
            CatalogSnapshot.Channel channel,
            String name,
            Boolean open,
            BigDecimal amount,
            BigDecimal fee,
            String liveStatus,
            List<String> reasons,
            List<String> warnings,
            List<String> promotions,
            List<String> steps,
            List<Recommendation.Source> sources) {

        Recommendation.Option toOption(int rank) {
            return new Recommendation.Option(
                    rank,
                    channelId,
                    channel.kind(),
                    name,
                    score,
                    open,
                    Money.azn(amount),
                    Money.azn(fee),
                    channel.minutesToCredit(),
                    liveStatus,
                    reasons,
                    warnings,
                    promotions,
                    steps,
                    sources);
        }
    }

    private Scored score(
            CatalogSnapshot.Channel channel,
            String name,
            String inCity,
            CatalogSnapshot catalog,
            Inputs inputs,
            AdvisorMessages messages) {
        List<String> reasons = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        double score = weights.base();

        if (channel.creditAdvance()) {
            reasons.add(messages.reasonNothingNeeded());
        } else {
            List<String> usable =
                    channel.paymentMethods().stream()
                            .filter(inputs.paymentMethods()::contains)
                            .toList();
            reasons.add(
                    messages.reasonPaymentFits(
                            Messages.paymentMethods(messages, usable, inputs.language())));
        }

        BigDecimal amount = inputs.amount();
        if (amount != null) {
            BigDecimal possible = nearestPossible(channel, amount);
            if (possible.compareTo(amount) != 0) {
                reasons.add(
                        messages.reasonAmountAdjusted(
                                amount.toPlainString(), possible.toPlainString()));
                score -= weights.amountAdjustedPenalty();
                amount = possible;
            }
        }

        // hours no page gives are neither open nor closed: not known
        Boolean open =
                channel.unknown("openingHours")
                        ? null
                        : OpeningHours.isOpen(channel.openingHours(), inputs.at());
        if (channel.creditAdvance()) {
            // dialled from the phone itself: neither online nor in a place
        } else if (channel.cities().isEmpty()) {
            reasons.add(messages.reasonOnline());
            score += weights.onlineBonus();
        } else if (inCity != null) {
            reasons.add(messages.reasonInCity(CITIES.name(inCity, inputs.language())));
        }
        if (open == null) {
            reasons.add(messages.reasonHoursUnknown());
            score -= weights.unknownHoursPenalty();
        } else if (channel.openingHours() != null && !channel.openingHours().isEmpty()) {
            if (open) {
                reasons.add(messages.reasonOpen());
            } else {
                score -= weights.closedPenalty();
                OpeningHours.nextOpening(channel.openingHours(), inputs.at())
                        .ifPresent(
                                next ->
                                        reasons.add(
                                                messages.reasonClosed(
                                                        next.day()
                                                                .getDisplayName(
                                                                        TextStyle.FULL,
                                                                        Locale.forLanguageTag(
                                                                                inputs.language())),
                                                        next.opens())));
            }
        }

        int minutes =
                channel.minutesToCredit() != null
                        ? channel.minutesToCredit()
                        : weights.unknownMinutesToCredit();
        score -= weights.perMinuteToCredit() * Math.min(minutes, 120);
        if (channel.minutesToCredit() != null) {
            reasons.add(messages.reasonTimeToCredit(channel.minutesToCredit()));
        }

        BigDecimal fee = feeOf(channel, amount);
        if (feeUnknown(channel)) {
            // not known is not free: say so, and rank it as a known fee of a manat would be
            reasons.add(messages.reasonFeeUnknown());
            score -= weights.unknownFeePenalty();
        } else if (channel.creditAdvance()) {
            reasons.add(advanceCost(channel, amount, messages, inputs.language()));
            BigDecimal ranked = fee != null ? fee : feeOf(channel, largestAdvance(channel));
            if (ranked != null) {
                score -= weights.perManatOfFee() * ranked.doubleValue();
            }
        } else if (fee != null) {
            if (fee.signum() == 0) {
                reasons.add(messages.reasonNoFee());
            } else {
                reasons.add(messages.reasonFee(fee.toPlainString()));
                score -= weights.perManatOfFee() * fee.doubleValue();
            }
        }
        if (Boolean.FALSE.equals(channel.givesChange())
                && channel.paymentMethods().contains("cash")) {
            reasons.add(messages.reasonNoChange());
        }

        Optional<ChannelHealth> health = inputs.health().map(all -> all.get(channel.id()));
        if (health.isPresent() && health.get().successRate() != null) {
            int rate = (int) Math.round(health.get().successRate() * 100);
            switch (health.get().status()) {
                case "down" -> {
                    warnings.add(messages.warningDown(rate));
                    score -= weights.downPenalty();
                }
                case "degraded" -> {
                    warnings.add(messages.warningDegraded(rate));
                    score -= weights.degradedPenalty();
                }
                case "ok" -> reasons.add(messages.reasonHealthOk(rate));
                default -> {
                    // too few attempts to judge: say nothing
                }
            }
        }
        if (!channel.verified()) {
            warnings.add(messages.warningUnverified());
            score -= weights.unverifiedPenalty();
        }

        List<String> promotions = new ArrayList<>();
        for (CatalogSnapshot.Promotion promotion : catalog.promotions()) {
            if (applies(promotion, channel, inputs, amount)) {
                promotions.add(
                        messages.reasonPromotion(
                                Language.pick(promotion.texts(), inputs.language())));
            }
        }
        if (!promotions.isEmpty()) {
            score += weights.promotionBonus();
        }
        if (channel.creditAdvance() && channel.terms() != null) {
            reasons.add(Language.pick(channel.terms(), inputs.language()));
        }
        List<String> steps =
                Optional.ofNullable(Language.pick(channel.steps(), inputs.language()))
                        .orElse(List.of());
        String liveStatus = health.map(ChannelHealth::status).orElse("unknown");
        List<Recommendation.Source> sources = sourcesOf(channel, inputs.at());
        sources.stream()
                .filter(Recommendation.Source::stale)
                .map(Recommendation.Source::checkedOn)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .ifPresent(oldest -> warnings.add(messages.warningLastChecked(oldest.toString())));
        return new Scored(
                channel.id(),
                Math.round(score * 100) / 100.0,
                channel,
                name,
                open,
                amount,
                fee,
                liveStatus,
                reasons,
                warnings,
                promotions,
                steps,
                sources);
    }

    /** The pages the channel's facts rest on, in the order of its facts; a page read too long ago is stale. */
    private List<Recommendation.Source> sourcesOf(CatalogSnapshot.Channel channel, Instant at) {
        return Recommendation.Source.of(
                channel.facts(),
                LocalDate.ofInstant(at, ZoneOffset.UTC).minusDays(staleAfter.toDays()));
    }

    /** The amount itself when the channel takes it, else the nearest it takes (a denomination, the minimum, the maximum). */
    public static BigDecimal nearestPossible(CatalogSnapshot.Channel channel, BigDecimal amount) {
        if (channel.denominations() != null && !channel.denominations().isEmpty()) {
            List<BigDecimal> values =
                    channel.denominations().stream().map(Money::amount).sorted().toList();
            // the smallest value that covers the amount, else the largest there is
            return values.stream()
                    .filter(value -> value.compareTo(amount) >= 0)
                    .findFirst()
                    .orElse(values.get(values.size() - 1));
        }
        if (channel.minAmount() != null && amount.compareTo(channel.minAmount().amount()) < 0) {
            return channel.minAmount().amount();
        }
        if (channel.maxAmount() != null && amount.compareTo(channel.maxAmount().amount()) > 0) {
            return channel.maxAmount().amount();
        }
        return amount;
    }

    /**
     * What a credit advance costs, spelled out: for the amount asked, else for each amount it lends,
     * what comes onto the balance now and what the next top-up pays back.
     */
    private static String advanceCost(
            CatalogSnapshot.Channel channel,
            BigDecimal amount,
            AdvisorMessages messages,
            String language) {
        List<BigDecimal> amounts =
                amount != null
                        ? List.of(amount)
                        : channel.denominations().stream().map(Money::amount).sorted().toList();
        if (amounts.isEmpty() && channel.maxAmount() != null) {
            amounts = List.of(channel.maxAmount().amount());
        }
        if (amounts.isEmpty()) {
            return messages.reasonAdvanceFee(percentOf(channel), fixedOf(channel));
        }
        return messages.reasonAdvanceCost(
                Messages.clauses(
                        amounts.stream()
                                .map(
                                        lent ->
                                                messages.advanceCostOf(
                                                        lent.setScale(2, RoundingMode.HALF_UP)
                                                                .toPlainString(),
                                                        lent.add(feeOf(channel, lent))
                                                                .setScale(2, RoundingMode.HALF_UP)
                                                                .toPlainString()))
                                .toList(),
                        language));
    }

    private static String percentOf(CatalogSnapshot.Channel channel) {
        return (channel.feePercent() == null ? BigDecimal.ZERO : channel.feePercent())
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String fixedOf(CatalogSnapshot.Channel channel) {
        return (channel.feeFixed() == null ? BigDecimal.ZERO : channel.feeFixed().amount())
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** The most a credit advance lends, when the catalog says; what its fee is ranked on. */
    private static BigDecimal largestAdvance(CatalogSnapshot.Channel channel) {
        return channel.denominations().stream()
                .map(Money::amount)
                .max(Comparator.naturalOrder())
                .orElse(channel.maxAmount() == null ? null : channel.maxAmount().amount());
    }

    /** The catalog knows neither part of the fee (one part given alone means the other is zero). */
    private static boolean feeUnknown(CatalogSnapshot.Channel channel) {
        return channel.feePercent() == null && channel.feeFixed() == null;
    }

    /** The fee for {@code amount}, or null when it is not known (or depends on an amount not given). */
    private static BigDecimal feeOf(CatalogSnapshot.Channel channel, BigDecimal amount) {
        if (feeUnknown(channel)) {
            return null;
        }
        BigDecimal fixed =
                channel.feeFixed() == null ? BigDecimal.ZERO : channel.feeFixed().amount();
        BigDecimal percent = channel.feePercent() == null ? BigDecimal.ZERO : channel.feePercent();
        if (amount == null) {
            return percent.signum() == 0 ? fixed.setScale(2, RoundingMode.HALF_UP) : null;
        }
        return amount.multiply(percent)
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                .add(fixed)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static boolean applies(
            CatalogSnapshot.Promotion promotion,
            CatalogSnapshot.Channel channel,
            Inputs inputs,
            BigDecimal amount) {
        return inputs.carriers().contains(promotion.carrierId())
                && (promotion.channelId() == null || promotion.channelId().equals(channel.id()))
                && !inputs.at().isBefore(promotion.validFrom())
                && inputs.at().isBefore(promotion.validTo())
                && (promotion.minAmount() == null
                        || (amount != null
                                && amount.compareTo(promotion.minAmount().amount()) >= 0));
    }
}
