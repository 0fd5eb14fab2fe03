package az.balans.advisor.health;

import az.balans.advisor.channel.LiveChannelHealth;
import az.balans.advisor.client.ChannelHealth;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Each channel's live status as the advisor ranks on it, for dashboards and alerts:
 * {@code balans_channel_status{channel, status}} is 1 for the channel's current status (ok,
 * degraded, down, unknown), and {@code balans_channel_success_rate{channel}} its last hour's rate.
 * A view gone stale reports no channel at all, rather than old news.
 */
@ApplicationScoped
@Startup
public class ChannelStatusMetrics {

    private final LiveChannelHealth health;
    private final MultiGauge status;
    private final MultiGauge successRate;

    ChannelStatusMetrics(LiveChannelHealth health, MeterRegistry registry) {
        this.health = health;
        this.status =
                MultiGauge.builder("balans.channel.status")
                        .description(
                                "1 for each channel's current live status (ok, degraded, down, unknown)")
                        .register(registry);
        this.successRate =
                MultiGauge.builder("balans.channel.success.rate")
                        .description(
                                "Each channel's share of top-ups that went through over history's health window")
                        .register(registry);
    }

    @Scheduled(
            every = "${advisor.health.refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publish() {
        List<MultiGauge.Row<?>> statuses = new ArrayList<>();
        List<MultiGauge.Row<?>> rates = new ArrayList<>();
        health.current()
                .filter(view -> !view.stale())
                .ifPresent(
                        view -> {
                            for (ChannelHealth channel : view.byChannel().values()) {
                                statuses.add(
                                        MultiGauge.Row.of(
                                                Tags.of(
                                                        "channel",
                                                        channel.channelId(),
                                                        "status",
                                                        channel.status() == null
                                                                ? "unknown"
                                                                : channel.status()),
                                                1));
                                if (channel.successRate() != null) {
                                    rates.add(
                                            MultiGauge.Row.of(
                                                    Tags.of("channel", channel.channelId()),
                                                    channel.successRate()));
                                }
                            }
                        });
        status.register(statuses, true);
        successRate.register(rates, true);
    }
}
