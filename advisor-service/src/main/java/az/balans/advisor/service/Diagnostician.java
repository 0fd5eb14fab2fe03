package az.balans.advisor.service;

import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.client.ChannelHealth;
import az.balans.advisor.client.HistoryAttempt;
import az.balans.advisor.config.AdvisorConfig;
import az.balans.advisor.rest.DiagnosisResponse;
import az.balans.advisor.rest.NumberLookup;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A rule for every known cause of a failed top-up (README, POST /diagnoses), each weighing the evidence at hand:
 * the number itself, the attempt as history recorded it, the failure code (catalog data: its cause,
 * and whether its outcome is final, retryable or unknown), the channel's live health, the number's
 * recent top-ups, and what the person wrote. Each cause says whether and when to try again, and a
 * remedy that points elsewhere names the alternative it was given. A pure function of its inputs.
 */
public final class Diagnostician {

    /** Everything a diagnosis may rest on; absent parts are simply not used. */
    public record Evidence(NumberLookup number, Optional<HistoryAttempt> attempt, String channelId, BigDecimal amount,
                           String failureCode, String description, Optional<Map<String, ChannelHealth>> health,
                           List<HistoryAttempt> recentAttempts, CatalogSnapshot catalog, Instant now, String language,
                           Optional<DiagnosisResponse.Alternative> alternative) {
    }

    /** Causes whose remedy is to top up elsewhere: they carry the alternative, when there is one. */
    private static final List<String> POINTS_ELSEWHERE = List.of("CHANNEL_DOWN", "PAYMENT_REFUSED", "WRONG_CARRIER", "SCRATCH_CARD");

    private final AdvisorConfig.Diagnosis settings;
    private final DescriptionReader reader;
    private final Function<String, AdvisorMessages> messagesIn;

    /**
     * @param reader     what the person wrote, read for the causes it points to
     * @param messagesIn the sentences in a language (Messages::in in the application)
     */
    public Diagnostician(AdvisorConfig.Diagnosis settings, DescriptionReader reader, Function<String, AdvisorMessages> messagesIn) {
        this.settings = settings;
        this.reader = reader;
        this.messagesIn = messagesIn;
    }

    public List<DiagnosisResponse.Cause> diagnose(Evidence evidence) {
        AdvisorMessages messages = messagesIn.apply(evidence.language());
        Map<String, Candidate> causes = new LinkedHashMap<>();
        NumberLookup number = evidence.number();
        Optional<HistoryAttempt> attempt = evidence.attempt();
        String failureCode = evidence.failureCode() != null ? evidence.failureCode() : attempt.map(HistoryAttempt::failureCode).orElse(null);
        String channelId = evidence.channelId() != null ? evidence.channelId() : attempt.map(HistoryAttempt::channelId).orElse(null);
        Optional<CatalogSnapshot.Channel> channel = channelOf(evidence.catalog(), channelId);
        Map<String, DescriptionReader.Reading> says = new LinkedHashMap<>();
        reader.read(evidence.description()).forEach(reading -> says.put(reading.cause(), reading));
        String balanceCode = number.servingCarrier() != null && number.servingCarrier().balanceCode() != null
                ? number.servingCarrier().balanceCode() : messages.balanceCodeUnknown();
        Optional<CatalogSnapshot.FailureCode> code = Optional.ofNullable(failureCode)
                .flatMap(known -> Optional.ofNullable(evidence.catalog()).flatMap(catalog -> catalog.failureCode(known)));
        String codeCause = code.map(CatalogSnapshot.FailureCode::cause).orElse(null);
        boolean outcomeUnknown = code.map(known -> "unknown".equals(known.outcome())).orElse(false);
        String alternativeName = evidence.alternative().map(DiagnosisResponse.Alternative::name).orElse(null);

        // the number itself
        if (!number.valid()) {
            add(causes, "MALFORMED_NUMBER", 0.95, fact("number.problem", number.problem().code()),
                    messages.causeNumberInvalid(number.problem().message()), messages.remedyNumberInvalid());
        } else if (number.corrections().contains("REMOVED_TRUNK_ZERO_AFTER_COUNTRY_CODE") || number.corrections().contains("ADDED_PLUS")) {
            add(causes, "MALFORMED_NUMBER", "MALFORMED_NUMBER".equals(codeCause) ? 0.85 : 0.35,
                    fact("number.corrections", String.join(",", number.corrections())),
                    messages.causeNumberMisformatted(), messages.remedyNumberMisformatted(number.e164()));
        }
        if ("MALFORMED_NUMBER".equals(codeCause) && number.valid() && !causes.containsKey("MALFORMED_NUMBER")) {
            add(causes, "MALFORMED_NUMBER", 0.5, fact("failureCode", failureCode), messages.causeNumberMisformatted(),
                    messages.remedyNumberMisformatted(number.e164()));
        }

        // the carrier: ported, retired, undetectable
        String paidTo = attempt.map(HistoryAttempt::carrier).orElse(null);
        if (number.servingCarrier() != null && paidTo != null && !paidTo.equals(number.servingCarrier().id())
                && "history".equals(number.servingCarrierSource())) {
            add(causes, "WRONG_CARRIER", 0.85, fact("history.attempt.carrier", paidTo),
                    messages.causeWrongCarrier(paidTo, number.servingCarrier().name()), messages.remedyWrongCarrier(number.servingCarrier().name()))
                    .with(fact("history.servingCarrier", number.servingCarrier().id()));
        }
        if (number.rangeHolder() != null && "retired".equals(number.rangeHolder().status()) && number.servingCarrier() == null) {
            add(causes, "WRONG_CARRIER", 0.7, fact("catalog.rangeHolder", number.rangeHolder().id() + " (retired)"),
                    messages.causeRetiredRange(number.rangeHolder().name()), messages.remedyRetiredRange());
            add(causes, "LINE_BARRED", 0.4, fact("catalog.rangeHolder", number.rangeHolder().id() + " (retired)"),
                    messages.causeLineBarred(), messages.remedyLineBarred());
        }
        if ("WRONG_CARRIER".equals(codeCause) && !causes.containsKey("WRONG_CARRIER")) {
            add(causes, "WRONG_CARRIER", 0.6, fact("failureCode", failureCode),
                    number.servingCarrier() != null ? messages.causeWrongCarrier(paidTo == null ? "?" : paidTo, number.servingCarrier().name())
                            : messages.causeCarrierNotDetectable(),
                    number.servingCarrier() != null ? messages.remedyWrongCarrier(number.servingCarrier().name()) : messages.remedyRetiredRange());
        }
        if ("CARRIER_NOT_DETECTABLE".equals(codeCause) || (number.valid() && number.rangeHolder() == null && evidence.catalog() != null)) {
            add(causes, "CARRIER_NOT_DETECTABLE", codeCause != null ? 0.8 : 0.5,
                    codeCause != null ? fact("failureCode", failureCode) : fact("catalog.rangeHolder", "none"),
                    messages.causeCarrierNotDetectable(), messages.remedyCarrierNotDetectable());
        }

        // the amount against the channel
        BigDecimal amount = evidence.amount() != null ? evidence.amount()
                : attempt.map(HistoryAttempt::amount).map(a -> new BigDecimal(a.value())).orElse(null);
        if (amount != null && channel.isPresent()) {
            BigDecimal possible = Recommender.nearestPossible(channel.get(), amount);
            if (possible.compareTo(amount) != 0) {
                add(causes, "AMOUNT_OUT_OF_RANGE", 0.8, fact("catalog.channel.amounts", channel.get().id()),
                        messages.causeAmount(amount.toPlainString()), messages.remedyAmount(possible.toPlainString()))
                        .with(fact("amount", amount.toPlainString()));
            }
        }
        if ("AMOUNT_OUT_OF_RANGE".equals(codeCause) && !causes.containsKey("AMOUNT_OUT_OF_RANGE")) {
            // the code says the amount was refused; which amounts go is the channel's, unknown here
            add(causes, "AMOUNT_OUT_OF_RANGE", 0.75, fact("failureCode", failureCode),
                    amount == null ? messages.causeAmountSaid() : messages.causeAmount(amount.toPlainString()), messages.remedyAmountLimits());
        }

        if ("LINE_BARRED".equals(codeCause)) {
            add(causes, "LINE_BARRED", 0.9, fact("failureCode", failureCode), messages.causeLineBarred(), messages.remedyLineBarred());
        }
        if ("TOO_FREQUENT".equals(codeCause)) {
            add(causes, "TOO_FREQUENT", 0.9, fact("failureCode", failureCode), messages.causeTooFrequent(), messages.remedyTooFrequent());
        }

        // a repeat of a top-up that already went through
        Instant reference = attempt.map(HistoryAttempt::requestedAt).orElse(evidence.now());
        for (HistoryAttempt earlier : evidence.recentAttempts()) {
            boolean other = attempt.map(a -> !a.attemptId().equals(earlier.attemptId())).orElse(true);
            if (other && earlier.succeededAt() != null && amount != null && earlier.amount() != null
                    && new BigDecimal(earlier.amount().value()).compareTo(amount) == 0
                    && !earlier.succeededAt().isAfter(reference) && Duration.between(earlier.succeededAt(), reference).toMinutes() <= 15) {
                add(causes, "DUPLICATE", 0.8, fact("history.recent.attemptId", earlier.attemptId()),
                        messages.causeDuplicate(earlier.succeededAt().truncatedTo(ChronoUnit.SECONDS).toString()), messages.remedyDuplicate(balanceCode));
                break;
            }
        }
        if ("DUPLICATE".equals(codeCause) && !causes.containsKey("DUPLICATE")) {
            add(causes, "DUPLICATE", 0.85, fact("failureCode", failureCode), messages.causeDuplicateSaid(), messages.remedyDuplicate(balanceCode));
        }

        // the channel
        Optional<ChannelHealth> health = evidence.health().flatMap(all -> Optional.ofNullable(channelId).map(all::get));
        if (health.isPresent() && health.get().successRate() != null
                && ("down".equals(health.get().status()) || "degraded".equals(health.get().status()))) {
            int rate = (int) Math.round(health.get().successRate() * 100);
            add(causes, "CHANNEL_DOWN", "down".equals(health.get().status()) ? 0.8 : 0.5, fact("history.channelHealth", health.get().status()),
                    messages.causeChannelDown(channel.map(c -> Language.pick(c.names(), evidence.language())).orElse(channelId), rate),
                    channelDownRemedy(messages, balanceCode, alternativeName));
        }
        if ("CHANNEL_DOWN".equals(codeCause) && outcomeUnknown) {
            // a timeout is not a failure: the money may still arrive, so nothing is paid again before the check
            add(causes, "CHANNEL_DOWN", 0.8, fact("failureCode", failureCode), messages.causeOutcomeUnknown(),
                    alternativeName == null ? messages.remedyOutcomeUnknown(balanceCode)
                            : messages.remedyOutcomeUnknownThrough(balanceCode, alternativeName));
        } else if ("CHANNEL_DOWN".equals(codeCause) && !causes.containsKey("CHANNEL_DOWN")) {
            add(causes, "CHANNEL_DOWN", 0.7, fact("failureCode", failureCode), messages.causeProviderDown(), channelDownRemedy(messages, balanceCode, alternativeName));
        }
        // on a scratch-card channel "the card" is the scratch card, not a payment card
        boolean scratchCardChannel = channel.map(c -> "scratch-card".equals(c.kind())).orElse(false);
        String paymentRefusedRemedy = evidence.alternative()
                .map(other -> messages.remedyPaymentRefusedThrough(other.name(), Messages.paymentMethods(messages, other.paymentMethods())))
                .orElse(messages.remedyPaymentRefused());
        Optional<String> refusedMethod = channel.flatMap(known -> attempt.map(HistoryAttempt::paymentMethod)
                .filter(method -> !known.paymentMethods().contains(method)));
        if ("PAYMENT_REFUSED".equals(codeCause)) {
            add(causes, "PAYMENT_REFUSED", 0.85, fact("failureCode", failureCode), messages.causePaymentRefused(), paymentRefusedRemedy);
        } else if (refusedMethod.isPresent()) {
            add(causes, "PAYMENT_REFUSED", 0.45, fact("history.attempt.paymentMethod", refusedMethod.get()), messages.causePaymentRefused(),
                    paymentRefusedRemedy);
        }

        // what history says happened
        if (attempt.isPresent()) {
            HistoryAttempt seen = attempt.get();
            switch (seen.state()) {
                case "requested" -> {
                    int minutes = timeToCredit(channel, health);
                    long elapsed = seen.requestedAt() == null ? 0 : Duration.between(seen.requestedAt(), evidence.now()).toMinutes();
                    if (elapsed <= minutes) {
                        add(causes, "PENDING", 0.85, fact("history.attempt.state", "requested"),
                                messages.causePending(minutes, (int) elapsed), messages.remedyPending(balanceCode))
                                .with(fact("history.attempt.requestedAt", String.valueOf(seen.requestedAt())))
                                .waiting(minutes - (int) elapsed);
                    } else {
                        // past its channel's time to credit: support's reconciliation queue has it too
                        add(causes, "OVERDUE", 0.85, fact("history.attempt.state", "requested, " + elapsed + " min"),
                                messages.causeOverdue(minutes, (int) elapsed), overdueRemedy(messages, balanceCode, number, evidence.catalog()))
                                .with(fact("history.attempt.requestedAt", String.valueOf(seen.requestedAt())));
                    }
                }
                case "succeeded" -> add(causes, "CREDITED_BUT_MISSING",
                        says.containsKey("CREDITED_BUT_MISSING") || says.containsKey("PENDING") ? 0.85 : 0.6,
                        fact("history.attempt.state", "succeeded"), messages.causeCreditedButMissing(), messages.remedyCreditedButMissing(balanceCode));
                case "reversed" -> add(causes, "REVERSED", 0.9, fact("history.attempt.state", "reversed"),
                        messages.causeReversed(), messages.remedyReversed());
                default -> {
                    // failed: the failure code, read above, says why
                }
            }
        }

        // what the person wrote: each cause their words point to, weighed below any harder evidence
        for (DescriptionReader.Reading reading : says.values()) {
            if (reading.cause().equals("PAYMENT_REFUSED") && (says.containsKey("SCRATCH_CARD") || scratchCardChannel)) {
                continue; // on a scratch-card channel, or next to one, "the card" is the scratch card, not a payment card
            }
            if (attempt.isPresent() && (reading.cause().equals("PENDING") || reading.cause().equals("CREDITED_BUT_MISSING"))) {
                continue; // history's record of the attempt decides between the two, weighed above
            }
            double likelihood = reading.alone() ? 0.5 : 0.4;
            add(causes, reading.cause(), likelihood, fact("description", reading.words()),
                    explanationOf(reading.cause(), messages), remedyOf(reading.cause(), number, balanceCode, alternativeName, paymentRefusedRemedy, messages))
                    .waitingIf(reading.cause().equals("PENDING"), timeToCredit(channel, health));
        }
        if (scratchCardChannel) {
            add(causes, "SCRATCH_CARD", failureCode != null ? 0.7 : 0.5, fact("catalog.channel.kind", "scratch-card"),
                    messages.causeScratchCard(), messages.remedyScratchCard());
        }
        if (causes.isEmpty()) {
            // a travellers' guide's advice, when nothing points anywhere
            add(causes, "NETWORK_INTERRUPTED", 0.2, fact("evidence", "none specific"), messages.causeNetwork(), messages.remedyNetwork());
        }

        return causes.values().stream()
                .map(candidate -> candidate.toCause(retryOf(candidate, code, messages, balanceCode),
                        pointsElsewhere(candidate, evidence.alternative(), messages)))
                .sorted(Comparator.comparingDouble(DiagnosisResponse.Cause::likelihood).reversed().thenComparing(DiagnosisResponse.Cause::code))
                .toList();
    }

    /** A cause as it is being built: the strongest evidence wins, and the facts add up. */
    private static final class Candidate {
        final String code;
        double likelihood;
        final List<DiagnosisResponse.Fact> facts = new ArrayList<>();
        String explanation;
        String remedy;
        /** For a top-up still under way: the minutes left before it is due. */
        Integer dueInMinutes;

        Candidate(String code) {
            this.code = code;
        }

        Candidate with(DiagnosisResponse.Fact fact) {
            if (!facts.contains(fact)) {
                facts.add(fact);
            }
            return this;
        }

        Candidate waiting(int minutes) {
            dueInMinutes = Math.max(minutes, 1);
            return this;
        }

        Candidate waitingIf(boolean pending, int minutes) {
            return pending && dueInMinutes == null ? waiting(minutes) : this;
        }

        DiagnosisResponse.Cause toCause(DiagnosisResponse.Retry retry, DiagnosisResponse.Alternative alternative) {
            return new DiagnosisResponse.Cause(code, likelihood, List.copyOf(facts), explanation, remedy, retry, alternative);
        }
    }

    /** What a cause means when only the person's words point to it. */
    private static String explanationOf(String cause, AdvisorMessages messages) {
        return switch (cause) {
            case "MALFORMED_NUMBER" -> messages.causeNumberMistyped();
            case "WRONG_CARRIER" -> messages.causeWrongCarrierSaid();
            case "CARRIER_NOT_DETECTABLE" -> messages.causeCarrierNotDetectable();
            case "AMOUNT_OUT_OF_RANGE" -> messages.causeAmountSaid();
            case "LINE_BARRED" -> messages.causeLineBarred();
            case "TOO_FREQUENT" -> messages.causeTooFrequent();
            case "DUPLICATE" -> messages.causeDuplicateSaid();
            case "CHANNEL_DOWN" -> messages.causeProviderDown();
            case "PAYMENT_REFUSED" -> messages.causePaymentRefused();
            case "PENDING" -> messages.causePendingSaid();
            case "CREDITED_BUT_MISSING" -> messages.causeCreditedButMissing();
            case "BALANCE_EXPIRED" -> messages.causeBalanceExpired();
            case "SCRATCH_CARD" -> messages.causeScratchCard();
            case "REVERSED" -> messages.causeReversed();
            default -> messages.causeNetwork();
        };
    }

    /** What to do about a cause when only the person's words point to it. */
    private static String remedyOf(String cause, NumberLookup number, String balanceCode, String alternativeName, String paymentRefusedRemedy,
                                   AdvisorMessages messages) {
        return switch (cause) {
            case "MALFORMED_NUMBER" -> number.valid() ? messages.remedyNumberMistyped(number.e164()) : messages.remedyNumberInvalid();
            case "WRONG_CARRIER" -> number.servingCarrier() != null ? messages.remedyWrongCarrier(number.servingCarrier().name())
                    : messages.remedyRetiredRange();
            case "CARRIER_NOT_DETECTABLE" -> messages.remedyCarrierNotDetectable();
            case "AMOUNT_OUT_OF_RANGE" -> messages.remedyAmountLimits();
            case "LINE_BARRED" -> messages.remedyLineBarred();
            case "TOO_FREQUENT" -> messages.remedyTooFrequent();
            case "DUPLICATE" -> messages.remedyDuplicate(balanceCode);
            case "CHANNEL_DOWN" -> channelDownRemedy(messages, balanceCode, alternativeName);
            case "PAYMENT_REFUSED" -> paymentRefusedRemedy;
            case "PENDING" -> messages.remedyPending(balanceCode);
            case "CREDITED_BUT_MISSING" -> messages.remedyCreditedButMissing(balanceCode);
            case "BALANCE_EXPIRED" -> messages.remedyBalanceExpired();
            case "SCRATCH_CARD" -> messages.remedyScratchCard();
            case "REVERSED" -> messages.remedyReversed();
            default -> messages.remedyNetwork();
        };
    }

    /**
     * Whether and when to try again: the failure code's outcome and wait when the code means this
     * cause, else what the cause itself implies. An outcome not yet known never invites a second
     * payment before the balance is checked.
     */
    private DiagnosisResponse.Retry retryOf(Candidate cause, Optional<CatalogSnapshot.FailureCode> code, AdvisorMessages messages,
                                            String balanceCode) {
        Optional<CatalogSnapshot.FailureCode> meant = code.filter(known -> known.cause().equals(cause.code));
        if (meant.isPresent()) {
            Integer waitMinutes = meant.get().waitSeconds() == null ? null : (int) Math.ceil(meant.get().waitSeconds() / 60.0);
            return switch (meant.get().outcome()) {
                case "unknown" -> checkFirst(waitMinutes == null ? minutesOf(settings.waitWhenUnknown()) : waitMinutes, messages, balanceCode);
                case "retryable" -> waitMinutes == null ? waitThenRetry(minutesOf(settings.waitWhenUnknown()), messages)
                        : waitMinutes == 0 ? now(messages) : waitThenRetry(waitMinutes, messages);
                default -> doNotRetry(messages);
            };
        }
        return switch (cause.code) {
            case "MALFORMED_NUMBER", "WRONG_CARRIER", "CARRIER_NOT_DETECTABLE", "AMOUNT_OUT_OF_RANGE", "LINE_BARRED", "PAYMENT_REFUSED",
                 "SCRATCH_CARD" -> doNotRetry(messages);
            case "TOO_FREQUENT" -> waitThenRetry(minutesOf(settings.waitWhenUnknown()), messages);
            case "PENDING" -> checkFirst(cause.dueInMinutes == null ? minutesOf(settings.timeToCreditWhenUnknown()) : cause.dueInMinutes,
                    messages, balanceCode);
            case "REVERSED", "BALANCE_EXPIRED" -> now(messages);
            // a duplicate, a credit not seen, a channel down, an interrupted payment, an overdue top-up:
            // the money may have gone through, so the balance is checked before anything is paid again
            default -> checkFirst(0, messages, balanceCode);
        };
    }

    private static DiagnosisResponse.Retry now(AdvisorMessages messages) {
        return new DiagnosisResponse.Retry("NOW", 0, messages.retryNow());
    }

    private static DiagnosisResponse.Retry waitThenRetry(int minutes, AdvisorMessages messages) {
        return new DiagnosisResponse.Retry("WAIT", minutes,
                minutes < 120 ? messages.retryAfterMinutes(minutes) : messages.retryAfterHours((int) Math.ceil(minutes / 60.0)));
    }

    private static DiagnosisResponse.Retry checkFirst(int minutes, AdvisorMessages messages, String balanceCode) {
        return new DiagnosisResponse.Retry("CHECK_FIRST", minutes,
                minutes == 0 ? messages.retryCheckNow(balanceCode) : messages.retryCheckAfter(minutes, balanceCode));
    }

    private static DiagnosisResponse.Retry doNotRetry(AdvisorMessages messages) {
        return new DiagnosisResponse.Retry("DO_NOT_RETRY", null, messages.retryNever());
    }

    private static int minutesOf(Duration duration) {
        return (int) Math.ceil(duration.toSeconds() / 60.0);
    }

    /** The channel's time to credit: the catalog's figure, or the live 90th percentile when that is larger (as history's queue counts it). */
    private int timeToCredit(Optional<CatalogSnapshot.Channel> channel, Optional<ChannelHealth> health) {
        int catalog = channel.map(CatalogSnapshot.Channel::minutesToCredit).orElse(minutesOf(settings.timeToCreditWhenUnknown()));
        int live = health.map(ChannelHealth::p90SecondsToCredit).map(seconds -> (int) Math.ceil(seconds / 60)).orElse(0);
        return Math.max(catalog, live);
    }

    /** The alternative of a cause whose remedy is to top up elsewhere, named in its remedy too. */
    private static DiagnosisResponse.Alternative pointsElsewhere(Candidate cause, Optional<DiagnosisResponse.Alternative> alternative,
                                                                 AdvisorMessages messages) {
        if (!POINTS_ELSEWHERE.contains(cause.code) || alternative.isEmpty()) {
            return null;
        }
        if (!cause.remedy.contains(alternative.get().name())) {
            cause.remedy = cause.remedy + " " + messages.remedyAlsoThrough(alternative.get().name());
        }
        return alternative.get();
    }

    private static String channelDownRemedy(AdvisorMessages messages, String balanceCode, String alternativeName) {
        return alternativeName == null ? messages.remedyChannelDown() : messages.remedyChannelDownThrough(balanceCode, alternativeName);
    }

    /** The serving carrier's support route from the catalog: its phone and its website, as far as they are known. */
    private static String overdueRemedy(AdvisorMessages messages, String balanceCode, NumberLookup number, CatalogSnapshot catalog) {
        Optional<CatalogSnapshot.Carrier> carrier = Optional.ofNullable(number.servingCarrier())
                .flatMap(serving -> Optional.ofNullable(catalog).flatMap(known -> known.carrier(serving.id())));
        String route = carrier.map(known -> String.join(" / ", Stream.of(known.supportPhone(), known.website())
                .filter(part -> part != null && !part.isBlank()).toList())).orElse("");
        return route.isEmpty() ? messages.remedyOverdueNoRoute(balanceCode)
                : messages.remedyOverdue(balanceCode, number.servingCarrier().name(), route);
    }

    private static Candidate add(Map<String, Candidate> causes, String code, double likelihood, DiagnosisResponse.Fact fact,
                                 String explanation, String remedy) {
        Candidate candidate = causes.computeIfAbsent(code, Candidate::new);
        if (likelihood > candidate.likelihood) {
            candidate.likelihood = likelihood;
            candidate.explanation = explanation;
            candidate.remedy = remedy;
        }
        return candidate.with(fact);
    }

    private static DiagnosisResponse.Fact fact(String fact, String value) {
        return new DiagnosisResponse.Fact(fact, value);
    }

    private static Optional<CatalogSnapshot.Channel> channelOf(CatalogSnapshot catalog, String channelId) {
        if (catalog == null || channelId == null) {
            return Optional.empty();
        }
        return catalog.channel(channelId);
    }
}
