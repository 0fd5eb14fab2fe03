package az.balans.history.service;

/**
 * A provider's outcome that cannot be told as a recharge event (a number that is not an
 * Azerbaijani mobile one, an operator that is not ours, an amount not in AZN): it goes to the
 * dead-letter topic with this reason, and the provider is still answered 2xx, since sending it
 * again would not change it.
 */
public class UnmappableOutcomeException extends RuntimeException {

    public UnmappableOutcomeException(String reason) {
        super(reason);
    }
}
