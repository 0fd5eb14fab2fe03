package az.balans.advisor.recommendation;

import az.balans.platform.money.Money;
import java.time.Instant;
import java.util.List;

/** Where to top up {@code number} with what the person has: {@code amount} may be absent, {@code at} defaults to now, {@code city} to anywhere. */
public record RecommendationQuery(
        String number, Money amount, List<String> paymentMethods, String city, Instant at) {

    /** Every way to pay a person may have, as the API and the catalog name them (a request's check). */
    public static final String PAYMENT_METHOD_PATTERN = "cash|local-card|international-card|wallet";

    /** The same ways to pay, as a list. */
    public static final List<String> PAYMENT_METHODS = List.of(PAYMENT_METHOD_PATTERN.split("\\|"));

    /**
     * The answer of a person with none of those at hand: then the ways out are the carrier's credit
     * advances, and what someone else can do from elsewhere.
     */
    public static final String NOTHING_AT_HAND = "nothing";

    /** What a person may say they have: a way to pay, or nothing. */
    public static final String AT_HAND_PATTERN = PAYMENT_METHOD_PATTERN + "|" + NOTHING_AT_HAND;

    /** Whether the person said they have nothing at hand. */
    public boolean nothingAtHand() {
        return paymentMethods.contains(NOTHING_AT_HAND);
    }
}
