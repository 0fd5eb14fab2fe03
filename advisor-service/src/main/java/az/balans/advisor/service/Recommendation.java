package az.balans.advisor.service;

import az.balans.platform.money.Money;

import java.time.Instant;
import java.util.List;

/**
 * Ranked ways to top up, best first, and the channels that cannot work with why. {@code healthAsOf}
 * is when the live channel health ranked on was fetched; null when there was none fresh enough.
 */
public record Recommendation(String number, String language, Instant at, KnownNumber.Carrier servingCarrier,
                             KnownNumber.ServingCarrierSource servingCarrierSource, List<Option> options, List<Excluded> excluded,
                             boolean degraded, List<String> warnings, Instant healthAsOf) {

    /**
     * @param amount     what to pay there: the amount asked, or the nearest one the channel takes
     * @param liveStatus the channel's health over the last hour: ok, degraded, down, or unknown
     */
    public record Option(int rank, String channelId, String kind, String name, double score, Boolean openNow, Money amount,
                         Money fee, Integer arrivesWithinMinutes, String liveStatus, List<String> reasons, List<String> warnings,
                         List<String> promotions, List<String> steps) {
    }

    public record Excluded(String channelId, String name, String reason) {
    }
}
