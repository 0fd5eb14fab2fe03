package az.balans.advisor.client;

import java.util.Optional;

/**
 * What a neighbour answered, or that it could not be asked (timed out, failing, circuit open): the
 * one shape every call through {@link HistoryGateway} returns. When it could not be asked, the value
 * is the stand-in the caller gets instead (nothing, an empty list).
 */
public record Answer<T>(T value, boolean available) {

    static <T> Answer<T> of(T value) {
        return new Answer<>(value, true);
    }

    static <T> Answer<T> unavailable(T standIn) {
        return new Answer<>(standIn, false);
    }

    /** The value when the neighbour answered; empty when it could not be asked. */
    public Optional<T> whenAvailable() {
        return available ? Optional.of(value) : Optional.empty();
    }
}
