package az.balans.history.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class RechargeEventRepository implements PanacheRepositoryBase<RechargeEvent, String> {

    public List<RechargeEvent> findByAttempt(String attemptId) {
        return list("attemptId", Sort.by("occurredAt").and("eventId"), attemptId);
    }
}
