package az.balans.history.service;

import az.balans.history.repository.EventKind;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One provider's word on one top-up, in Balans's terms: what the recharge event published for it
 * says. The event id is the provider, its transaction id and the status, so the same word said
 * again (a retried callback, a record read again) is the same event, stored once.
 *
 * @param number the number as the provider wrote it; the event's reader makes it E.164
 */
public record ProviderOutcome(
        Provider provider,
        String transactionId,
        String status,
        EventKind kind,
        Instant time,
        String attemptId,
        String number,
        String carrier,
        String channelId,
        String paymentMethod,
        BigDecimal amount,
        String failureCode,
        String failureDetail) {

    public String eventId() {
        return provider.id() + ":" + transactionId + ":" + status;
    }
}
