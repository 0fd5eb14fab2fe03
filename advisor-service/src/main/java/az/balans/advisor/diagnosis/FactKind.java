package az.balans.advisor.diagnosis;

import az.balans.advisor.number.NumberAnalysis;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What a fact in a diagnosis's evidence is about, and the type of its value. */
public enum FactKind {
    /** The number cannot be a mobile one: its {@link NumberAnalysis.Problem}. */
    NUMBER_PROBLEM(NumberAnalysis.Problem.class),
    /** The number was written wrongly: the {@link NumberAnalysis.Correction}s it needed. */
    NUMBER_CORRECTIONS(List.class),
    /** The code the provider or channel answered with. */
    FAILURE_CODE(String.class),
    /** The carrier that took the attempt's payment (its id). */
    ATTEMPT_CARRIER(String.class),
    /** The carrier history saw serving the number (its id). */
    SERVING_CARRIER(String.class),
    /** The carrier holding the number's range, which is retired (its id). */
    RETIRED_RANGE_HOLDER(String.class),
    /** No carrier holds the number's range. */
    NO_RANGE_HOLDER(null),
    /** The channel whose smallest and largest amounts were weighed (its id). */
    CHANNEL_AMOUNTS(String.class),
    /** The amount the person tried. */
    AMOUNT(BigDecimal.class),
    /** The person's own words, as they wrote them. */
    DESCRIPTION(String.class),
    /** How the attempt was paid (cash, local-card, ...). */
    ATTEMPT_PAYMENT_METHOD(String.class),
    /** An earlier top-up of the same amount (its attempt id). */
    RECENT_ATTEMPT(String.class),
    /** The channel's live health: ok, degraded or down. */
    CHANNEL_HEALTH(String.class),
    /** The attempt's state as history recorded it: requested, succeeded or reversed. */
    ATTEMPT_STATE(String.class),
    /** The attempt is still only requested, past its channel's time to credit: for how long. */
    ATTEMPT_OVERDUE(Duration.class),
    /** When the attempt was requested. */
    ATTEMPT_REQUESTED_AT(Instant.class),
    /** The kind of channel (scratch-card, ...). */
    CHANNEL_KIND(String.class),
    /** Nothing points to one cause more than another. */
    NONE_SPECIFIC(null);

    private final Class<?> type;

    FactKind(Class<?> type) {
        this.type = type;
    }

    /** The type of the value; null when the kind takes none. */
    public Class<?> type() {
        return type;
    }
}
