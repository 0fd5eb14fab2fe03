package az.balans.history.service;

import az.balans.history.config.HistoryConfig;
import az.balans.history.repository.AttemptRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How each channel is doing over a sliding window, from the attempts that began in it. */
@ApplicationScoped
public class ChannelHealthService {

    public record ChannelHealth(
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

    /** A channel's success over consecutive steps of a window, oldest first; every step is there, empty ones too. */
    public record ChannelSeries(
            String channelId, Instant from, Instant to, Duration step, List<Point> points) {}

    /** One step: attempts begun in [from, to), how they ended, and the status the same rule as live health gives. */
    public record Point(
            Instant from,
            Instant to,
            long attempts,
            long succeeded,
            long failed,
            Double successRate,
            String status) {}

    private final AttemptRepository attempts;
    private final HistoryConfig.Health config;
    private final Clock clock;

    ChannelHealthService(AttemptRepository attempts, HistoryConfig config, Clock clock) {
        this.attempts = attempts;
        this.config = config.health();
        this.clock = clock;
    }

    public Duration defaultWindow() {
        return config.window();
    }

    public Duration maxWindow() {
        return config.maxWindow();
    }

    /** Every channel with attempts in the window ending now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChannelHealth> health(Duration window) {
        Instant to = clock.instant();
        Instant from = to.minus(window);
        return attempts.channelWindows(from, to).stream()
                .map(row -> assess(row, from, to))
                .toList();
    }

    public int maxSeriesPoints() {
        return config.maxSeriesPoints();
    }

    /**
     * Every channel with attempts in the window ending now, as {@code window / step} points. The
     * caller checks the bounds (window at most maxWindow, step dividing it, at most maxSeriesPoints).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChannelSeries> series(Duration window, Duration step) {
        Instant to = clock.instant();
        Instant from = to.minus(window);
        int points = Math.toIntExact(window.dividedBy(step));
        Map<String, List<AttemptRepository.ChannelBucket>> byChannel =
                attempts.channelBuckets(from, to, step.toSeconds()).stream()
                        .collect(
                                Collectors.groupingBy(
                                        AttemptRepository.ChannelBucket::channelId,
                                        TreeMap::new,
                                        Collectors.toList()));
        List<ChannelSeries> series = new ArrayList<>();
        byChannel.forEach(
                (channelId, buckets) -> {
                    AttemptRepository.ChannelBucket[] filled =
                            new AttemptRepository.ChannelBucket[points];
                    buckets.forEach(
                            bucket -> filled[Math.min(bucket.bucket(), points - 1)] = bucket);
                    List<Point> line = new ArrayList<>(points);
                    for (int i = 0; i < points; i++) {
                        Instant start = from.plus(step.multipliedBy(i));
                        AttemptRepository.ChannelBucket bucket = filled[i];
                        long succeeded = bucket == null ? 0 : bucket.succeeded();
                        long failed = bucket == null ? 0 : bucket.failed();
                        Double rate = rate(succeeded, failed);
                        line.add(
                                new Point(
                                        start,
                                        start.plus(step),
                                        bucket == null ? 0 : bucket.attempts(),
                                        succeeded,
                                        failed,
                                        rate,
                                        status(succeeded + failed, rate)));
                    }
                    series.add(new ChannelSeries(channelId, from, to, step, line));
                });
        return series;
    }

    private static Double rate(long succeeded, long failed) {
        long finished = succeeded + failed;
        return finished == 0 ? null : (double) succeeded / finished;
    }

    private String status(long finished, Double rate) {
        if (finished < config.minFinishedAttempts()) {
            return "unknown";
        } else if (rate < config.downBelow()) {
            return "down";
        } else if (rate < config.degradedBelow()) {
            return "degraded";
        }
        return "ok";
    }

    private ChannelHealth assess(AttemptRepository.ChannelWindow row, Instant from, Instant to) {
        Double rate = rate(row.succeeded(), row.failed());
        String status = status(row.succeeded() + row.failed(), rate);
        return new ChannelHealth(
                row.channelId(),
                from,
                to,
                row.attempts(),
                row.succeeded(),
                row.failed(),
                row.pending(),
                rate,
                row.medianSeconds(),
                row.p90Seconds(),
                status);
    }
}
