package az.balans.history.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class AttemptRepository implements PanacheRepositoryBase<Attempt, String> {

    /** Where a page starts: after this attempt, in newest-first order. */
    public record Position(Instant firstEventAt, String attemptId) {}

    /**
     * A subscriber's attempts, newest first, after {@code after} (keyset pagination: an insert
     * elsewhere in the list never shifts a page, so no record is skipped or repeated).
     */
    public List<Attempt> page(
            String msisdn, Instant from, Instant to, String state, Position after, int limit) {
        List<String> conditions = new ArrayList<>(List.of("msisdn = :msisdn"));
        Parameters parameters = Parameters.with("msisdn", msisdn);
        if (from != null) {
            conditions.add("firstEventAt >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            conditions.add("firstEventAt < :to");
            parameters.and("to", to);
        }
        if (state != null) {
            conditions.add("state = :state");
            parameters.and("state", state);
        }
        if (after != null) {
            conditions.add(
                    "(firstEventAt < :afterTime or (firstEventAt = :afterTime and attemptId < :afterId))");
            parameters.and("afterTime", after.firstEventAt()).and("afterId", after.attemptId());
        }
        return find(
                        String.join(" and ", conditions)
                                + " order by firstEventAt desc, attemptId desc",
                        parameters)
                .range(0, limit - 1)
                .list();
    }

    public record StateCount(String state, long count) {}

    public record CurrencyTotal(String currency, BigDecimal total) {}

    public List<StateCount> countByState(String msisdn) {
        return getEntityManager()
                .createQuery(
                        "select new az.balans.history.repository.AttemptRepository$StateCount(a.state, count(a)) "
                                + "from Attempt a where a.msisdn = :msisdn group by a.state order by a.state",
                        StateCount.class)
                .setParameter("msisdn", msisdn)
                .getResultList();
    }

    /** What was topped up and stayed: succeeded, not reversed. */
    public List<CurrencyTotal> creditedTotals(String msisdn) {
        return getEntityManager()
                .createQuery(
                        "select new az.balans.history.repository.AttemptRepository$CurrencyTotal(a.currency, sum(a.amount)) "
                                + "from Attempt a where a.msisdn = :msisdn and a.state = 'succeeded' "
                                + "group by a.currency order by a.currency",
                        CurrencyTotal.class)
                .setParameter("msisdn", msisdn)
                .getResultList();
    }

    /** The latest successful top-up: its carrier serves the number (a ported number shows here). */
    public Optional<Attempt> latestSuccess(String msisdn) {
        return find(
                        "msisdn = ?1 and hasSucceeded = true order by succeededAt desc, attemptId desc",
                        msisdn)
                .firstResultOptional();
    }

    public Optional<Instant> lastActivity(String msisdn) {
        return Optional.ofNullable(
                getEntityManager()
                        .createQuery(
                                "select max(a.lastEventAt) from Attempt a where a.msisdn = :msisdn",
                                Instant.class)
                        .setParameter("msisdn", msisdn)
                        .getSingleResult());
    }

    public record ChannelWindow(
            String channelId,
            long attempts,
            long succeeded,
            long failed,
            long pending,
            Double medianSeconds,
            Double p90Seconds) {}

    /**
     * Per channel, the attempts that began in [from, to): a range scan of attempt_time_idx bounded by
     * the window, aggregated in the database; the percentiles need every duration in the window,
     * which is why this is a bounded query rather than a counter kept up to date.
     */
    @SuppressWarnings("unchecked")
    public List<ChannelWindow> channelWindows(Instant from, Instant to) {
        List<Object[]> rows =
                getEntityManager()
                        .createNativeQuery(
                                """
                        select channel_id,
                               count(*),
                               count(*) filter (where has_succeeded),
                               count(*) filter (where has_failed and not has_succeeded),
                               count(*) filter (where not has_succeeded and not has_failed),
                               percentile_cont(0.5) within group (order by extract(epoch from succeeded_at - requested_at))
                                   filter (where has_succeeded and has_requested),
                               percentile_cont(0.9) within group (order by extract(epoch from succeeded_at - requested_at))
                                   filter (where has_succeeded and has_requested)
                        from attempt
                        where first_event_at >= ?1 and first_event_at < ?2 and channel_id is not null
                        group by channel_id
                        order by channel_id
                        """)
                        .setParameter(1, from)
                        .setParameter(2, to)
                        .getResultList();
        return rows.stream()
                .map(
                        row ->
                                new ChannelWindow(
                                        (String) row[0],
                                        number(row[1]),
                                        number(row[2]),
                                        number(row[3]),
                                        number(row[4]),
                                        seconds(row[5]),
                                        seconds(row[6])))
                .toList();
    }

    /** One channel's attempts begun in one step of a series: bucket 0 starts at the series' start. */
    public record ChannelBucket(
            String channelId, int bucket, long attempts, long succeeded, long failed) {}

    /** Per channel and per step of {@code stepSeconds} from {@code from}: the attempts begun there and how they ended. */
    public List<ChannelBucket> channelBuckets(Instant from, Instant to, long stepSeconds) {
        List<Object[]> rows =
                getEntityManager()
                        .createNativeQuery(
                                """
                        select channel_id,
                               floor(extract(epoch from first_event_at - ?1) / ?3)::int as bucket,
                               count(*),
                               count(*) filter (where has_succeeded),
                               count(*) filter (where has_failed and not has_succeeded)
                        from attempt
                        where first_event_at >= ?1 and first_event_at < ?2 and channel_id is not null
                        group by channel_id, bucket
                        order by channel_id, bucket
                        """)
                        .setParameter(1, from)
                        .setParameter(2, to)
                        .setParameter(3, stepSeconds)
                        .getResultList();
        return rows.stream()
                .map(
                        row ->
                                new ChannelBucket(
                                        (String) row[0],
                                        ((Number) row[1]).intValue(),
                                        number(row[2]),
                                        number(row[3]),
                                        number(row[4])))
                .toList();
    }

    public long erase(String msisdn) {
        return delete("msisdn", msisdn);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A timestamptz as the driver hands it over, whichever Java type that is. */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }

    private static Double seconds(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** An attempt past its channel's time to credit, and when it was due. */
    public record Overdue(String attemptId, Instant dueAt) {}

    /**
     * The SQL that decides which open attempts are overdue: each is due at its request time plus the
     * larger of its channel's time to credit from the catalog (?1, a JSON object of seconds by channel
     * id; ?2 where the catalog has none) and the live 90th percentile of the channel's attempts begun
     * since ?3; it is overdue when that is before ?4.
     */
    private static final String OVERDUE =
            """
            with catalog_time as (
                select key as channel_id, value::numeric as seconds from jsonb_each_text(cast(?1 as jsonb))),
            live as (
                select channel_id,
                       percentile_cont(0.9) within group (order by extract(epoch from succeeded_at - requested_at)) as seconds
                from attempt
                where first_event_at >= ?3 and has_succeeded and has_requested and channel_id is not null
                group by channel_id),
            open_attempt as (
                select a.attempt_id, a.first_event_at,
                       a.requested_at + make_interval(secs => greatest(coalesce(c.seconds, ?2), coalesce(l.seconds, 0))) as due_at
                from attempt a
                left join catalog_time c on c.channel_id = a.channel_id
                left join live l on l.channel_id = a.channel_id
                where a.state = 'requested' and a.resolved_at is null)
            """;

    /** Open attempts past their due time, oldest first, after {@code after} (keyset pagination). */
    @SuppressWarnings("unchecked")
    public List<Overdue> overdue(
            String catalogSecondsByChannel,
            long secondsWhenUnknown,
            Instant liveSince,
            Instant now,
            Position after,
            int limit) {
        List<Object[]> rows =
                overdueQuery(
                                """
                        select attempt_id, due_at from open_attempt
                        where due_at < ?4
                          and (cast(?5 as timestamptz) is null or (first_event_at, attempt_id) > (cast(?5 as timestamptz), cast(?6 as varchar)))
                        order by first_event_at, attempt_id
                        limit ?7
                        """,
                                catalogSecondsByChannel,
                                secondsWhenUnknown,
                                liveSince,
                                now)
                        .setParameter(5, after == null ? null : after.firstEventAt())
                        .setParameter(6, after == null ? null : after.attemptId())
                        .setParameter(7, limit)
                        .getResultList();
        return rows.stream().map(row -> new Overdue((String) row[0], instant(row[1]))).toList();
    }

    public long countOverdue(
            String catalogSecondsByChannel,
            long secondsWhenUnknown,
            Instant liveSince,
            Instant now) {
        return number(
                overdueQuery(
                                "select count(*) from open_attempt where due_at < ?4",
                                catalogSecondsByChannel,
                                secondsWhenUnknown,
                                liveSince,
                                now)
                        .getSingleResult());
    }

    /** {@link #OVERDUE} and what selects from it, with the four parameters that decide what is due. */
    private Query overdueQuery(
            String select,
            String catalogSecondsByChannel,
            long secondsWhenUnknown,
            Instant liveSince,
            Instant now) {
        return getEntityManager()
                .createNativeQuery(OVERDUE + select)
                .setParameter(1, catalogSecondsByChannel)
                .setParameter(2, secondsWhenUnknown)
                .setParameter(3, liveSince)
                .setParameter(4, now);
    }

    /** Attempts that saw both a success and a failure (or events naming different numbers), oldest first, after {@code after}. */
    public List<Attempt> contradictory(Position after, int limit) {
        String where = "(contradictory = true or msisdnConflict = true) and resolvedAt is null";
        if (after == null) {
            return find(where + " order by firstEventAt, attemptId").range(0, limit - 1).list();
        }
        return find(
                        where
                                + " and (firstEventAt > :afterTime or (firstEventAt = :afterTime and attemptId > :afterId))"
                                + " order by firstEventAt, attemptId",
                        Parameters.with("afterTime", after.firstEventAt())
                                .and("afterId", after.attemptId()))
                .range(0, limit - 1)
                .list();
    }

    public long countContradictory() {
        return count("(contradictory = true or msisdnConflict = true) and resolvedAt is null");
    }

    /** The attempts of these ids, in the order given. */
    public List<Attempt> inOrder(List<String> attemptIds) {
        if (attemptIds.isEmpty()) {
            return List.of();
        }
        Map<String, Attempt> found =
                list("attemptId in ?1", attemptIds).stream()
                        .collect(
                                Collectors.toMap(
                                        attempt -> attempt.attemptId, Function.identity()));
        return attemptIds.stream().map(found::get).filter(Objects::nonNull).toList();
    }
}
