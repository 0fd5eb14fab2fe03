package az.balans.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class ChannelRepository implements PanacheRepositoryBase<Channel, String> {

    /**
     * Channels matching every filter given (null means any). A channel tied to no city (online,
     * a bank app) matches every city.
     */
    public PanacheQuery<Channel> search(
            String carrier, String kind, String city, String paymentMethod) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (carrier != null) {
            conditions.add("array_contains(carriers, :carrier)");
            parameters.and("carrier", carrier);
        }
        if (kind != null) {
            conditions.add("kind = :kind");
            parameters.and("kind", kind);
        }
        if (city != null) {
            conditions.add("(array_length(cities) = 0 or array_contains(cities, :city))");
            parameters.and("city", city);
        }
        if (paymentMethod != null) {
            conditions.add("array_contains(paymentMethods, :paymentMethod)");
            parameters.and("paymentMethod", paymentMethod);
        }
        String query = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(query, Sort.by("id"), parameters);
    }
}
