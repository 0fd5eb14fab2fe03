package az.balans.advisor.page;

import az.balans.advisor.diagnosis.Diagnosis;
import az.balans.advisor.i18n.Messages;
import az.balans.advisor.number.NumberAnalysis;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** Codes the services answer with (statuses, corrections, evidence), told in the page's words. */
public final class PageWording {

    private PageWording() {}

    public static PageMessages in(String language) {
        return Messages.in(PageMessages.class, language);
    }

    public static PageViews.Status status(PageMessages words, String status) {
        return switch (status == null ? "unknown" : status) {
            case "ok" -> new PageViews.Status("ok", words.statusOk(), "✓");
            case "degraded" -> new PageViews.Status("degraded", words.statusDegraded(), "!");
            case "down" -> new PageViews.Status("down", words.statusDown(), "✕");
            default -> new PageViews.Status("unknown", words.statusUnknown(), "?");
        };
    }

    public static String correction(PageMessages words, NumberAnalysis.Correction correction) {
        return switch (correction) {
            case REMOVED_TRUNK_ZERO_AFTER_COUNTRY_CODE ->
                    words.correctionREMOVED_TRUNK_ZERO_AFTER_COUNTRY_CODE();
            case ADDED_PLUS -> words.correctionADDED_PLUS();
            case REPLACED_00_WITH_PLUS -> words.correctionREPLACED_00_WITH_PLUS();
            case NATIONAL_FORM -> words.correctionNATIONAL_FORM();
            case ASSUMED_AZERBAIJAN -> words.correctionASSUMED_AZERBAIJAN();
            case NORMALISED_CHARACTERS -> words.correctionNORMALISED_CHARACTERS();
        };
    }

    /**
     * One piece of a diagnosis's evidence as a sentence, not a field name.
     *
     * @param carrierName a carrier's name from its id
     */
    public static String evidence(
            PageMessages words,
            String language,
            Diagnosis.Fact fact,
            UnaryOperator<String> carrierName) {
        Object value = fact.value();
        return switch (fact.kind()) {
            case NUMBER_PROBLEM ->
                    words.factNumberProblem(
                            fact.value(NumberAnalysis.Problem.class)
                                    .describe(Messages.in(language)));
            case NUMBER_CORRECTIONS -> words.factNumberCorrections();
            case FAILURE_CODE -> words.factFailureCode((String) value);
            case ATTEMPT_CARRIER -> words.factAttemptCarrier(carrierName.apply((String) value));
            case SERVING_CARRIER -> words.factServingCarrier(carrierName.apply((String) value));
            case RETIRED_RANGE_HOLDER ->
                    words.factRangeHolder(
                            carrierName.apply((String) value) + " (" + words.retired() + ")");
            case NO_RANGE_HOLDER -> words.factRangeHolder(words.none());
            case CHANNEL_AMOUNTS -> words.factChannelAmounts((String) value);
            case AMOUNT -> words.factAmount(fact.value(BigDecimal.class).toPlainString());
            case DESCRIPTION -> words.factDescription((String) value);
            case ATTEMPT_PAYMENT_METHOD ->
                    words.factAttemptPaymentMethod(
                            Messages.paymentMethod(Messages.in(language), (String) value));
            case RECENT_ATTEMPT -> words.factRecentAttempt((String) value);
            case CHANNEL_HEALTH -> words.factChannelHealth(status(words, (String) value).word());
            case ATTEMPT_STATE -> words.factAttemptState(state(words, (String) value));
            case ATTEMPT_OVERDUE ->
                    words.factAttemptState(
                            words.stateFor(
                                    words.stateRequested(),
                                    words.durationMinutes(
                                            (int) fact.value(Duration.class).toMinutes())));
            case ATTEMPT_REQUESTED_AT ->
                    words.factAttemptRequestedAt(
                            Messages.bakuTime(fact.value(Instant.class), language));
            case CHANNEL_KIND -> words.factChannelKind();
            case NONE_SPECIFIC -> words.factNone();
        };
    }

    private static String state(PageMessages words, String state) {
        return switch (state) {
            case "requested" -> words.stateRequested();
            case "succeeded" -> words.stateSucceeded();
            case "failed" -> words.stateFailed();
            case "reversed" -> words.stateReversed();
            default -> state;
        };
    }
}
