package az.balans.advisor.diagnosis;

import java.util.Optional;

/**
 * Why a top-up fails: the causes a diagnosis can name. One or more rules of the {@link FailureTable}
 * find each; its explanation and remedy are those of the rule that weighed it most (or, where only
 * the person's words point to it, {@code FailureTable.explanationSaid} and {@code remedySaid}), and its
 * retry advice is {@code Diagnostician.retryOf}'s.
 */
public enum CauseCode {
    MALFORMED_NUMBER(false),
    WRONG_CARRIER(true),
    CARRIER_NOT_DETECTABLE(false),
    AMOUNT_OUT_OF_RANGE(false),
    LINE_BARRED(false),
    TOO_FREQUENT(false),
    DUPLICATE(false),
    CHANNEL_DOWN(true),
    PAYMENT_REFUSED(true),
    PENDING(false),
    /** Still requested past its channel's time to credit: support's reconciliation queue has it too. */
    OVERDUE(false),
    CREDITED_BUT_MISSING(false),
    BALANCE_EXPIRED(false),
    SCRATCH_CARD(true),
    REVERSED(false),
    NETWORK_INTERRUPTED(false);

    private final boolean pointsElsewhere;

    CauseCode(boolean pointsElsewhere) {
        this.pointsElsewhere = pointsElsewhere;
    }

    /** Whether the remedy is to top up elsewhere: such a cause carries the alternative, when there is one. */
    public boolean pointsElsewhere() {
        return pointsElsewhere;
    }

    /** The cause a catalog record or a vocabulary names; empty for a name this release does not know. */
    public static Optional<CauseCode> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
