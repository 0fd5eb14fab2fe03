package az.balans.advisor.client;

import java.time.Instant;
import java.util.Optional;

/**
 * The outcome of asking history, and when: what it knows (possibly nothing: a number never topped up
 * through Balans), or that it could not be asked, which the answer must say (degraded).
 */
public record HistoryLookup(Optional<HistorySummary> summary, boolean available, Instant askedAt) {

    public static HistoryLookup found(HistorySummary summary) {
        return new HistoryLookup(Optional.of(summary), true, Instant.now());
    }

    public static HistoryLookup nothingKnown() {
        return new HistoryLookup(Optional.empty(), true, Instant.now());
    }

    public static HistoryLookup unavailable() {
        return new HistoryLookup(Optional.empty(), false, Instant.now());
    }
}
