package az.balans.history.mapping;

import az.balans.history.repository.Attempt;
import az.balans.history.repository.AuditRepository;
import az.balans.history.repository.RechargeEvent;
import az.balans.history.rest.AttemptView;
import az.balans.history.rest.AuditEntryView;
import az.balans.history.rest.ChannelHealthView;
import az.balans.history.rest.ChannelSeriesView;
import az.balans.history.rest.ReconciliationPage;
import az.balans.history.rest.RecordsPage;
import az.balans.history.rest.SummaryView;
import az.balans.history.service.AttemptSlice;
import az.balans.history.service.ChannelHealthService;
import az.balans.history.service.ReconciliationService;
import az.balans.history.service.RecordsService;
import az.balans.platform.money.Money;
import java.util.List;

/** Attempts, events, summaries and channel health to the views the API shows. */
public final class HistoryMapper {

    private HistoryMapper() {}

    /** An attempt; {@code events} is null where the attempt is listed, not read alone. */
    public static AttemptView toView(Attempt attempt, List<RechargeEvent> events) {
        return new AttemptView(
                attempt.attemptId,
                attempt.msisdn,
                attempt.state,
                attempt.contradictory || attempt.msisdnConflict,
                attempt.carrier,
                attempt.channelId,
                attempt.paymentMethod,
                Money.of(attempt.amount, attempt.currency),
                attempt.requestedAt,
                attempt.succeededAt,
                attempt.failedAt,
                attempt.reversedAt,
                attempt.failureCode,
                attempt.failureDetail,
                attempt.lastEventAt,
                attempt.resolvedAt == null
                        ? null
                        : new AttemptView.Resolution(
                                attempt.resolutionFinding,
                                attempt.resolutionNote,
                                attempt.resolvedBy,
                                attempt.resolvedAt),
                events == null ? null : events.stream().map(HistoryMapper::toView).toList());
    }

    static AttemptView.Event toView(RechargeEvent event) {
        return new AttemptView.Event(
                event.eventId,
                event.type,
                event.source,
                event.occurredAt,
                event.carrier,
                event.channelId,
                Money.of(event.amount, event.currency),
                event.failureCode);
    }

    public static RecordsPage toRecordsPage(AttemptSlice<Attempt> slice) {
        return new RecordsPage(
                slice.items().stream().map(attempt -> toView(attempt, null)).toList(),
                cursorOf(slice));
    }

    public static ReconciliationPage toReconciliationPage(
            AttemptSlice<ReconciliationService.QueuedAttempt> slice) {
        return new ReconciliationPage(
                slice.items().stream()
                        .map(
                                queued ->
                                        new ReconciliationPage.QueuedAttempt(
                                                toView(queued.attempt(), null), queued.dueAt()))
                        .toList(),
                cursorOf(slice));
    }

    public static AuditEntryView toView(AuditRepository.Entry entry) {
        return new AuditEntryView(
                entry.id(),
                entry.at(),
                entry.actor(),
                entry.role(),
                entry.action(),
                entry.msisdn(),
                entry.attemptId(),
                entry.reason());
    }

    public static SummaryView toView(RecordsService.Summary summary) {
        return new SummaryView(
                summary.msisdn(),
                summary.latestSuccess()
                        .map(
                                a ->
                                        new SummaryView.ServingCarrier(
                                                a.carrier, a.succeededAt, a.attemptId))
                        .orElse(null),
                summary.credited().stream()
                        .map(total -> Money.of(total.total(), total.currency()))
                        .toList(),
                summary.countsByState(),
                summary.lastActivity());
    }

    public static ChannelHealthView toView(ChannelHealthService.ChannelHealth health) {
        return new ChannelHealthView(
                health.channelId(),
                health.from(),
                health.to(),
                health.attempts(),
                health.succeeded(),
                health.failed(),
                health.pending(),
                health.successRate(),
                health.medianSecondsToCredit(),
                health.p90SecondsToCredit(),
                health.status());
    }

    public static ChannelSeriesView toView(ChannelHealthService.ChannelSeries series) {
        return new ChannelSeriesView(
                series.channelId(),
                series.from(),
                series.to(),
                series.step().toString(),
                series.points().stream()
                        .map(
                                point ->
                                        new ChannelSeriesView.Point(
                                                point.from(),
                                                point.to(),
                                                point.attempts(),
                                                point.succeeded(),
                                                point.failed(),
                                                point.successRate(),
                                                point.status()))
                        .toList());
    }

    private static String cursorOf(AttemptSlice<?> slice) {
        return slice.next() == null ? null : Cursor.encode(slice.next());
    }
}
