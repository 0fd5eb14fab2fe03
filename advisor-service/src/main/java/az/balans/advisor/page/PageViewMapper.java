package az.balans.advisor.page;

import az.balans.advisor.catalog.CatalogSnapshots;
import az.balans.advisor.catalog.OpeningHours;
import az.balans.advisor.channel.ChannelStatusService;
import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.client.ChannelHealthSeries;
import az.balans.advisor.diagnosis.Diagnosis;
import az.balans.advisor.i18n.Language;
import az.balans.advisor.i18n.Messages;
import az.balans.advisor.number.KnownNumber;
import az.balans.advisor.recommendation.Recommendation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** What the services answer, turned into what the page shows, in the page's language. */
@ApplicationScoped
public class PageViewMapper {

    private static final int DAYS_AHEAD = 7;
    private static final int HOURS_CHARTED = 24;

    private final CatalogSnapshots catalog;
    private final Clock clock;

    PageViewMapper(CatalogSnapshots catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public PageViews.NumberView number(KnownNumber lookup, String language) {
        PageMessages words = PageWording.in(language);
        List<String> corrections =
                lookup.corrections().stream()
                        .map(correction -> PageWording.correction(words, correction))
                        .toList();
        if (!lookup.valid()) {
            return new PageViews.NumberView(
                    false,
                    lookup.problemMessage(),
                    lookup.e164(),
                    lookup.national(),
                    corrections,
                    null,
                    null,
                    null,
                    null,
                    List.of());
        }
        String source =
                switch (lookup.servingCarrierSource()) {
                    case HISTORY -> words.servingFromHistory();
                    case RANGE -> words.servingFromRange();
                    case UNKNOWN -> null;
                };
        KnownNumber.Carrier serving = lookup.servingCarrier();
        return new PageViews.NumberView(
                true,
                null,
                lookup.e164(),
                lookup.national(),
                corrections,
                lookup.rangeHolder() == null ? null : lookup.rangeHolder().name(),
                serving == null ? words.servingUnknown() : serving.name(),
                source,
                serving == null ? null : serving.balanceCode(),
                lookup.notes());
    }

    public PageViews.Recommendations recommendations(Recommendation answer, String language) {
        PageMessages words = PageWording.in(language);
        String when = Messages.bakuTime(answer.at(), language);
        List<PageViews.Option> options =
                answer.options().stream()
                        .map(
                                option ->
                                        new PageViews.Option(
                                                option.rank(),
                                                option.name(),
                                                option.openNow(),
                                                option.amount() == null
                                                        ? null
                                                        : words.payAmount(option.amount().value()),
                                                option.arrivesWithinMinutes() == null
                                                        ? words.arrivesUnknown()
                                                        : words.arrivesWithin(
                                                                option.arrivesWithinMinutes()),
                                                feeOf(option, words),
                                                PageWording.status(words, option.liveStatus()),
                                                option.reasons(),
                                                option.warnings(),
                                                option.promotions(),
                                                option.steps(),
                                                sources(option.sources(), words)))
                        .toList();
        List<PageViews.Excluded> excluded =
                answer.excluded().stream()
                        .map(channel -> new PageViews.Excluded(channel.name(), channel.reason()))
                        .toList();
        return new PageViews.Recommendations(
                words.optionsFor(when),
                options,
                excluded,
                answer.someoneElse() == null ? null : answer.someoneElse().message(),
                answer.someoneElse() == null
                        ? List.of()
                        : answer.someoneElse().nearby().stream().map(PageViewMapper::way).toList());
    }

    /** An option told as a way: its name, why and its steps. */
    static PageViews.Way way(Recommendation.Option option) {
        return new PageViews.Way(option.name(), option.reasons(), option.steps());
    }

    /**
     * The fee in words: none, its amount, or not published. A credit advance's fee depends on the
     * amount it lends, and its reasons spell it out for each: then there is no line of its own.
     */
    private static String feeOf(Recommendation.Option option, PageMessages words) {
        if (option.fee() == null) {
            boolean spelledOut =
                    CatalogSnapshot.Channel.CREDIT_ADVANCE.equals(option.kind())
                            && option.sources().stream()
                                    .anyMatch(source -> source.fact().equals("fee"));
            return spelledOut ? null : words.feeUnknown();
        }
        return option.fee().amount().signum() == 0
                ? words.feeNone()
                : words.fee(option.fee().value());
    }

    /** Each page an option's or a cause's facts rest on, once, with what it is and when it was read (the oldest reading of it). */
    private static List<PageViews.Source> sources(
            List<Recommendation.Source> sources, PageMessages words) {
        Map<String, List<Recommendation.Source>> byPage =
                sources.stream()
                        .collect(
                                Collectors.groupingBy(
                                        Recommendation.Source::url,
                                        LinkedHashMap::new,
                                        Collectors.toList()));
        return byPage.values().stream()
                .map(
                        facts -> {
                            Recommendation.Source first = facts.get(0);
                            String checked =
                                    facts.stream()
                                            .map(Recommendation.Source::checkedOn)
                                            .filter(Objects::nonNull)
                                            .min(Comparator.naturalOrder())
                                            .map(Object::toString)
                                            .orElse("?");
                            boolean stale = facts.stream().anyMatch(Recommendation.Source::stale);
                            String said =
                                    stale
                                            ? words.sourceStale(checked)
                                            : "confirmed".equals(first.status())
                                                    ? words.sourceConfirmed(checked)
                                                    : words.sourceReported(checked);
                            return new PageViews.Source(first.title(), first.url(), said);
                        })
                .toList();
    }

    /** Each cause with its evidence told as sentences, not field names. */
    public List<PageViews.Cause> causes(Diagnosis answer, String language) {
        PageMessages words = PageWording.in(language);
        return answer.causes().stream()
                .map(
                        cause ->
                                new PageViews.Cause(
                                        cause.explanation(),
                                        (int) Math.round(cause.likelihood() * 100),
                                        cause.evidence().stream()
                                                .map(
                                                        fact ->
                                                                PageWording.evidence(
                                                                        words,
                                                                        language,
                                                                        fact,
                                                                        id ->
                                                                                carrierName(
                                                                                        id,
                                                                                        language)))
                                                .toList(),
                                        cause.remedy(),
                                        cause.retry() == null ? null : cause.retry().text(),
                                        cause.alternative() == null
                                                ? null
                                                : cause.alternative().name(),
                                        cause.alternative() == null
                                                ? List.of()
                                                : cause.alternative().steps(),
                                        sources(cause.sources(), words)))
                .toList();
    }

    public List<PageViews.ChannelRow> board(ChannelStatusService.Board board, String language) {
        PageMessages words = PageWording.in(language);
        return board.channels().stream()
                .map(
                        channel ->
                                new PageViews.ChannelRow(
                                        channel.name(),
                                        String.join(", ", channel.carriers()),
                                        PageWording.status(words, channel.status()),
                                        channel.successRate() == null
                                                ? words.noTopUpsSeen()
                                                : words.successRate(
                                                        (int)
                                                                Math.round(
                                                                        channel.successRate()
                                                                                * 100),
                                                        channel.attempts()),
                                        channel.medianSecondsToCredit() == null
                                                ? null
                                                : words.medianCredit(
                                                        Math.round(
                                                                channel.medianSecondsToCredit())),
                                        chart(words, channel.name(), channel.day())))
                .toList();
    }

    /** Today and the next days in Baku, as a person may plan a top-up ahead; {@code chosen} is an ISO date or empty for today. */
    public List<PageViews.Choice> days(String chosen, String language) {
        PageMessages words = PageWording.in(language);
        LocalDate today = LocalDate.now(clock.withZone(OpeningHours.BAKU));
        Locale locale = Locale.forLanguageTag(language);
        List<PageViews.Choice> days = new ArrayList<>();
        for (int i = 0; i < DAYS_AHEAD; i++) {
            LocalDate day = today.plusDays(i);
            String name =
                    i == 0
                            ? words.today()
                            : i == 1
                                    ? words.tomorrow()
                                    : day.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
            String date =
                    day.format(
                            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                    .withLocale(locale));
            days.add(
                    new PageViews.Choice(
                            day.toString(),
                            name + ", " + date,
                            chosen.isEmpty() ? i == 0 : chosen.equals(day.toString())));
        }
        return days;
    }

    /** The catalog's channels by name, for a person to say where they paid. */
    public List<PageViews.Choice> channels(String chosen, String language) {
        return catalog.current().map(CatalogSnapshot::channels).orElse(List.of()).stream()
                .map(
                        channel ->
                                new PageViews.Choice(
                                        channel.id(),
                                        Language.pick(channel.names(), language),
                                        channel.id().equals(chosen)))
                .sorted(
                        Comparator.comparing(
                                PageViews.Choice::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private String carrierName(String id, String language) {
        return catalog.current()
                .flatMap(snapshot -> snapshot.carrier(id))
                .map(carrier -> Language.pick(carrier.names(), language))
                .orElse(id);
    }

    /** A day's success rate as bars, one an hour; an hour without finished top-ups is a mark on the baseline, not a zero. */
    private static PageViews.Chart chart(
            PageMessages words, String name, List<ChannelHealthSeries.Point> day) {
        int barWidth = 6;
        int gap = 2;
        int height = 32;
        int hours = day.isEmpty() ? HOURS_CHARTED : day.size();
        List<PageViews.Bar> bars = new ArrayList<>();
        int known = 0;
        int lowest = 100;
        for (int i = 0; i < hours; i++) {
            ChannelHealthSeries.Point point = i < day.size() ? day.get(i) : null;
            int x = i * (barWidth + gap);
            if (point == null || point.successRate() == null) {
                bars.add(new PageViews.Bar(x, height - 1, barWidth, 1, "none"));
                continue;
            }
            int rate = (int) Math.round(point.successRate() * 100);
            known++;
            lowest = Math.min(lowest, rate);
            int barHeight = Math.max(2, Math.round(rate / 100f * height));
            bars.add(new PageViews.Bar(x, height - barHeight, barWidth, barHeight, point.status()));
        }
        String label = known == 0 ? words.chartEmpty(name) : words.chartLabel(name, known, lowest);
        return new PageViews.Chart(label, bars, hours * (barWidth + gap) - gap, height);
    }
}
