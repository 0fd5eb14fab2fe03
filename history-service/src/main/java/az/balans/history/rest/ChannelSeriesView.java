package az.balans.history.rest;

import java.time.Instant;
import java.util.List;

/**
 * A channel's success over the window [from, to) in steps of {@code step} (ISO-8601, such as PT1H), oldest first. Every
 * step is listed, an empty one with no success rate and status unknown, so a chart has a fixed axis.
 */
public record ChannelSeriesView(
        String channelId, Instant from, Instant to, String step, List<Point> points) {

    public record Point(
            Instant from,
            Instant to,
            long attempts,
            long succeeded,
            long failed,
            Double successRate,
            String status) {}
}
