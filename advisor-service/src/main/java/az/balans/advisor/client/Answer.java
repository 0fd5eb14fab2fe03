package az.balans.advisor.client;

import java.time.Instant;
import java.util.Optional;

/**
 * What a neighbour answered and when it was asked, or that it could not be asked (timed out,
 * failing, circuit open): the one shape every call through {@link HistoryGateway} returns. When it
 * could not be asked, the value is the stand-in the caller gets instead (nothing, an empty list).
 */
public record Answer<T>(T value, boolean available, Instant askedAt) {

    public static <T> Answer<T> of(T value, Instant askedAt) {
        return new Answer<>(value, true, askedAt);
    }

    public static <T> Answer<T> unavailable(T standIn, Instant askedAt) {
        return new Answer<>(standIn, false, askedAt);
    }

    /** The value when the neighbour answered; empty when it could not be asked. */
    public Optional<T> whenAvailable() {
        return available ? Optional.of(value) : Optional.empty();
    }
}
