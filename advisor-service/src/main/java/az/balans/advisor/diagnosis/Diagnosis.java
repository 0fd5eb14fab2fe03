package az.balans.advisor.diagnosis;

import az.balans.advisor.recommendation.Recommendation;
import java.time.Instant;
import java.util.List;

/**
 * Likely causes of a failed top-up, most likely first, each with the facts it rests on, what happened
 * and what to do. {@code healthAsOf} is when the live channel health weighed was fetched; null when none was fresh enough.
 */
public record Diagnosis(
        String number,
        String language,
        List<Cause> causes,
        boolean degraded,
        List<String> warnings,
        Instant healthAsOf,
        SupportFinding supportFound) {

    /**
     * What support found about the attempt asked about, in the person's words, and when: the
     * agent's own note stays with the staff.
     */
    public record SupportFinding(String finding, String text, Instant at) {}

    /**
     * @param likelihood  from 0 to 1: how strongly the evidence points here
     * @param alternative where the remedy points elsewhere: the best other channel, null when none fits or none is needed
     * @param sources     the pages the failure code's meaning and wait rest on, where a code says this cause
     */
    public record Cause(
            CauseCode code,
            double likelihood,
            List<Fact> evidence,
            String explanation,
            String remedy,
            Retry retry,
            Alternative alternative,
            List<Recommendation.Source> sources) {}

    /**
     * One fact a cause rests on: its kind, and its value of the type the kind names (null for the
     * kinds that need none). The API and the page each say it in their own words.
     */
    public record Fact(FactKind kind, Object value) {

        public Fact {
            if (value == null ? kind.type() != null : !kind.type().isInstance(value)) {
                throw new IllegalArgumentException(
                        kind + " takes " + kind.type() + ", not " + value);
            }
        }

        /** The value as the type its kind names. */
        public <T> T value(Class<T> type) {
            return type.cast(value);
        }
    }

    /** Whether and when to try again, and the words that say it. */
    public record Retry(RetryAdvice advice, Integer waitMinutes, String text) {}

    public enum RetryAdvice {
        /** Safe to try again now. */
        NOW,
        /** Wait, then try again. */
        WAIT,
        /** The money may still arrive: wait (maybe not at all), and check the balance before paying again. */
        CHECK_FIRST,
        /** The same top-up will fail again. */
        DO_NOT_RETRY
    }

    /** Another channel for the same number and what the person has: the ways to pay it takes that they have, why it fits, its steps. */
    public record Alternative(
            String channelId,
            String name,
            List<String> paymentMethods,
            List<String> reasons,
            List<String> steps) {}
}
