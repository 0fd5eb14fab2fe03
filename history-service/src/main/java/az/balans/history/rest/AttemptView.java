package az.balans.history.rest;

import az.balans.platform.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * One top-up attempt: its state (requested, succeeded, failed, reversed), when each step happened,
 * and, for one attempt read alone, every event received for it. {@code contradictory} says a
 * failure and a success were both reported; both are kept. {@code resolution} is what support
 * found and did, once recorded.
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
        Resolution resolution,
        List<Event> events) {

    /**
     * What support found and did about the attempt (credited-late, refunded-by-provider,
     * customer-told, escalated-to-carrier), with the agent's note; absent until recorded.
     */
    public record Resolution(String finding, String note, String resolvedBy, Instant resolvedAt) {}

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
