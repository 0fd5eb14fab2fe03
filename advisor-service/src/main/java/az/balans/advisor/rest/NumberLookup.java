package az.balans.advisor.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the advisor knows of a number. {@code servingCarrierSource} says where the serving carrier
 * comes from: {@code history} (a port: the carrier of its latest successful top-up differs from the range's
 * holder; a number on its own range's carrier is told as {@code range}, so no answer says whether it was topped up),
 * {@code range} (the prefix's holder, which a port makes wrong), or {@code unknown}.
 * {@code servingCarrierAsOf} is when history was asked (answers may come from a short-lived cache).
 * {@code degraded} says a neighbour could not be asked; {@code warnings} say which.
 */
public record NumberLookup(
        String input,
        String e164,
        String national,
        boolean valid,
        Problem problem,
        List<String> corrections,
        Carrier rangeHolder,
        Carrier servingCarrier,
        String servingCarrierSource,
        Instant servingCarrierAsOf,
        List<String> notes,
        boolean degraded,
        List<String> warnings) {

    public record Problem(String code, String message) {}

    public record Carrier(
            String id, String name, String status, LocalDate retiredOn, String balanceCode) {}
}
