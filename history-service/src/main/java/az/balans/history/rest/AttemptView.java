package az.balans.history.rest;

import az.balans.platform.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * One top-up attempt: its state (requested, succeeded, failed, reversed), when each step happened,
 * and, for one attempt read alone, every event received for it. {@code contradictory} says a
 * failure and a success were both reported; both are kept.
 */
public record AttemptView(
        String attemptId,
        String msisdn,
        String state,
        boolean contradictory,
        String carrier,
        String channelId,
        String paymentMethod,
        Money amount,
        Instant requestedAt,
        Instant succeededAt,
        Instant failedAt,
        Instant reversedAt,
        String failureCode,
        String failureDetail,
        Instant lastEventAt,
        List<Event> events) {

    public record Event(
            String id,
            String type,
            String source,
            Instant time,
            String carrier,
            String channelId,
            Money amount,
            String failureCode) {}
}
