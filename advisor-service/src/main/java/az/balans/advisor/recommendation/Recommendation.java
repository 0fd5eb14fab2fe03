package az.balans.advisor.recommendation;

import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.number.KnownNumber;
import az.balans.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Ranked ways to top up, best first, and the channels that cannot work with why; for a person with
 * nothing at hand, the ways out and what someone else can do ({@code someoneElse}, null otherwise). {@code healthAsOf}
 * is when the live channel health ranked on was fetched; null when there was none fresh enough.
 */
public record Recommendation(
        String number,
        String language,
        Instant at,
        KnownNumber.Carrier servingCarrier,
        KnownNumber.ServingCarrierSource servingCarrierSource,
        List<Option> options,
        List<Excluded> excluded,
        SomeoneElse someoneElse,
        boolean degraded,
        List<String> warnings,
        Instant healthAsOf) {

    /**
     * @param amount     what to pay there: the amount asked, or the nearest one the channel takes
     * @param liveStatus the channel's health over the last hour: ok, degraded, down, or unknown
     * @param sources    the pages its facts rest on: each fact confirmed or reported, with when it was checked
     */
    public record Option(
            int rank,
            String channelId,
            String kind,
            String name,
            double score,
            Boolean openNow,
            Money amount,
            Money fee,
            Integer arrivesWithinMinutes,
            String liveStatus,
            List<String> reasons,
            List<String> warnings,
            List<String> promotions,
            List<String> steps,
            List<Source> sources) {}

    /**
     * A fact an option rests on and the page that says it: {@code confirmed} (the page says exactly
     * this) or {@code reported} (a secondary source); {@code stale} when that page was last read longer
     * ago than the advisor trusts ({@code advisor.facts.stale-after}).
     */
    public record Source(
            String fact,
            String status,
            String url,
            String title,
            LocalDate checkedOn,
            boolean stale) {

        /** The sourced facts among these, by name; a page read before {@code trustedSince} is stale. */
        public static List<Source> of(
                Map<String, CatalogSnapshot.Fact> facts, LocalDate trustedSince) {
            if (facts == null) {
                return List.of();
            }
            return facts.entrySet().stream()
                    .filter(
                            fact ->
                                    !CatalogSnapshot.Fact.UNKNOWN.equals(fact.getValue().status())
                                            && fact.getValue().url() != null)
                    .sorted(Map.Entry.comparingByKey())
                    .map(
                            fact ->
                                    new Source(
                                            fact.getKey(),
                                            fact.getValue().status(),
                                            fact.getValue().url(),
                                            fact.getValue().title(),
                                            fact.getValue().checkedOn(),
                                            fact.getValue().checkedOn() == null
                                                    || fact.getValue()
                                                            .checkedOn()
                                                            .isBefore(trustedSince)))
                    .toList();
        }
    }

    public record Excluded(String channelId, String name, String reason) {}

    /**
     * For a person with nothing at hand: what someone else can do from anywhere, and the message to
     * send them (to copy: a number never goes into an address); {@code nearby}, what someone near
     * them can do on their own phone.
     */
    public record SomeoneElse(String message, List<Option> options, List<Option> nearby) {}
}
