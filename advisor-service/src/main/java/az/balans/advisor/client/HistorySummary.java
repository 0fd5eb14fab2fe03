package az.balans.advisor.client;

import java.time.Instant;
import java.util.Map;

/** What history-service says of a number (GET /subscribers/{msisdn}/summary), the parts the advisor uses. */
public record HistorySummary(
        String msisdn,
        ServingCarrier servingCarrier,
        Map<String, Long> countsByState,
        Instant lastActivity) {

    public record ServingCarrier(String carrier, Instant seenAt, String attemptId) {}
}
