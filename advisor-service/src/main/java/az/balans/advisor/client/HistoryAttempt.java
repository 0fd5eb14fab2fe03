package az.balans.advisor.client;

import az.balans.platform.money.Money;
import java.time.Instant;
import java.util.List;

/** One attempt as history-service reports it (GET /attempts/{id} and the records pages). */
public record HistoryAttempt(
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
        Resolution resolution) {

    /** What a support agent found and did about the attempt (credited-late, ...), once recorded. */
    public record Resolution(String finding, String note, String resolvedBy, Instant resolvedAt) {}

    public record Page(List<HistoryAttempt> items, String nextCursor) {}
}
