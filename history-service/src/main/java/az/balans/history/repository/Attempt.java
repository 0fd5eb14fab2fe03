package az.balans.history.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A top-up attempt folded from its events. Its events' part is written only by RechargeEventStore's
 * SQL, and state and contradictory are computed by the database from the kinds of events seen; the
 * resolution is a support agent's, written by ReconciliationService.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

    @Id
    @Column(name = "attempt_id")
    public String attemptId;

    @Column(nullable = false)
    public String msisdn;

    public String carrier;

    @Column(name = "channel_id")
    public String channelId;

    @Column(name = "payment_method")
    public String paymentMethod;

    public BigDecimal amount;

    @Column(columnDefinition = "bpchar(3)")
    public String currency;

    @Column(name = "has_requested", nullable = false)
    public boolean hasRequested;

    @Column(name = "has_succeeded", nullable = false)
    public boolean hasSucceeded;

    @Column(name = "has_failed", nullable = false)
    public boolean hasFailed;

    @Column(name = "has_reversed", nullable = false)
    public boolean hasReversed;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "succeeded_at")
    public Instant succeededAt;

    @Column(name = "failed_at")
    public Instant failedAt;

    @Column(name = "reversed_at")
    public Instant reversedAt;

    @Column(name = "failure_code")
    public String failureCode;

    @Column(name = "failure_detail")
    public String failureDetail;

    @Column(name = "first_event_at", nullable = false)
    public Instant firstEventAt;

    @Column(name = "last_event_at", nullable = false)
    public Instant lastEventAt;

    /** What support found and did, once an agent records it (credited-late, refunded-by-provider, ...). */
    @Column(name = "resolution_finding")
    public String resolutionFinding;

    @Column(name = "resolution_note")
    public String resolutionNote;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "msisdn_conflict", nullable = false)
    public boolean msisdnConflict;

    @Column(insertable = false, updatable = false)
    public String state;

    @Column(insertable = false, updatable = false)
    public boolean contradictory;
}
