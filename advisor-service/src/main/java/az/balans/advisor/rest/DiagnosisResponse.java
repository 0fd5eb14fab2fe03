package az.balans.advisor.rest;

import java.time.Instant;
import java.util.List;

/**
 * Likely causes, most likely first, each with the facts it rests on, what happened and what to do.
 * {@code healthAsOf} is when the live channel health weighed was fetched; null when none was fresh enough.
 */
public record DiagnosisResponse(String number, String language, List<Cause> causes, boolean degraded, List<String> warnings,
                                Instant healthAsOf) {

    /** @param likelihood from 0 to 1: how strongly the evidence points here */
    public record Cause(String code, double likelihood, List<Fact> evidence, String explanation, String remedy) {
    }

    /** One fact used: where it comes from ({@code failureCode}, {@code history.attempt.state}, ...) and its value. */
    public record Fact(String fact, String value) {
    }
}
