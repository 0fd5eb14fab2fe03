package az.balans.advisor.rest;

import java.time.Instant;
import java.util.List;

/**
 * Likely causes, most likely first, each with the facts it rests on, what happened and what to do.
 * {@code healthAsOf} is when the live channel health weighed was fetched; null when none was fresh enough.
 */
public record DiagnosisResponse(
        String number,
        String language,
        List<Cause> causes,
        boolean degraded,
        List<String> warnings,
        Instant healthAsOf,
        SupportFound supportFound) {

    /**
     * What support found about the attempt asked about (credited-late, refunded-by-provider,
     * customer-told, escalated-to-carrier), told in the person's language, and when; absent when
     * nobody has looked into it.
     */
    public record SupportFound(String finding, String text, Instant at) {}

    /**
     * @param likelihood  from 0 to 1: how strongly the evidence points here
     * @param retry       whether and when to try again
     * @param alternative where the remedy points elsewhere (another channel, another way to pay): the
     *                    best other channel for this number, null when none fits or none is needed
     * @param sources     the pages the failure code's meaning and wait rest on, where a code says this cause
     */
    public record Cause(
            String code,
            double likelihood,
            List<Fact> evidence,
            String explanation,
            String remedy,
            Retry retry,
            Alternative alternative,
            List<RecommendationResponse.Source> sources) {}

    /** One fact used: where it comes from ({@code failureCode}, {@code history.attempt.state}, ...) and its value. */
    public record Fact(String fact, String value) {}

    /**
     * Whether and when to try again. {@code advice} is {@code NOW} (safe to try again now),
     * {@code WAIT} (wait {@code waitMinutes}, then try again), {@code CHECK_FIRST} (the money may
     * still arrive: wait {@code waitMinutes}, which may be 0, and check the balance before paying
     * again) or {@code DO_NOT_RETRY} (the same top-up will fail again); {@code text} says it in the
     * person's language.
     */
    public record Retry(String advice, Integer waitMinutes, String text) {}

    /**
     * Another channel for the same number and what the person has: its name, the ways to pay it takes
     * that the person has, why it fits, and its steps.
     */
    public record Alternative(
            String channelId,
            String name,
            List<String> paymentMethods,
            List<String> reasons,
            List<String> steps) {}
}
