package az.balans.history.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class RechargeEventRepository implements PanacheRepositoryBase<RechargeEvent, String> {

    /**
     * Stores the event unless one with the same id is already there. The database decides, not a
     * check-then-insert, so two deliveries racing each other still leave one row.
     *
     * @return whether the event was new
     */
    public boolean insertIfAbsent(RechargeEvent event) {
        int inserted = getEntityManager().createNativeQuery("""
                        insert into recharge_event (event_id, attempt_id, type, source, occurred_at, msisdn,
                                                    carrier, channel_id, amount, currency, payload)
                        values (:eventId, :attemptId, :type, :source, :occurredAt, :msisdn,
                                :carrier, :channelId, :amount, :currency, cast(:payload as jsonb))
                        on conflict (event_id) do nothing
                        """)
                .setParameter("eventId", event.eventId)
                .setParameter("attemptId", event.attemptId)
                .setParameter("type", event.type)
                .setParameter("source", event.source)
                .setParameter("occurredAt", event.occurredAt)
                .setParameter("msisdn", event.msisdn)
                .setParameter("carrier", event.carrier)
                .setParameter("channelId", event.channelId)
                .setParameter("amount", event.amount)
                .setParameter("currency", event.currency)
                .setParameter("payload", event.payload)
                .executeUpdate();
        return inserted == 1;
    }

    public List<RechargeEvent> findByAttempt(String attemptId) {
        return list("attemptId", Sort.by("occurredAt").and("eventId"), attemptId);
    }
}
