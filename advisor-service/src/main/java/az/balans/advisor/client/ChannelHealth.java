package az.balans.advisor.client;

/** One channel's live health as history-service reports it. */
public record ChannelHealth(
        String channelId,
        long attempts,
        Double successRate,
        Double medianSecondsToCredit,
        Double p90SecondsToCredit,
        String status) {}
