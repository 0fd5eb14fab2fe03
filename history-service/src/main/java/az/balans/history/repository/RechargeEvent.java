package az.balans.history.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One recharge event as received. Written only by RechargeEventStore, once per event id. */
@Entity
@Table(name = "recharge_event")
public class RechargeEvent {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "attempt_id", nullable = false)
    public String attemptId;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String source;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** E.164. */
    @Column(nullable = false)
    public String msisdn;

    public String carrier;

    @Column(name = "channel_id")
    public String channelId;

    public BigDecimal amount;

    @Column(columnDefinition = "bpchar(3)")
    public String currency;

    @Column(name = "failure_code")
    public String failureCode;

    /** The event exactly as it arrived, for support and for replaying into a new model. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String payload;

    @Column(name = "received_at", nullable = false, insertable = false, updatable = false)
    public Instant receivedAt;
}
