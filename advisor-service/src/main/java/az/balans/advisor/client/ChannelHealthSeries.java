package az.balans.advisor.client;

import java.time.Instant;
import java.util.List;

/** One channel's success over consecutive steps of a window, oldest first, as history-service reports it. */
public record ChannelHealthSeries(
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
