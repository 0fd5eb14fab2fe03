package az.balans.history.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores a batch of events with batched SQL, in the caller's transaction: every event once (the primary key
 * on its id decides, ON CONFLICT DO NOTHING), and each attempt folded once per batch. Folding only
 * ORs flags and keeps earliest times, so a redelivered event or batch changes nothing, and any
 * arrival order ends in the same attempt.
 */
@ApplicationScoped
public class RechargeEventStore {

    private static final String INSERT_EVENT =
            """
            insert into recharge_event (event_id, attempt_id, type, source, occurred_at, msisdn, carrier, channel_id,
                                        amount, currency, failure_code, payload)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
            on conflict (event_id) do nothing
            """;

    private static final String FOLD_ATTEMPT =
            """
            insert into attempt as a (attempt_id, msisdn, carrier, channel_id, payment_method, amount, currency,
                                      has_requested, has_succeeded, has_failed, has_reversed,
                                      requested_at, succeeded_at, failed_at, reversed_at, failure_code, failure_detail,
                                      first_event_at, last_event_at, msisdn_conflict)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (attempt_id) do update set
                has_requested   = a.has_requested or excluded.has_requested,
                has_succeeded   = a.has_succeeded or excluded.has_succeeded,
                has_failed      = a.has_failed or excluded.has_failed,
                has_reversed    = a.has_reversed or excluded.has_reversed,
                requested_at    = least(a.requested_at, excluded.requested_at),
                succeeded_at    = least(a.succeeded_at, excluded.succeeded_at),
                failed_at       = least(a.failed_at, excluded.failed_at),
                reversed_at     = least(a.reversed_at, excluded.reversed_at),
                -- the carrier that took a successful payment serves the number: it wins over a guess
                carrier         = case when excluded.has_succeeded then excluded.carrier else coalesce(a.carrier, excluded.carrier) end,
                channel_id      = coalesce(a.channel_id, excluded.channel_id),
                payment_method  = coalesce(a.payment_method, excluded.payment_method),
                amount          = coalesce(a.amount, excluded.amount),
                currency        = coalesce(a.currency, excluded.currency),
                failure_code    = coalesce(a.failure_code, excluded.failure_code),
                failure_detail  = coalesce(a.failure_detail, excluded.failure_detail),
                first_event_at  = least(a.first_event_at, excluded.first_event_at),
                last_event_at   = greatest(a.last_event_at, excluded.last_event_at),
                msisdn_conflict = a.msisdn_conflict or excluded.msisdn_conflict or a.msisdn <> excluded.msisdn
            """;

    private final AgroalDataSource dataSource;

    RechargeEventStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Every statement is idempotent, so a batch that fails can be stored again as it is.
     *
     * @throws RefusedEventsException when the database refuses an event's values: retrying cannot help
     * @throws StorageUnavailableException when the database cannot store anything now: retrying will
     */
    public void store(List<ReceivedEvent> events) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
                for (ReceivedEvent event : events) {
                    insert.setString(1, event.eventId());
                    insert.setString(2, event.attemptId());
                    insert.setString(3, event.kind().type());
                    insert.setString(4, event.source());
                    setTimestamp(insert, 5, event.time());
                    insert.setString(6, event.msisdn());
                    insert.setString(7, event.carrier());
                    insert.setString(8, event.channelId());
                    insert.setBigDecimal(9, event.amount());
                    insert.setString(10, event.currency());
                    insert.setString(11, event.failureCode());
                    insert.setString(12, event.payload());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement fold = connection.prepareStatement(FOLD_ATTEMPT)) {
                for (AttemptFold attempt : foldByAttempt(events).values()) {
                    attempt.bind(fold);
                    fold.addBatch();
                }
                fold.executeBatch();
            }
        } catch (SQLException e) {
            throw classify(e);
        }
    }

    /**
     * Only data exceptions (class 22: too long, out of range, a character PostgreSQL cannot hold) and
     * integrity violations (class 23) are an event's own fault. Everything else, from a refused
     * connection (08) or a shutdown (57P01) to a pool timeout with no SQLSTATE at all, is the
     * database's, and the batch waits for it.
     */
    private static RuntimeException classify(SQLException failure) {
        String sqlState = failure.getSQLState();
        for (SQLException next = failure.getNextException();
                sqlState == null && next != null;
                next = next.getNextException()) {
            sqlState = next.getSQLState();
        }
        if (sqlState != null && (sqlState.startsWith("22") || sqlState.startsWith("23"))) {
            return new RefusedEventsException(sqlState);
        }
        return new StorageUnavailableException(sqlState, failure);
    }

    private static Map<String, AttemptFold> foldByAttempt(List<ReceivedEvent> events) {
        Map<String, AttemptFold> folds = new LinkedHashMap<>();
        for (ReceivedEvent event : events) {
            folds.computeIfAbsent(event.attemptId(), id -> new AttemptFold(event)).add(event);
        }
        return folds;
    }

    /** The same fold as the SQL above, within one batch, so each attempt is written once per batch. */
    private static final class AttemptFold {
        final String attemptId;
        final String msisdn;
        boolean msisdnConflict;
        String carrier;
        String successCarrier;
        final String channelId;
        final String paymentMethod;
        final BigDecimal amount;
        final String currency;
        final Instant[] firstOfKind = new Instant[EventKind.values().length];
        String failureCode;
        String failureDetail;
        Instant first;
        Instant last;

        AttemptFold(ReceivedEvent event) {
            attemptId = event.attemptId();
            msisdn = event.msisdn();
            carrier = event.carrier();
            channelId = event.channelId();
            paymentMethod = event.paymentMethod();
            amount = event.amount();
            currency = event.currency();
        }

        void add(ReceivedEvent event) {
            msisdnConflict |= !msisdn.equals(event.msisdn());
            int kind = event.kind().ordinal();
            if (firstOfKind[kind] == null || event.time().isBefore(firstOfKind[kind])) {
                firstOfKind[kind] = event.time();
            }
            if (event.kind() == EventKind.SUCCEEDED) {
                successCarrier = event.carrier();
            }
            if (event.kind() == EventKind.FAILED && failureCode == null) {
                failureCode = event.failureCode();
                failureDetail = event.failureDetail();
            }
            first = first == null || event.time().isBefore(first) ? event.time() : first;
            last = last == null || event.time().isAfter(last) ? event.time() : last;
        }

        void bind(PreparedStatement fold) throws SQLException {
            fold.setString(1, attemptId);
            fold.setString(2, msisdn);
            fold.setString(3, successCarrier != null ? successCarrier : carrier);
            fold.setString(4, channelId);
            fold.setString(5, paymentMethod);
            fold.setBigDecimal(6, amount);
            fold.setString(7, currency);
            for (EventKind kind : EventKind.values()) {
                fold.setBoolean(8 + kind.ordinal(), firstOfKind[kind.ordinal()] != null);
                setTimestamp(fold, 12 + kind.ordinal(), firstOfKind[kind.ordinal()]);
            }
            fold.setString(16, failureCode);
            fold.setString(17, failureDetail);
            setTimestamp(fold, 18, first);
            setTimestamp(fold, 19, last);
            fold.setBoolean(20, msisdnConflict);
        }
    }

    /** In UTC, truncated to the microseconds PostgreSQL keeps, so cursors and comparisons stay exact. */
    private static void setTimestamp(PreparedStatement statement, int index, Instant instant)
            throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(
                    index,
                    OffsetDateTime.ofInstant(
                            instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        }
    }
}
