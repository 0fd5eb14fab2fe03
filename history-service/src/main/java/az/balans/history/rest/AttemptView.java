package az.balans.history.rest;

import az.balans.history.repository.Attempt;
import az.balans.history.repository.RechargeEvent;
import az.balans.platform.money.Money;

import java.time.Instant;
import java.util.List;

/**
 * One top-up attempt: its state (requested, succeeded, failed, reversed), when each step happened,
 * and, for one attempt read alone, every event received for it. {@code contradictory} says a
 * failure and a success were both reported; both are kept.
 */
public record AttemptView(String attemptId, String msisdn, String state, boolean contradictory, String carrier,
                          String channelId, String paymentMethod, Money amount, Instant requestedAt, Instant succeededAt,
                          Instant failedAt, Instant reversedAt, String failureCode, String failureDetail,
                          Instant lastEventAt, List<Event> events) {

    public record Event(String id, String type, String source, Instant time, String carrier, String channelId,
                        Money amount, String failureCode) {

        static Event of(RechargeEvent event) {
            return new Event(event.eventId, event.type, event.source, event.occurredAt, event.carrier, event.channelId,
                    Money.of(event.amount, event.currency), event.failureCode);
        }
    }

    static AttemptView of(Attempt attempt, List<RechargeEvent> events) {
        return new AttemptView(attempt.attemptId, attempt.msisdn, attempt.state, attempt.contradictory || attempt.msisdnConflict,
                attempt.carrier, attempt.channelId, attempt.paymentMethod, Money.of(attempt.amount, attempt.currency),
                attempt.requestedAt, attempt.succeededAt, attempt.failedAt, attempt.reversedAt, attempt.failureCode,
                attempt.failureDetail, attempt.lastEventAt, events == null ? null : events.stream().map(Event::of).toList());
    }
}
