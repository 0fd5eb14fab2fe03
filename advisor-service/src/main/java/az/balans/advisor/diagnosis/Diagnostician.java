package az.balans.advisor.diagnosis;

import static az.balans.advisor.diagnosis.DiagnosisCase.minutesOf;

import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.config.AdvisorConfig;
import az.balans.advisor.i18n.AdvisorMessages;
import az.balans.advisor.recommendation.Recommendation;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Weighs the evidence of a failed top-up (docs/api.md, POST /diagnoses) by the rules of the
 * {@link FailureTable}, one a known cause: the number itself, the attempt as history recorded it,
 * the failure code (catalog data: its cause, and whether its outcome is final, retryable or
 * unknown), the channel's live health, the number's recent top-ups, and what the person wrote.
 * Each cause then says whether and when to try again, and a remedy that points elsewhere names the
 * alternative it was given. A pure function of its inputs.
 */
public final class Diagnostician {

    private final AdvisorConfig.Diagnosis settings;
    private final DescriptionReader reader;
    private final Function<String, AdvisorMessages> messagesIn;
    private final Duration staleAfter;

    /**
     * @param reader     what the person wrote, read for the causes it points to
     * @param messagesIn the sentences in a language (Messages::in in the application)
     * @param staleAfter how long a failure code's page is trusted after it was read
     */
    public Diagnostician(
            AdvisorConfig.Diagnosis settings,
            DescriptionReader reader,
            Function<String, AdvisorMessages> messagesIn,
            Duration staleAfter) {
        this.settings = settings;
        this.reader = reader;
        this.messagesIn = messagesIn;
        this.staleAfter = staleAfter;
    }

    /** The likely causes, most likely first. */
    public List<Diagnosis.Cause> diagnose(Evidence evidence) {
        DiagnosisCase facts =
                DiagnosisCase.of(evidence, reader, messagesIn.apply(evidence.language()), settings);
        Findings found = new Findings();
        FailureTable.RULES.forEach(rule -> rule.weigh(facts, found));
        LocalDate trustedSince =
                LocalDate.ofInstant(evidence.now(), ZoneOffset.UTC).minusDays(staleAfter.toDays());
        return found.candidates().stream()
                .map(
                        candidate ->
                                candidate.toCause(
                                        retryOf(candidate, facts),
                                        pointsElsewhere(candidate, facts),
                                        sourcesOf(candidate, facts, trustedSince)))
                .sorted(
                        Comparator.comparingDouble(Diagnosis.Cause::likelihood)
                                .reversed()
                                .thenComparing(cause -> cause.code().name()))
                .toList();
    }

    /**
     * The pages a cause rests on: the failure code's, where the code says this cause; the credit
     * advance's, where a top-up that went through paid one back.
     */
    private static List<Recommendation.Source> sourcesOf(
            Findings.Candidate cause, DiagnosisCase facts, LocalDate trustedSince) {
        if (facts.codeSays(cause.code)) {
            return Recommendation.Source.of(facts.code().orElseThrow().facts(), trustedSince);
        }
        if (cause.code == CauseCode.CREDITED_BUT_MISSING) {
            return facts.creditAdvance()
                    .map(advance -> Recommendation.Source.of(advance.facts(), trustedSince))
                    .orElse(List.of());
        }
        return List.of();
    }

    /**
     * Whether and when to try again: the failure code's outcome and wait when the code means this
     * cause, else what the cause itself implies. An outcome not yet known never invites a second
     * payment before the balance is checked. A wait no provider publishes is never made up: where
     * the remedy is another channel, that is now; otherwise "later", saying that nobody says when.
     */
    private Diagnosis.Retry retryOf(Findings.Candidate cause, DiagnosisCase facts) {
        AdvisorMessages messages = facts.messages();
        String balanceCode = facts.balanceCode();
        if (facts.codeSays(cause.code)) {
            CatalogSnapshot.FailureCode meant = facts.code().orElseThrow();
            Integer waitMinutes =
                    meant.waitSeconds() == null
                            ? null
                            : (int) Math.ceil(meant.waitSeconds() / 60.0);
            return switch (meant.outcome()) {
                case "unknown" ->
                        checkFirst(waitMinutes == null ? 0 : waitMinutes, messages, balanceCode);
                case "retryable" ->
                        waitMinutes == null
                                ? (cause.code.pointsElsewhere()
                                        ? now(messages)
                                        : laterUnpublished(messages))
                                : waitMinutes == 0
                                        ? now(messages)
                                        : waitThenRetry(waitMinutes, messages);
                default -> doNotRetry(messages);
            };
        }
        return switch (cause.code) {
            case MALFORMED_NUMBER,
                    WRONG_CARRIER,
                    CARRIER_NOT_DETECTABLE,
                    AMOUNT_OUT_OF_RANGE,
                    LINE_BARRED,
                    PAYMENT_REFUSED,
                    SCRATCH_CARD ->
                    doNotRetry(messages);
            case TOO_FREQUENT -> laterUnpublished(messages);
            case PENDING ->
                    checkFirst(
                            cause.dueInMinutes == null
                                    ? minutesOf(settings.timeToCreditWhenUnknown())
                                    : cause.dueInMinutes,
                            messages,
                            balanceCode);
            case REVERSED, BALANCE_EXPIRED -> now(messages);
            // a duplicate, a credit not seen, a channel down, an interrupted payment, an overdue
            // top-up:
            // the money may have gone through, so the balance is checked before anything is paid
            // again
            case DUPLICATE, CREDITED_BUT_MISSING, CHANNEL_DOWN, NETWORK_INTERRUPTED, OVERDUE ->
                    checkFirst(0, messages, balanceCode);
        };
    }

    private static Diagnosis.Retry now(AdvisorMessages messages) {
        return new Diagnosis.Retry(Diagnosis.RetryAdvice.NOW, 0, messages.retryNow());
    }

    private static Diagnosis.Retry waitThenRetry(int minutes, AdvisorMessages messages) {
        return new Diagnosis.Retry(
                Diagnosis.RetryAdvice.WAIT,
                minutes,
                minutes < 120
                        ? messages.retryAfterMinutes(minutes)
                        : messages.retryAfterHours((int) Math.ceil(minutes / 60.0)));
    }

    private static Diagnosis.Retry laterUnpublished(AdvisorMessages messages) {
        return new Diagnosis.Retry(
                Diagnosis.RetryAdvice.WAIT, null, messages.retryLaterUnpublished());
    }

    private static Diagnosis.Retry checkFirst(
            int minutes, AdvisorMessages messages, String balanceCode) {
        return new Diagnosis.Retry(
                Diagnosis.RetryAdvice.CHECK_FIRST,
                minutes,
                minutes == 0
                        ? messages.retryCheckNow(balanceCode)
                        : messages.retryCheckAfter(minutes, balanceCode));
    }

    private static Diagnosis.Retry doNotRetry(AdvisorMessages messages) {
        return new Diagnosis.Retry(Diagnosis.RetryAdvice.DO_NOT_RETRY, null, messages.retryNever());
    }

    /** The alternative of a cause whose remedy is to top up elsewhere, named in its remedy too. */
    private static Diagnosis.Alternative pointsElsewhere(
            Findings.Candidate cause, DiagnosisCase facts) {
        Optional<Diagnosis.Alternative> alternative = facts.alternative();
        if (!cause.code.pointsElsewhere() || alternative.isEmpty()) {
            return null;
        }
        if (!cause.remedy.contains(alternative.get().name())) {
            cause.remedy =
                    cause.remedy
                            + " "
                            + facts.messages().remedyAlsoThrough(alternative.get().name());
        }
        return alternative.get();
    }
}
