package az.balans.history.repository;

import java.math.BigDecimal;
import java.time.Instant;

/** A recharge event that passed the contract: the number is E.164, the amount exact, the time an instant. */
public record ReceivedEvent(
        String eventId,
        EventKind kind,
        String source,
        Instant time,
        String attemptId,
        String msisdn,
        String carrier,
        String channelId,
        String paymentMethod,
        BigDecimal amount,
        String currency,
        String failureCode,
        String failureDetail,
        String payload) {}
