package az.balans.advisor.service;

import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.client.ChannelHealth;
import az.balans.advisor.client.HistoryAttempt;
import az.balans.advisor.rest.DiagnosisResponse;
import az.balans.advisor.rest.NumberLookup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * A rule for every known cause of a failed top-up (README, POST /diagnoses), each weighing the evidence at hand:
 * the number itself, the attempt as history recorded it, the failure code, the channel's live
 * health, the number's recent top-ups, and what the person wrote. A pure function of its inputs.
 */
public final class Diagnostician {

    /** Everything a diagnosis may rest on; absent parts are simply not used. */
    public record Evidence(NumberLookup number, Optional<HistoryAttempt> attempt, String channelId, BigDecimal amount,
                           String failureCode, String description, Optional<Map<String, ChannelHealth>> health,
                           List<HistoryAttempt> recentAttempts, CatalogSnapshot catalog, Instant now, String language) {
    }

    /** Words that, in any of the four languages, point to a cause. */
    private static final Map<String, List<String>> SAYS = Map.of(
            "notArrived", List.of("not arrive", "didn't arrive", "did not arrive", "missing", "not credited", "не приш", "не поступ",
                    "не зачисл", "gəlmədi", "düşmədi", "没到账", "没有到账", "未到账"),
            "card", List.of("card", "declined", "карт", "отклон", "kart", "rədd", "银行卡", "拒绝"),
            "expired", List.of("expired", "validity", "истёк", "истек", "сгор", "müddət", "过期", "有效期"),
            "scratch", List.of("scratch", "voucher", "карта оплаты", "карту оплаты", "карты оплаты", "ödəniş kartı", "充值卡", "卡密", "刮刮卡"),
            "twice", List.of("twice", "two times", "double", "дважды", "два раза", "iki dəfə", "两次", "重复"),
            "network", List.of("network", "internet", "connection", "wifi", "wi-fi", "сеть", "интернет", "связ", "şəbəkə",
                    "网络", "信号"),
            "blocked", List.of("blocked", "barred", "заблок", "bloklan", "停机", "封"));

    private static final Map<String, String> CAUSE_OF_CODE = loadFailureCodes();

    private final Function<String, AdvisorMessages> messagesIn;

    public Diagnostician(Function<String, AdvisorMessages> messagesIn) {
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
        String text = evidence.description() == null ? "" : evidence.description().toLowerCase(Locale.ROOT);
        String balanceCode = number.servingCarrier() != null && number.servingCarrier().balanceCode() != null
                ? number.servingCarrier().balanceCode() : messages.balanceCodeUnknown();
        String codeCause = failureCode == null ? null : CAUSE_OF_CODE.get(failureCode);

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
            add(causes, "AMOUNT_OUT_OF_RANGE", 0.75, fact("failureCode", failureCode),
                    messages.causeAmount(amount == null ? "?" : amount.toPlainString()), messages.remedyAmount("1.00"));
        }

        if ("LINE_BARRED".equals(codeCause) || saysAny(text, "blocked")) {
            add(causes, "LINE_BARRED", codeCause != null ? 0.9 : 0.4, codeCause != null ? fact("failureCode", failureCode)
                    : fact("description", "blocked"), messages.causeLineBarred(), messages.remedyLineBarred());
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
        if ("DUPLICATE".equals(codeCause) || (saysAny(text, "twice") && !causes.containsKey("DUPLICATE"))) {
            add(causes, "DUPLICATE", codeCause != null ? 0.85 : 0.4, codeCause != null ? fact("failureCode", failureCode)
                    : fact("description", "twice"), messages.causeDuplicate("?"), messages.remedyDuplicate(balanceCode));
        }

        // the channel
        Optional<ChannelHealth> health = evidence.health().flatMap(all -> Optional.ofNullable(channelId).map(all::get));
        if (health.isPresent() && health.get().successRate() != null
                && ("down".equals(health.get().status()) || "degraded".equals(health.get().status()))) {
            int rate = (int) Math.round(health.get().successRate() * 100);
            add(causes, "CHANNEL_DOWN", "down".equals(health.get().status()) ? 0.8 : 0.5, fact("history.channelHealth", health.get().status()),
                    messages.causeChannelDown(channel.map(c -> Language.pick(c.names(), evidence.language())).orElse(channelId), rate),
                    messages.remedyChannelDown());
        }
        if ("CHANNEL_DOWN".equals(codeCause) && !causes.containsKey("CHANNEL_DOWN")) {
            add(causes, "CHANNEL_DOWN", 0.7, fact("failureCode", failureCode), messages.causeProviderDown(), messages.remedyChannelDown());
        }
        // on a scratch-card channel "the card" is the scratch card, not a payment card
        boolean scratchCardChannel = channel.map(c -> "scratch-card".equals(c.kind())).orElse(false);
        if ("PAYMENT_REFUSED".equals(codeCause) || (saysAny(text, "card") && !saysAny(text, "scratch") && !scratchCardChannel)
                || (channel.isPresent() && attempt.map(HistoryAttempt::paymentMethod).filter(method -> !channel.get().paymentMethods().contains(method)).isPresent())) {
            add(causes, "PAYMENT_REFUSED", codeCause != null ? 0.85 : 0.45, codeCause != null ? fact("failureCode", failureCode)
                    : fact("description", "card"), messages.causePaymentRefused(), messages.remedyPaymentRefused());
        }

        // what history says happened
        if (attempt.isPresent()) {
            HistoryAttempt seen = attempt.get();
            switch (seen.state()) {
                case "requested" -> {
                    int minutes = channel.map(CatalogSnapshot.Channel::minutesToCredit).orElse(30);
                    long elapsed = seen.requestedAt() == null ? 0 : Duration.between(seen.requestedAt(), evidence.now()).toMinutes();
                    if (elapsed <= minutes) {
                        add(causes, "PENDING", 0.85, fact("history.attempt.state", "requested"),
                                messages.causePending(minutes, (int) elapsed), messages.remedyPending(balanceCode))
                                .with(fact("history.attempt.requestedAt", String.valueOf(seen.requestedAt())));
                    } else {
                        add(causes, "CHANNEL_DOWN", 0.5, fact("history.attempt.state", "requested, " + elapsed + " min"),
                                messages.causeProviderDown(), messages.remedyChannelDown());
                    }
                }
                case "succeeded" -> add(causes, "CREDITED_BUT_MISSING", saysAny(text, "notArrived") ? 0.85 : 0.6,
                        fact("history.attempt.state", "succeeded"), messages.causeCreditedButMissing(), messages.remedyCreditedButMissing(balanceCode));
                case "reversed" -> add(causes, "REVERSED", 0.9, fact("history.attempt.state", "reversed"),
                        messages.causeReversed(), messages.remedyReversed());
                default -> {
                    // failed: the failure code, read above, says why
                }
            }
        } else if (saysAny(text, "notArrived")) {
            add(causes, "PENDING", 0.4, fact("description", "not arrived"), messages.causePending(30, 0), messages.remedyPending(balanceCode));
            add(causes, "CREDITED_BUT_MISSING", 0.4, fact("description", "not arrived"), messages.causeCreditedButMissing(),
                    messages.remedyCreditedButMissing(balanceCode));
        }
        if (saysAny(text, "expired")) {
            add(causes, "BALANCE_EXPIRED", 0.6, fact("description", "expired"), messages.causeBalanceExpired(), messages.remedyBalanceExpired());
        }
        if (channel.map(c -> "scratch-card".equals(c.kind())).orElse(false) || saysAny(text, "scratch")) {
            add(causes, "SCRATCH_CARD", channel.isPresent() && failureCode != null ? 0.7 : 0.5,
                    channel.isPresent() ? fact("catalog.channel.kind", "scratch-card") : fact("description", "scratch card"),
                    messages.causeScratchCard(), messages.remedyScratchCard());
        }
        if (saysAny(text, "network") || causes.isEmpty()) {
            add(causes, "NETWORK_INTERRUPTED", saysAny(text, "network") ? 0.5 : 0.2,
                    saysAny(text, "network") ? fact("description", "network") : fact("evidence", "none specific"),
                    messages.causeNetwork(), messages.remedyNetwork());
        }

        return causes.values().stream()
                .map(Candidate::toCause)
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

        Candidate(String code) {
            this.code = code;
        }

        Candidate with(DiagnosisResponse.Fact fact) {
            if (!facts.contains(fact)) {
                facts.add(fact);
            }
            return this;
        }

        DiagnosisResponse.Cause toCause() {
            return new DiagnosisResponse.Cause(code, likelihood, List.copyOf(facts), explanation, remedy);
        }
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

    private static boolean saysAny(String text, String topic) {
        return !text.isEmpty() && SAYS.get(topic).stream().anyMatch(text::contains);
    }

    private static Optional<CatalogSnapshot.Channel> channelOf(CatalogSnapshot catalog, String channelId) {
        if (catalog == null || channelId == null) {
            return Optional.empty();
        }
        return catalog.channels().stream().filter(channel -> channel.id().equals(channelId)).findFirst();
    }

    private static Map<String, String> loadFailureCodes() {
        Properties codes = new Properties();
        try (InputStream in = Diagnostician.class.getResourceAsStream("/failure-codes.properties")) {
            codes.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("failure-codes.properties is missing", e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        codes.stringPropertyNames().forEach(code -> map.put(code, codes.getProperty(code)));
        return Map.copyOf(map);
    }
}
