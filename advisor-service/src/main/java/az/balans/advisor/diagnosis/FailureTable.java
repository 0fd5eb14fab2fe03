package az.balans.advisor.diagnosis;

import static az.balans.advisor.diagnosis.CauseCode.AMOUNT_OUT_OF_RANGE;
import static az.balans.advisor.diagnosis.CauseCode.CARRIER_NOT_DETECTABLE;
import static az.balans.advisor.diagnosis.CauseCode.CHANNEL_DOWN;
import static az.balans.advisor.diagnosis.CauseCode.CREDITED_BUT_MISSING;
import static az.balans.advisor.diagnosis.CauseCode.DUPLICATE;
import static az.balans.advisor.diagnosis.CauseCode.LINE_BARRED;
import static az.balans.advisor.diagnosis.CauseCode.MALFORMED_NUMBER;
import static az.balans.advisor.diagnosis.CauseCode.NETWORK_INTERRUPTED;
import static az.balans.advisor.diagnosis.CauseCode.OVERDUE;
import static az.balans.advisor.diagnosis.CauseCode.PAYMENT_REFUSED;
import static az.balans.advisor.diagnosis.CauseCode.PENDING;
import static az.balans.advisor.diagnosis.CauseCode.REVERSED;
import static az.balans.advisor.diagnosis.CauseCode.SCRATCH_CARD;
import static az.balans.advisor.diagnosis.CauseCode.TOO_FREQUENT;
import static az.balans.advisor.diagnosis.CauseCode.WRONG_CARRIER;
import static az.balans.advisor.diagnosis.DiagnosisCase.fact;
import static az.balans.advisor.diagnosis.DiagnosisCase.requestedAt;

import az.balans.advisor.client.ChannelHealth;
import az.balans.advisor.client.HistoryAttempt;
import az.balans.advisor.i18n.AdvisorMessages;
import az.balans.advisor.i18n.Language;
import az.balans.advisor.i18n.Messages;
import az.balans.advisor.number.KnownNumber;
import az.balans.advisor.number.NumberAnalysis;
import az.balans.advisor.recommendation.Recommender;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The failure table, a rule a row, in the order they are weighed: the number, the carrier, the
 * amount, the failure code, a repeat, the channel, the payment, what history says happened, and
 * last what the person wrote, which adds its words to the causes found before it. A failure code
 * counts for the cause the catalog says it means. To add a row, write its rule and list it in {@link #RULES}.
 */
final class FailureTable {

    /** A typed number that is not one, or that was mistyped in a way a top-up API refuses. */
    static final DiagnosisRule NUMBER =
            (c, found) -> {
                KnownNumber number = c.number();
                AdvisorMessages messages = c.messages();
                if (!number.valid()) {
                    found.add(
                            MALFORMED_NUMBER,
                            0.95,
                            fact(FactKind.NUMBER_PROBLEM, number.problem()),
                            messages.causeNumberInvalid(number.problemMessage()),
                            messages.remedyNumberInvalid());
                } else if (number.corrected(
                                NumberAnalysis.Correction.REMOVED_TRUNK_ZERO_AFTER_COUNTRY_CODE)
                        || number.corrected(NumberAnalysis.Correction.ADDED_PLUS)) {
                    found.add(
                            MALFORMED_NUMBER,
                            c.codeSays(MALFORMED_NUMBER) ? 0.85 : 0.35,
                            fact(FactKind.NUMBER_CORRECTIONS, List.copyOf(number.corrections())),
                            messages.causeNumberMisformatted(),
                            messages.remedyNumberMisformatted(number.e164()));
                }
                if (c.codeSays(MALFORMED_NUMBER)
                        && number.valid()
                        && !found.has(MALFORMED_NUMBER)) {
                    found.add(
                            MALFORMED_NUMBER,
                            0.5,
                            fact(FactKind.FAILURE_CODE, c.failureCode()),
                            messages.causeNumberMisformatted(),
                            messages.remedyNumberMisformatted(number.e164()));
                }
            };

    /** Paid to a carrier that does not serve the number: ported away, or a retired range. */
    static final DiagnosisRule CARRIER =
            (c, found) -> {
                KnownNumber number = c.number();
                AdvisorMessages messages = c.messages();
                KnownNumber.Carrier serving = number.servingCarrier();
                String paidTo = c.attempt().map(HistoryAttempt::carrier).orElse(null);
                if (serving != null
                        && paidTo != null
                        && !paidTo.equals(serving.id())
                        && number.servingCarrierSource()
                                == KnownNumber.ServingCarrierSource.HISTORY) {
                    found.add(
                                    WRONG_CARRIER,
                                    0.85,
                                    fact(FactKind.ATTEMPT_CARRIER, paidTo),
                                    messages.causeWrongCarrier(
                                            c.carrierName(paidTo), serving.name()),
                                    messages.remedyWrongCarrier(serving.name()))
                            .with(fact(FactKind.SERVING_CARRIER, serving.id()));
                }
                if (c.retiredRangeUnserved()) {
                    found.add(
                            WRONG_CARRIER,
                            0.7,
                            fact(FactKind.RETIRED_RANGE_HOLDER, number.rangeHolder().id()),
                            messages.causeRetiredRange(number.rangeHolder().name()),
                            messages.remedyRetiredRange());
                }
                if (c.codeSays(WRONG_CARRIER) && !found.has(WRONG_CARRIER)) {
                    found.add(
                            WRONG_CARRIER,
                            0.6,
                            fact(FactKind.FAILURE_CODE, c.failureCode()),
                            serving == null
                                    ? messages.causeCarrierNotDetectable()
                                    : paidTo == null
                                            ? messages.causeWrongCarrierSaid()
                                            : messages.causeWrongCarrier(
                                                    c.carrierName(paidTo), serving.name()),
                            serving != null
                                    ? messages.remedyWrongCarrier(serving.name())
                                    : messages.remedyRetiredRange());
                }
            };

    /** No carrier holds the number's range, or the top-up API could not tell which does. */
    static final DiagnosisRule CARRIER_UNKNOWN =
            (c, found) -> {
                KnownNumber number = c.number();
                if (c.codeSays(CARRIER_NOT_DETECTABLE)
                        || (number.valid()
                                && number.rangeHolder() == null
                                && c.evidence().catalog() != null)) {
                    found.add(
                            CARRIER_NOT_DETECTABLE,
                            c.code().isPresent() ? 0.8 : 0.5,
                            c.code().isPresent()
                                    ? fact(FactKind.FAILURE_CODE, c.failureCode())
                                    : fact(FactKind.NO_RANGE_HOLDER, null),
                            c.messages().causeCarrierNotDetectable(),
                            c.messages().remedyCarrierNotDetectable());
                }
            };

    /** An amount the channel does not take, by the catalog's amounts or by the code. */
    static final DiagnosisRule AMOUNT =
            (c, found) -> {
                AdvisorMessages messages = c.messages();
                BigDecimal amount = c.amount();
                if (amount != null && c.channel().isPresent()) {
                    BigDecimal possible = Recommender.nearestPossible(c.channel().get(), amount);
                    if (possible.compareTo(amount) != 0) {
                        found.add(
                                        AMOUNT_OUT_OF_RANGE,
                                        0.8,
                                        fact(FactKind.CHANNEL_AMOUNTS, c.channel().get().id()),
                                        messages.causeAmount(amount.toPlainString()),
                                        messages.remedyAmount(possible.toPlainString()))
                                .with(fact(FactKind.AMOUNT, amount));
                    }
                }
                if (c.codeSays(AMOUNT_OUT_OF_RANGE) && !found.has(AMOUNT_OUT_OF_RANGE)) {
                    // the code says the amount was refused; which amounts go is the channel's,
                    // unknown here
                    found.add(
                            AMOUNT_OUT_OF_RANGE,
                            0.75,
                            fact(FactKind.FAILURE_CODE, c.failureCode()),
                            amount == null
                                    ? messages.causeAmountSaid()
                                    : messages.causeAmount(amount.toPlainString()),
                            messages.remedyAmountLimits());
                }
            };

    /** A line the carrier has barred: the code says so, or its range's carrier is retired. */
    static final DiagnosisRule BARRED_LINE =
            (c, found) -> {
                KnownNumber number = c.number();
                if (c.retiredRangeUnserved()) {
                    found.add(
                            LINE_BARRED,
                            0.4,
                            fact(FactKind.RETIRED_RANGE_HOLDER, number.rangeHolder().id()),
                            c.messages().causeLineBarred(),
                            c.messages().remedyLineBarred());
                }
                if (c.codeSays(LINE_BARRED)) {
                    found.add(
                            LINE_BARRED,
                            0.9,
                            fact(FactKind.FAILURE_CODE, c.failureCode()),
                            c.messages().causeLineBarred(),
                            c.messages().remedyLineBarred());
                }
            };

    /** Too many top-ups of the number in a short time: only the code says so. */
    static final DiagnosisRule TOO_OFTEN =
            (c, found) -> {
                if (c.codeSays(TOO_FREQUENT)) {
                    found.add(
                            TOO_FREQUENT,
                            0.9,
                            fact(FactKind.FAILURE_CODE, c.failureCode()),
                            c.messages().causeTooFrequent(),
                            c.messages().remedyTooFrequent());
                }
            };

    /**
     * The same amount went through for the number minutes before: this one is a repeat. The
     * person's own record is read above any channel-wide signal (a channel down for others does
     * not undo a top-up that went through for them), so it weighs more than a channel down.
     */
    static final DiagnosisRule REPEAT =
            (c, found) -> {
                AdvisorMessages messages = c.messages();
                Optional<HistoryAttempt> attempt = c.attempt();
                BigDecimal amount = c.amount();
                Instant reference =
                        attempt.map(HistoryAttempt::requestedAt).orElse(c.evidence().now());
                for (HistoryAttempt earlier : c.evidence().recentAttempts()) {
                    boolean other =
                            attempt.map(a -> !a.attemptId().equals(earlier.attemptId()))
                                    .orElse(true);
                    if (other
                            && earlier.succeededAt() != null
                            && amount != null
                            && earlier.amount() != null
                            && earlier.amount().amount().compareTo(amount) == 0
                            && !earlier.succeededAt().isAfter(reference)
                            && Duration.between(earlier.succeededAt(), reference)
                                            .compareTo(c.settings().duplicateWindow())
                                    <= 0) {
                        found.add(
                                DUPLICATE,
                                0.9,
                                fact(FactKind.RECENT_ATTEMPT, earlier.attemptId()),
                                messages.causeDuplicate(
                                        Messages.bakuTime(
                                                earlier.succeededAt(), c.evidence().language())),
                                messages.remedyDuplicate(c.balanceCode()));
                        break;
                    }
                }
                if (c.codeSays(DUPLICATE) && !found.has(DUPLICATE)) {
                    found.add(
                            DUPLICATE,
                            0.85,
                            fact(FactKind.FAILURE_CODE, c.failureCode()),
                            messages.causeDuplicateSaid(),
                            messages.remedyDuplicate(c.balanceCode()));
                }
            };

    /** The channel is down or failing, by its live health or by the code; a timeout is not yet a failure. */
    static final DiagnosisRule CHANNEL =
            (c, found) -> {
                AdvisorMessages messages = c.messages();
                Optional<ChannelHealth> health = c.health();
                if (health.isPresent()
                        && health.get().successRate() != null
                        && ("down".equals(health.get().status())
                                || "degraded".equals(health.get().status()))) {
                    int rate = (int) Math.round(health.get().successRate() * 100);
                    String name =
                            c.channel()
                                    .map(
                                            known ->
                                                    Language.pick(
                                                            known.names(), c.evidence().language()))
                                    .orElse(c.channelId());
                    found.add(
                            CHANNEL_DOWN,
                            "down".equals(health.get().status()) ? 0.8 : 0.5,
                            fact(FactKind.CHANNEL_HEALTH, health.get().status()),
                            messages.causeChannelDown(name, rate),
                            c.channelDownRemedy());
                }
                if (c.codeSays(CHANNEL_DOWN) && c.outcomeUnknown()) {
                    // a timeout is not a failure: the money may still arrive, so nothing is paid
                    // again before the check
                    found.add(
                            CHANNEL_DOWN,
                            0.8,
                            fact(FactKind.FAILURE_CODE, c.failureCode()),
                            messages.causeOutcomeUnknown(),
                            c.alternativeName() == null
                                    ? messages.remedyOutcomeUnknown(c.balanceCode())
                                    : messages.remedyOutcomeUnknownThrough(
                                            c.balanceCode(), c.alternativeName()));
                } else if (c.codeSays(CHANNEL_DOWN) && !found.has(CHANNEL_DOWN)) {
                    found.add(
                            CHANNEL_DOWN,
                            0.7,
                            fact(FactKind.FAILURE_CODE, c.failureCode()),
                            messages.causeProviderDown(),
                            c.channelDownRemedy());
                }
            };

    /** The payment was refused: the code says so, or the channel does not take the way the person paid. */
    static final DiagnosisRule PAYMENT =
            (c, found) -> {
                Optional<String> refusedMethod =
                        c.channel()
                                .flatMap(
                                        known ->
                                                c.attempt()
                                                        .map(HistoryAttempt::paymentMethod)
                                                        .filter(
                                                                method ->
                                                                        !known.paymentMethods()
                                                                                .contains(method)));
                if (c.codeSays(PAYMENT_REFUSED)) {
                    found.add(
                            PAYMENT_REFUSED,
                            0.85,
                            fact(FactKind.FAILURE_CODE, c.failureCode()),
                            c.messages().causePaymentRefused(),
                            c.paymentRefusedRemedy());
                } else if (refusedMethod.isPresent()) {
                    found.add(
                            PAYMENT_REFUSED,
                            0.45,
                            fact(FactKind.ATTEMPT_PAYMENT_METHOD, refusedMethod.get()),
                            c.messages().causePaymentRefused(),
                            c.paymentRefusedRemedy());
                }
            };

    /** What history recorded of the attempt: still under way, overdue, credited, or reversed. */
    static final DiagnosisRule ATTEMPT_STATE =
            (c, found) -> {
                if (c.attempt().isEmpty()) {
                    return;
                }
                AdvisorMessages messages = c.messages();
                HistoryAttempt seen = c.attempt().get();
                switch (seen.state()) {
                    case "requested" -> {
                        int minutes = c.timeToCreditMinutes();
                        long elapsed =
                                seen.requestedAt() == null
                                        ? 0
                                        : Duration.between(seen.requestedAt(), c.evidence().now())
                                                .toMinutes();
                        if (elapsed <= minutes) {
                            found.add(
                                            PENDING,
                                            0.85,
                                            fact(FactKind.ATTEMPT_STATE, "requested"),
                                            messages.causePending(minutes, (int) elapsed),
                                            messages.remedyPending(c.balanceCode()))
                                    .with(requestedAt(seen))
                                    .waiting(minutes - (int) elapsed);
                        } else {
                            // past its channel's time to credit: support's reconciliation queue has
                            // it too
                            found.add(
                                            OVERDUE,
                                            0.85,
                                            fact(
                                                    FactKind.ATTEMPT_OVERDUE,
                                                    Duration.ofMinutes(elapsed)),
                                            messages.causeOverdue(minutes, (int) elapsed),
                                            c.overdueRemedy())
                                    .with(requestedAt(seen));
                        }
                    }
                    case "succeeded" ->
                            found.add(
                                    CREDITED_BUT_MISSING,
                                    c.says().containsKey(CREDITED_BUT_MISSING)
                                                    || c.says().containsKey(PENDING)
                                            ? 0.85
                                            : 0.6,
                                    fact(FactKind.ATTEMPT_STATE, "succeeded"),
                                    c.creditAdvance()
                                            .map(
                                                    advance ->
                                                            messages.causeCreditAdvancePaidBack(
                                                                    Language.pick(
                                                                            advance.names(),
                                                                            c.evidence()
                                                                                    .language()),
                                                                    advance.dialCode(),
                                                                    Language.pick(
                                                                            advance.terms(),
                                                                            c.evidence()
                                                                                    .language())))
                                            .orElse(messages.causeCreditedButMissing()),
                                    messages.remedyCreditedButMissing(c.balanceCode()));
                    case "reversed" ->
                            found.add(
                                    REVERSED,
                                    0.9,
                                    fact(FactKind.ATTEMPT_STATE, "reversed"),
                                    messages.causeReversed(),
                                    messages.remedyReversed());
                    default -> {
                        // failed: the failure code, weighed by the rules above, says why
                    }
                }
            };

    /** Each cause the person's words point to, weighed below any harder evidence. */
    static final DiagnosisRule PERSONS_WORDS =
            (c, found) -> {
                for (DescriptionReader.Reading reading : c.says().values()) {
                    CauseCode cause = reading.cause();
                    if (cause == PAYMENT_REFUSED
                            && (c.says().containsKey(SCRATCH_CARD) || c.scratchCardChannel())) {
                        continue; // on a scratch-card channel, or next to one, "the card" is the
                        // scratch card, not a payment card
                    }
                    if (c.attempt().isPresent()
                            && (cause == PENDING || cause == CREDITED_BUT_MISSING)) {
                        continue; // history's record of the attempt decides between the two
                    }
                    found.add(
                                    cause,
                                    reading.alone() ? 0.5 : 0.4,
                                    fact(FactKind.DESCRIPTION, reading.words()),
                                    explanationSaid(cause, c.messages()),
                                    remedySaid(cause, c))
                            .waitingIf(cause == PENDING, c.timeToCreditMinutes());
                }
            };

    /** A scratch-card channel: the card may be used up, mistyped or not yet active. */
    static final DiagnosisRule SCRATCH_CARD_CHANNEL =
            (c, found) -> {
                if (c.scratchCardChannel()) {
                    found.add(
                            SCRATCH_CARD,
                            c.failureCode() != null ? 0.7 : 0.5,
                            fact(FactKind.CHANNEL_KIND, "scratch-card"),
                            c.messages().causeScratchCard(),
                            c.messages().remedyScratchCard());
                }
            };

    /** Nothing points anywhere: a travellers' guide's advice. */
    static final DiagnosisRule NOTHING_SPECIFIC =
            (c, found) -> {
                if (found.isEmpty()) {
                    found.add(
                            NETWORK_INTERRUPTED,
                            0.2,
                            fact(FactKind.NONE_SPECIFIC, null),
                            c.messages().causeNetwork(),
                            c.messages().remedyNetwork());
                }
            };

    static final List<DiagnosisRule> RULES =
            List.of(
                    NUMBER,
                    CARRIER,
                    CARRIER_UNKNOWN,
                    AMOUNT,
                    BARRED_LINE,
                    TOO_OFTEN,
                    REPEAT,
                    CHANNEL,
                    PAYMENT,
                    ATTEMPT_STATE,
                    PERSONS_WORDS,
                    SCRATCH_CARD_CHANNEL,
                    NOTHING_SPECIFIC);

    private FailureTable() {}

    /** What a cause means when only the person's words point to it. */
    private static String explanationSaid(CauseCode cause, AdvisorMessages messages) {
        return switch (cause) {
            case MALFORMED_NUMBER -> messages.causeNumberMistyped();
            case WRONG_CARRIER -> messages.causeWrongCarrierSaid();
            case CARRIER_NOT_DETECTABLE -> messages.causeCarrierNotDetectable();
            case AMOUNT_OUT_OF_RANGE -> messages.causeAmountSaid();
            case LINE_BARRED -> messages.causeLineBarred();
            case TOO_FREQUENT -> messages.causeTooFrequent();
            case DUPLICATE -> messages.causeDuplicateSaid();
            case CHANNEL_DOWN -> messages.causeProviderDown();
            case PAYMENT_REFUSED -> messages.causePaymentRefused();
            case PENDING -> messages.causePendingSaid();
            case CREDITED_BUT_MISSING -> messages.causeCreditedButMissing();
            case BALANCE_EXPIRED -> messages.causeBalanceExpired();
            case SCRATCH_CARD -> messages.causeScratchCard();
            case REVERSED -> messages.causeReversed();
            case OVERDUE, NETWORK_INTERRUPTED -> messages.causeNetwork();
        };
    }

    /** What to do about a cause when only the person's words point to it. */
    private static String remedySaid(CauseCode cause, DiagnosisCase c) {
        AdvisorMessages messages = c.messages();
        KnownNumber number = c.number();
        return switch (cause) {
            case MALFORMED_NUMBER ->
                    number.valid()
                            ? messages.remedyNumberMistyped(number.e164())
                            : messages.remedyNumberInvalid();
            case WRONG_CARRIER ->
                    number.servingCarrier() != null
                            ? messages.remedyWrongCarrier(number.servingCarrier().name())
                            : messages.remedyRetiredRange();
            case CARRIER_NOT_DETECTABLE -> messages.remedyCarrierNotDetectable();
            case AMOUNT_OUT_OF_RANGE -> messages.remedyAmountLimits();
            case LINE_BARRED -> messages.remedyLineBarred();
            case TOO_FREQUENT -> messages.remedyTooFrequent();
            case DUPLICATE -> messages.remedyDuplicate(c.balanceCode());
            case CHANNEL_DOWN -> c.channelDownRemedy();
            case PAYMENT_REFUSED -> c.paymentRefusedRemedy();
            case PENDING -> messages.remedyPending(c.balanceCode());
            case CREDITED_BUT_MISSING -> messages.remedyCreditedButMissing(c.balanceCode());
            case BALANCE_EXPIRED -> messages.remedyBalanceExpired();
            case SCRATCH_CARD -> messages.remedyScratchCard();
            case REVERSED -> messages.remedyReversed();
            case OVERDUE, NETWORK_INTERRUPTED -> messages.remedyNetwork();
        };
    }
}
