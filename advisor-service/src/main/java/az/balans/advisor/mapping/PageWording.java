package az.balans.advisor.mapping;

import az.balans.advisor.service.AdvisorMessages;
import az.balans.advisor.service.Messages;
import az.balans.advisor.service.NumberAnalysis;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Codes the services answer with (statuses, corrections, evidence), told in the page's words. */
public final class PageWording {

    private static final Pattern MINUTES = Pattern.compile("(\\d+) min");

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
            String fact,
            String value,
            UnaryOperator<String> carrierName) {
        return switch (fact) {
            case "number.problem" -> words.factNumberProblem(problem(language, value));
            case "number.corrections" -> words.factNumberCorrections(value);
            case "failureCode" -> words.factFailureCode(value);
            case "history.attempt.carrier" -> words.factAttemptCarrier(carrierName.apply(value));
            case "history.servingCarrier" -> words.factServingCarrier(carrierName.apply(value));
            case "catalog.rangeHolder" ->
                    words.factRangeHolder(rangeHolder(words, value, carrierName));
            case "catalog.channel.amounts" -> words.factChannelAmounts(value);
            case "amount" -> words.factAmount(value);
            case "description" -> words.factDescription(value);
            case "history.attempt.paymentMethod" ->
                    words.factAttemptPaymentMethod(
                            Messages.paymentMethod(Messages.in(language), value));
            case "history.recent.attemptId" -> words.factRecentAttempt(value);
            case "history.channelHealth" -> words.factChannelHealth(status(words, value).word());
            case "history.attempt.state" -> words.factAttemptState(state(words, value));
            case "history.attempt.requestedAt" ->
                    words.factAttemptRequestedAt(Messages.bakuTime(Instant.parse(value), language));
            case "catalog.channel.kind" -> words.factChannelKind(value);
            case "evidence" -> words.factNone(value);
            default -> fact + ": " + value;
        };
    }

    private static String problem(String language, String code) {
        AdvisorMessages messages = Messages.in(language);
        try {
            return Messages.problem(messages, NumberAnalysis.Problem.valueOf(code));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String rangeHolder(
            PageMessages words, String value, UnaryOperator<String> carrierName) {
        if ("none".equals(value)) {
            return words.none();
        }
        String retiredSuffix = " (retired)";
        return value.endsWith(retiredSuffix)
                ? carrierName.apply(value.substring(0, value.length() - retiredSuffix.length()))
                        + " ("
                        + words.retired()
                        + ")"
                : carrierName.apply(value);
    }

    /** {@code succeeded}, or {@code requested, 42 min} for one still pending after 42 minutes, in the page's words. */
    private static String state(PageMessages words, String value) {
        int comma = value.indexOf(',');
        String state = comma < 0 ? value : value.substring(0, comma);
        Matcher minutes = MINUTES.matcher(comma < 0 ? "" : value.substring(comma + 1).strip());
        String word =
                switch (state) {
                    case "requested" -> words.stateRequested();
                    case "succeeded" -> words.stateSucceeded();
                    case "failed" -> words.stateFailed();
                    case "reversed" -> words.stateReversed();
                    default -> state;
                };
        return !minutes.matches()
                ? word
                : words.stateFor(word, words.durationMinutes(Integer.parseInt(minutes.group(1))));
    }
}
