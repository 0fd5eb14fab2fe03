package az.balans.advisor.diagnosis;

import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.client.ChannelHealth;
import az.balans.advisor.client.HistoryAttempt;
import az.balans.advisor.config.AdvisorConfig;
import az.balans.advisor.i18n.AdvisorMessages;
import az.balans.advisor.i18n.Language;
import az.balans.advisor.i18n.Messages;
import az.balans.advisor.number.KnownNumber;
import az.balans.platform.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The evidence of one diagnosis as the rules read it, worked out once: the failure code and channel
 * (given, or the attempt's), what the catalog says of them, the amount, the channel's live health,
 * what the person's words point to, and the sentences in their language.
 */
record DiagnosisCase(
        Evidence evidence,
        AdvisorMessages messages,
        String failureCode,
        String channelId,
        Optional<CatalogSnapshot.Channel> channel,
        Optional<CatalogSnapshot.FailureCode> code,
        Map<CauseCode, DescriptionReader.Reading> says,
        String balanceCode,
        BigDecimal amount,
        Optional<ChannelHealth> health,
        int timeToCreditMinutes,
        AdvisorConfig.Diagnosis settings) {

    static DiagnosisCase of(
            Evidence evidence,
            DescriptionReader reader,
            AdvisorMessages messages,
            AdvisorConfig.Diagnosis settings) {
        Optional<HistoryAttempt> attempt = evidence.attempt();
        KnownNumber number = evidence.number();
        String failureCode =
                evidence.failureCode() != null
                        ? evidence.failureCode()
                        : attempt.map(HistoryAttempt::failureCode).orElse(null);
        String channelId =
                evidence.channelId() != null
                        ? evidence.channelId()
                        : attempt.map(HistoryAttempt::channelId).orElse(null);
        CatalogSnapshot catalog = evidence.catalog();
        Optional<CatalogSnapshot.Channel> channel =
                catalog == null || channelId == null
                        ? Optional.empty()
                        : catalog.channel(channelId);
        Optional<CatalogSnapshot.FailureCode> code =
                catalog == null || failureCode == null
                        ? Optional.empty()
                        : catalog.failureCode(failureCode);
        Map<CauseCode, DescriptionReader.Reading> says = new LinkedHashMap<>();
        reader.read(evidence.description()).forEach(reading -> says.put(reading.cause(), reading));
        String balanceCode =
                number.servingCarrier() != null && number.servingCarrier().balanceCode() != null
                        ? number.servingCarrier().balanceCode()
                        : messages.balanceCodeUnknown();
        BigDecimal amount =
                evidence.amount() != null
                        ? evidence.amount()
                        : attempt.map(HistoryAttempt::amount).map(Money::amount).orElse(null);
        Optional<ChannelHealth> health =
                evidence.health().flatMap(all -> Optional.ofNullable(channelId).map(all::get));
        return new DiagnosisCase(
                evidence,
                messages,
                failureCode,
                channelId,
                channel,
                code,
                says,
                balanceCode,
                amount,
                health,
                timeToCredit(channel, health, settings),
                settings);
    }

    /**
     * The channel's time to credit: the catalog's figure, or the live 90th percentile when that is
     * larger (as history's queue counts it).
     */
    private static int timeToCredit(
            Optional<CatalogSnapshot.Channel> channel,
            Optional<ChannelHealth> health,
            AdvisorConfig.Diagnosis settings) {
        int catalog =
                channel.map(CatalogSnapshot.Channel::minutesToCredit)
                        .orElse(minutesOf(settings.timeToCreditWhenUnknown()));
        int live =
                health.map(ChannelHealth::p90SecondsToCredit)
                        .map(seconds -> (int) Math.ceil(seconds / 60))
                        .orElse(0);
        return Math.max(catalog, live);
    }

    static int minutesOf(Duration duration) {
        return (int) Math.ceil(duration.toSeconds() / 60.0);
    }

    KnownNumber number() {
        return evidence.number();
    }

    Optional<HistoryAttempt> attempt() {
        return evidence.attempt();
    }

    /** Whether the catalog knows the failure code and says it means {@code cause}. */
    boolean codeSays(CauseCode cause) {
        return code.flatMap(known -> CauseCode.of(known.cause())).filter(cause::equals).isPresent();
    }

    /** The failure code's outcome is not known yet: the money may still arrive. */
    boolean outcomeUnknown() {
        return code.map(known -> "unknown".equals(known.outcome())).orElse(false);
    }

    Optional<Diagnosis.Alternative> alternative() {
        return evidence.alternative();
    }

    String alternativeName() {
        return evidence.alternative().map(Diagnosis.Alternative::name).orElse(null);
    }

    /** The serving carrier's credit advance, whose payback a top-up pays before the balance grows. */
    Optional<CatalogSnapshot.Channel> creditAdvance() {
        KnownNumber.Carrier carrier = evidence.number().servingCarrier();
        CatalogSnapshot catalog = evidence.catalog();
        if (carrier == null || catalog == null) {
            return Optional.empty();
        }
        return catalog.channels().stream()
                .filter(CatalogSnapshot.Channel::creditAdvance)
                .filter(channel -> channel.carriers().contains(carrier.id()))
                .findFirst();
    }

    /** A carrier's name in the person's language, from its id; the id when the catalog does not know it. */
    String carrierName(String id) {
        CatalogSnapshot catalog = evidence.catalog();
        return catalog == null
                ? id
                : catalog.carrier(id)
                        .map(carrier -> Language.pick(carrier.names(), evidence.language()))
                        .orElse(id);
    }

    /** On a scratch-card channel "the card" is the scratch card, not a payment card. */
    boolean scratchCardChannel() {
        return channel.map(known -> "scratch-card".equals(known.kind())).orElse(false);
    }

    /** The range holder is retired, and no carrier is known to serve the number now. */
    boolean retiredRangeUnserved() {
        KnownNumber number = number();
        return number.rangeHolder() != null
                && "retired".equals(number.rangeHolder().status())
                && number.servingCarrier() == null;
    }

    String channelDownRemedy() {
        String alternativeName = alternativeName();
        return alternativeName == null
                ? messages.remedyChannelDown()
                : messages.remedyChannelDownThrough(balanceCode, alternativeName);
    }

    String paymentRefusedRemedy() {
        return evidence.alternative()
                .map(
                        other ->
                                messages.remedyPaymentRefusedThrough(
                                        other.name(),
                                        Messages.paymentMethods(
                                                messages,
                                                other.paymentMethods(),
                                                evidence.language())))
                .orElse(messages.remedyPaymentRefused());
    }

    /** The serving carrier's support route from the catalog: its phone and its website, as far as they are known. */
    String overdueRemedy() {
        KnownNumber number = number();
        Optional<CatalogSnapshot.Carrier> carrier =
                Optional.ofNullable(number.servingCarrier())
                        .flatMap(
                                serving ->
                                        Optional.ofNullable(evidence.catalog())
                                                .flatMap(known -> known.carrier(serving.id())));
        String route =
                carrier.map(
                                known ->
                                        String.join(
                                                " / ",
                                                Stream.of(known.supportPhone(), known.website())
                                                        .filter(
                                                                part ->
                                                                        part != null
                                                                                && !part.isBlank())
                                                        .toList()))
                        .orElse("");
        return route.isEmpty()
                ? messages.remedyOverdueNoRoute(balanceCode)
                : messages.remedyOverdue(balanceCode, number.servingCarrier().name(), route);
    }

    static Diagnosis.Fact fact(FactKind kind, Object value) {
        return new Diagnosis.Fact(kind, value);
    }

    /** When the attempt was requested, where history recorded it. */
    static Diagnosis.Fact requestedAt(HistoryAttempt attempt) {
        return attempt.requestedAt() == null
                ? null
                : new Diagnosis.Fact(FactKind.ATTEMPT_REQUESTED_AT, attempt.requestedAt());
    }
}
