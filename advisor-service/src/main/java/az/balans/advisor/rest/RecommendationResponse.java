package az.balans.advisor.rest;

import az.balans.platform.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Ranked ways to top up, best first; the same inputs and catalog give the same answer. Channels
 * that cannot work (wrong payment method, another city) are listed apart, with why. For a person with
 * nothing at hand the options are the carrier's credit advances (kind {@code credit-advance}, what
 * they cost spelled out in the reasons), and {@code someoneElse} says what another person can do.
 * {@code healthAsOf} is when the live channel health ranked on was fetched; null when there was none
 * fresh enough (then {@code degraded}, with a warning saying why).
 */
public record RecommendationResponse(
        String number,
        String language,
        Instant at,
        NumberLookup.Carrier servingCarrier,
        String servingCarrierSource,
        List<Option> options,
        List<Excluded> excluded,
        SomeoneElse someoneElse,
        boolean degraded,
        List<String> warnings,
        Instant healthAsOf) {

    /**
     * @param amount     what to pay there: the amount asked, or the nearest one the channel takes
     * @param openNow    whether it is open at the time asked; null for a shop or kiosk whose hours no page gives
     * @param arrivesWithinMinutes when the money should show on the balance, when known
     * @param liveStatus  the channel's health over the last hour: ok, degraded, down, or unknown (too few
     *                    top-ups seen, or history not available)
     * @param sources     the pages its facts rest on; a fact not listed is not published (and said so in reasons)
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
     * A fact the option rests on ({@code fee}, {@code minAmount}, {@code minutesToCredit}, ...) and the page
     * that says it: {@code confirmed} (that page says exactly this) or {@code reported} (a secondary source),
     * when the page was last read, and {@code stale} when that is too long ago to trust without checking.
     */
    public record Source(
            String fact,
            String status,
            String url,
            String title,
            LocalDate checkedOn,
            boolean stale) {}

    public record Excluded(String channelId, String name, String reason) {}

    /**
     * Only when the person has nothing at hand ({@code paymentMethods: ["nothing"]}): the ways someone
     * elsewhere can top the number up with a card, best first, and {@code message}, the text to send
     * them (the ask, the number, then each way's steps) for the person to copy; {@code nearby}, the
     * ways someone near them takes on their own phone (kind {@code by-someone-else}: a scratch card
     * loaded onto the number, a balance transfer), each with its terms and steps.
     */
    public record SomeoneElse(String message, List<Option> options, List<Option> nearby) {}
}
