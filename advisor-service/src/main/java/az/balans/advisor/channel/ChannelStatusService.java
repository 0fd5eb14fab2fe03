package az.balans.advisor.channel;

import az.balans.advisor.catalog.CatalogSnapshots;
import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.client.ChannelHealth;
import az.balans.advisor.client.ChannelHealthSeries;
import az.balans.advisor.client.HistoryGateway;
import az.balans.advisor.i18n.AdvisorMessages;
import az.balans.advisor.i18n.Language;
import az.balans.advisor.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every channel of every carrier with its live health and its day: the status board. */
@ApplicationScoped
public class ChannelStatusService {

    /** The board, with warnings when the catalog or history could not be asked. */
    public record Board(List<ChannelStatus> channels, List<String> warnings) {}

    /**
     * One channel. {@code status} is history's ok, degraded or down, or unknown (too few top-ups, or
     * history away); {@code day} is empty when history could not be asked or saw nothing.
     */
    public record ChannelStatus(
            String channelId,
            String name,
            List<String> carriers,
            String status,
            long attempts,
            Double successRate,
            Double medianSecondsToCredit,
            List<ChannelHealthSeries.Point> day) {}

    private static final List<String> SEVERITY = List.of("down", "degraded", "ok", "unknown");

    private final CatalogSnapshots catalog;
    private final HistoryGateway history;
    private final LiveChannelHealth liveHealth;

    ChannelStatusService(
            CatalogSnapshots catalog, HistoryGateway history, LiveChannelHealth liveHealth) {
        this.catalog = catalog;
        this.history = history;
        this.liveHealth = liveHealth;
    }

    public Board board(String language) {
        AdvisorMessages messages = Messages.in(language);
        List<String> warnings = new ArrayList<>();
        Optional<CatalogSnapshot> snapshot = catalog.current();
        if (snapshot.isEmpty()) {
            return new Board(List.of(), List.of(messages.catalogUnavailable()));
        }
        Optional<Map<String, ChannelHealth>> health =
                liveHealth.usable(messages, warnings).map(LiveChannelHealth.View::byChannel);
        Optional<Map<String, ChannelHealthSeries>> day = history.dayOfHealth().whenAvailable();
        if (day.isEmpty() && !warnings.contains(messages.historyUnavailable())) {
            warnings.add(messages.historyUnavailable());
        }
        List<ChannelStatus> channels = new ArrayList<>();
        for (CatalogSnapshot.Channel channel : snapshot.get().channels()) {
            Optional<ChannelHealth> live = health.map(all -> all.get(channel.id()));
            List<String> carriers =
                    channel.carriers().stream()
                            .map(
                                    id ->
                                            snapshot.get()
                                                    .carrier(id)
                                                    .map(
                                                            carrier ->
                                                                    Language.pick(
                                                                            carrier.names(),
                                                                            language))
                                                    .orElse(id))
                            .toList();
            channels.add(
                    new ChannelStatus(
                            channel.id(),
                            Language.pick(channel.names(), language),
                            carriers,
                            live.map(ChannelHealth::status).orElse("unknown"),
                            live.map(ChannelHealth::attempts).orElse(0L),
                            live.map(ChannelHealth::successRate).orElse(null),
                            live.map(ChannelHealth::medianSecondsToCredit).orElse(null),
                            day.map(all -> all.get(channel.id()))
                                    .map(ChannelHealthSeries::points)
                                    .orElse(List.of())));
        }
        // what is failing first, then what works, then what Balans has not seen enough of
        channels.sort(
                Comparator.comparingInt(
                                (ChannelStatus channel) -> SEVERITY.indexOf(channel.status()))
                        .thenComparing(ChannelStatus::name, String.CASE_INSENSITIVE_ORDER));
        return new Board(channels, warnings);
    }
}
