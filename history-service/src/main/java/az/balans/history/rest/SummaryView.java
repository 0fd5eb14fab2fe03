package az.balans.history.rest;

import az.balans.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What history knows of a number. {@code servingCarrier} is the carrier of the latest successful
 * top-up: the carrier serving the number as last seen, which differs from the range holder when the
 * number was ported (every ex-Naxtel 060 number was). {@code credited} sums the succeeded top-ups
 * that were not reversed, by currency.
 */
public record SummaryView(
        String msisdn,
        ServingCarrier servingCarrier,
        List<Money> credited,
        Map<String, Long> countsByState,
        Instant lastActivity) {

    public record ServingCarrier(String carrier, Instant seenAt, String attemptId) {}
}
