package az.balans.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class FailureCodeRepository implements PanacheRepositoryBase<FailureCode, String> {

    /** Failure codes matching every filter given (null means any), by provider and code. */
    public PanacheQuery<FailureCode> search(String provider, String code, String cause) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (provider != null) {
            conditions.add("provider = :provider");
            parameters.and("provider", provider);
        }
        if (code != null) {
            conditions.add("code = :code");
            parameters.and("code", code);
        }
        if (cause != null) {
            conditions.add("cause = :cause");
            parameters.and("cause", cause);
        }
        String query = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(query, Sort.by("provider").and("code"), parameters);
    }
}
