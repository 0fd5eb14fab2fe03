package az.balans.advisor.service;

import az.balans.platform.money.Money;
import java.time.Instant;
import java.util.List;

/** Where to top up {@code number} with what the person has: {@code amount} may be absent, {@code at} defaults to now, {@code city} to anywhere. */
public record RecommendationQuery(
        String number, Money amount, List<String> paymentMethods, String city, Instant at) {

    /** Every way to pay a person may have, as the API and the catalog name them. */
    public static final List<String> PAYMENT_METHODS =
            List.of("cash", "local-card", "international-card", "wallet");
}
