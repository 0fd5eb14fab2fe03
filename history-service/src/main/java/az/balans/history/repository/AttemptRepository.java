package az.balans.history.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AttemptRepository implements PanacheRepositoryBase<Attempt, String> {

    /** Where a page starts: after this attempt, in newest-first order. */
    public record Position(Instant firstEventAt, String attemptId) {
    }

    /**
     * A subscriber's attempts, newest first, after {@code after} (keyset pagination: an insert
     * elsewhere in the list never shifts a page, so no record is skipped or repeated).
     */
    public List<Attempt> page(String msisdn, Instant from, Instant to, String state, Position after, int limit) {
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
            conditions.add("(firstEventAt < :afterTime or (firstEventAt = :afterTime and attemptId < :afterId))");
            parameters.and("afterTime", after.firstEventAt()).and("afterId", after.attemptId());
        }
        return find(String.join(" and ", conditions) + " order by firstEventAt desc, attemptId desc", parameters)
                .range(0, limit - 1).list();
    }

    public record StateCount(String state, long count) {
    }

    public record CurrencyTotal(String currency, BigDecimal total) {
    }

    public List<StateCount> countByState(String msisdn) {
        return getEntityManager().createQuery(
                        "select new az.balans.history.repository.AttemptRepository$StateCount(a.state, count(a)) "
                                + "from Attempt a where a.msisdn = :msisdn group by a.state order by a.state", StateCount.class)
                .setParameter("msisdn", msisdn).getResultList();
    }

    /** What was topped up and stayed: succeeded, not reversed. */
    public List<CurrencyTotal> creditedTotals(String msisdn) {
        return getEntityManager().createQuery(
                        "select new az.balans.history.repository.AttemptRepository$CurrencyTotal(a.currency, sum(a.amount)) "
                                + "from Attempt a where a.msisdn = :msisdn and a.state = 'succeeded' "
                                + "group by a.currency order by a.currency", CurrencyTotal.class)
                .setParameter("msisdn", msisdn).getResultList();
    }

    /** The latest successful top-up: its carrier serves the number (a ported number shows here). */
    public Optional<Attempt> latestSuccess(String msisdn) {
        return find("msisdn = ?1 and hasSucceeded = true order by succeededAt desc, attemptId desc", msisdn).firstResultOptional();
    }

    public Optional<Instant> lastActivity(String msisdn) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select max(a.lastEventAt) from Attempt a where a.msisdn = :msisdn", Instant.class)
                .setParameter("msisdn", msisdn).getSingleResult());
    }

    public record ChannelWindow(String channelId, long attempts, long succeeded, long failed, long pending,
                                Double medianSeconds, Double p90Seconds) {
    }

    /**
     * Per channel, the attempts that began in [from, to): a range scan of attempt_time_idx bounded by
     * the window, aggregated in the database; the percentiles need every duration in the window,
     * which is why this is a bounded query rather than a counter kept up to date.
     */
    @SuppressWarnings("unchecked")
    public List<ChannelWindow> channelWindows(Instant from, Instant to) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
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
        return rows.stream().map(row -> new ChannelWindow((String) row[0], number(row[1]), number(row[2]), number(row[3]),
                number(row[4]), seconds(row[5]), seconds(row[6]))).toList();
    }

    /** One channel's attempts begun in one step of a series: bucket 0 starts at the series' start. */
    public record ChannelBucket(String channelId, int bucket, long attempts, long succeeded, long failed) {
    }

    /** Per channel and per step of {@code stepSeconds} from {@code from}: the attempts begun there and how they ended. */
    public List<ChannelBucket> channelBuckets(Instant from, Instant to, long stepSeconds) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
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
        return rows.stream().map(row -> new ChannelBucket((String) row[0], ((Number) row[1]).intValue(), number(row[2]),
                number(row[3]), number(row[4]))).toList();
    }

    public long erase(String msisdn) {
        return delete("msisdn", msisdn);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Double seconds(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
