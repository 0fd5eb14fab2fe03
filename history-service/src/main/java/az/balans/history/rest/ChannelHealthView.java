package az.balans.history.rest;

import java.time.Instant;

/**
 * A channel over the window [from, to): attempts begun, how they ended, the success rate of those
 * that ended, the median and 90th percentile seconds from requested to succeeded, and a status:
 * ok, degraded, down, or unknown when too few attempts ended to judge.
 */
public record ChannelHealthView(
        String channelId,
        Instant from,
        Instant to,
        long attempts,
        long succeeded,
        long failed,
        long pending,
        Double successRate,
        Double medianSecondsToCredit,
        Double p90SecondsToCredit,
        String status) {}
