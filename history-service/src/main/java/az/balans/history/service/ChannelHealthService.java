package az.balans.history.service;

import az.balans.history.config.HistoryConfig;
import az.balans.history.repository.AttemptRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** How each channel is doing over a sliding window, from the attempts that began in it. */
@ApplicationScoped
public class ChannelHealthService {

    public record ChannelHealth(String channelId, Instant from, Instant to, long attempts, long succeeded, long failed,
                                long pending, Double successRate, Double medianSecondsToCredit, Double p90SecondsToCredit,
                                String status) {
    }

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
        return attempts.channelWindows(from, to).stream().map(row -> assess(row, from, to)).toList();
    }

    private ChannelHealth assess(AttemptRepository.ChannelWindow row, Instant from, Instant to) {
        long finished = row.succeeded() + row.failed();
        Double rate = finished == 0 ? null : (double) row.succeeded() / finished;
        String status;
        if (finished < config.minFinishedAttempts()) {
            status = "unknown";
        } else if (rate < config.downBelow()) {
            status = "down";
        } else if (rate < config.degradedBelow()) {
            status = "degraded";
        } else {
            status = "ok";
        }
        return new ChannelHealth(row.channelId(), from, to, row.attempts(), row.succeeded(), row.failed(), row.pending(),
                rate, row.medianSeconds(), row.p90Seconds(), status);
    }
}
