package az.balans.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class PromotionRepository implements PanacheRepositoryBase<Promotion, String> {

    /** Promotions of a carrier (null: any) valid at an instant (null: any time). */
    public PanacheQuery<Promotion> search(String carrier, Instant at) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (carrier != null) {
            conditions.add("carrierId = :carrier");
            parameters.and("carrier", carrier);
        }
        if (at != null) {
            conditions.add("validFrom <= :at and validTo > :at");
            parameters.and("at", at);
        }
        String query = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(query, Sort.by("validFrom").and("id"), parameters);
    }
}
