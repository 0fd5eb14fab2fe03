package az.balans.advisor.number;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the advisor knows of a number: how it was read, who holds its range, who serves it, and
 * where that came from. {@code servingCarrierAsOf} is when history was asked; {@code warnings} say
 * which neighbour could not be asked.
 *
 * @param problemMessage the problem in the person's language, when the number is not valid
 */
public record KnownNumber(
        String input,
        String e164,
        String national,
        boolean valid,
        NumberAnalysis.Problem problem,
        String problemMessage,
        List<NumberAnalysis.Correction> corrections,
        Carrier rangeHolder,
        Carrier servingCarrier,
        ServingCarrierSource servingCarrierSource,
        Instant servingCarrierAsOf,
        List<String> notes,
        List<String> warnings) {

    /** Where the serving carrier comes from. */
    public enum ServingCarrierSource {
        /** A port: the carrier of the number's latest successful top-up, which is not the range's holder. */
        HISTORY,
        /** The prefix's holder, which a port makes wrong. */
        RANGE,
        UNKNOWN
    }

    public record Carrier(
            String id, String name, String status, LocalDate retiredOn, String balanceCode) {}

    /** A neighbour could not be asked. */
    public boolean degraded() {
        return !warnings.isEmpty();
    }

    public boolean corrected(NumberAnalysis.Correction correction) {
        return corrections.contains(correction);
    }
}
