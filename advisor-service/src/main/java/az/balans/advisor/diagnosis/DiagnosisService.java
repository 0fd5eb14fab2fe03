package az.balans.advisor.diagnosis;

import az.balans.advisor.catalog.CatalogSnapshots;
import az.balans.advisor.channel.LiveChannelHealth;
import az.balans.advisor.client.Answer;
import az.balans.advisor.client.CatalogSnapshot;
import az.balans.advisor.client.ChannelHealth;
import az.balans.advisor.client.HistoryAttempt;
import az.balans.advisor.client.HistoryGateway;
import az.balans.advisor.config.AdvisorConfig;
import az.balans.advisor.i18n.AdvisorMessages;
import az.balans.advisor.i18n.Messages;
import az.balans.advisor.number.KnownNumber;
import az.balans.advisor.number.NumberService;
import az.balans.advisor.recommendation.Recommendation;
import az.balans.advisor.recommendation.RecommendationQuery;
import az.balans.advisor.recommendation.RecommendationService;
import az.balans.platform.money.Money;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers the evidence for a diagnosis from the catalog and history, and has it weighed. The way
 * out a remedy names is a fresh recommendation for the same number and what the person has,
 * without the channel that failed.
 */
@ApplicationScoped
public class DiagnosisService {

    private final NumberService numbers;
    private final CatalogSnapshots catalog;
    private final HistoryGateway history;
    private final LiveChannelHealth liveHealth;
    private final RecommendationService recommendations;
    private final Diagnostician diagnostician;
    private final MeterRegistry registry;
    private final Clock clock;

    DiagnosisService(
            NumberService numbers,
            CatalogSnapshots catalog,
            HistoryGateway history,
            LiveChannelHealth liveHealth,
            RecommendationService recommendations,
            AdvisorConfig config,
            MeterRegistry registry,
            Clock clock) {
        this.clock = clock;
        this.numbers = numbers;
        this.catalog = catalog;
        this.history = history;
        this.liveHealth = liveHealth;
        this.recommendations = recommendations;
        this.diagnostician =
                new Diagnostician(
                        config.diagnosis(),
                        DescriptionReader.standard(),
                        Messages::in,
                        config.facts().staleAfter());
        this.registry = registry;
    }

    /**
     * @param subscriberNumber when a subscriber (not a support agent) asks about an attempt: their number,
     *                         which the attempt must belong to, or it is treated as unknown
     */
    public Diagnosis diagnose(
            DiagnosisQuery request, String language, Optional<String> subscriberNumber) {
        return diagnose(
                request, language, subscriberNumber, numbers.lookup(request.number(), language));
    }

    /** The same, for a caller that has already looked the number up (the page shows it first). */
    public Diagnosis diagnose(
            DiagnosisQuery request,
            String language,
            Optional<String> subscriberNumber,
            KnownNumber number) {
        AdvisorMessages messages = Messages.in(language);
        List<String> warnings = new ArrayList<>(number.warnings());
        boolean historyMissing = number.valid() && number.degraded();

        Optional<HistoryAttempt> attempt = Optional.empty();
        if (request.attemptId() != null) {
            Answer<Optional<HistoryAttempt>> answer = history.attempt(request.attemptId());
            attempt =
                    answer.value()
                            .filter(
                                    seen ->
                                            subscriberNumber
                                                    .map(own -> own.equals(seen.msisdn()))
                                                    .orElse(true));
            historyMissing |= !answer.available();
        }
        List<HistoryAttempt> recent = List.of();
        if (number.valid()) {
            Answer<List<HistoryAttempt>> answer = history.recentAttempts(number.e164());
            recent = answer.value();
            historyMissing |= !answer.available();
        }
        if (historyMissing && !warnings.contains(messages.historyUnavailable())) {
            warnings.add(messages.historyUnavailable());
        }
        Optional<LiveChannelHealth.View> live = liveHealth.usable(messages, warnings);
        Optional<Map<String, ChannelHealth>> health = live.map(LiveChannelHealth.View::byChannel);
        Optional<CatalogSnapshot> snapshot = catalog.current();
        String channelId =
                request.channelId() != null
                        ? request.channelId()
                        : attempt.map(HistoryAttempt::channelId).orElse(null);
        Optional<Diagnosis.Alternative> alternative =
                snapshot.isPresent() && number.valid()
                        ? alternativeTo(
                                channelId, request, attempt, snapshot.get(), number, language)
                        : Optional.empty();
        List<Diagnosis.Cause> causes =
                diagnostician.diagnose(
                        new Evidence(
                                number,
                                attempt,
                                request.channelId(),
                                request.amount() == null ? null : request.amount().amount(),
                                request.failureCode(),
                                request.description(),
                                health,
                                recent,
                                snapshot.orElse(null),
                                clock.instant(),
                                language,
                                alternative));
        // what fails for people, counted by the most likely cause (a dashboard's "diagnoses by
        // cause")
        registry.counter(
                        "balans.diagnoses",
                        "cause",
                        causes.isEmpty() ? "NONE" : causes.get(0).code().name())
                .increment();
        return new Diagnosis(
                number.e164(),
                language,
                causes,
                historyMissing || number.degraded() || live.isEmpty(),
                warnings,
                live.map(LiveChannelHealth.View::asOf).orElse(null),
                attempt.map(HistoryAttempt::resolution)
                        .map(resolution -> supportFound(resolution, messages))
                        .orElse(null));
    }

    /** A support agent's finding, as the person is told it. */
    private static Diagnosis.SupportFinding supportFound(
            HistoryAttempt.Resolution resolution, AdvisorMessages messages) {
        String text =
                switch (resolution.finding()) {
                    case "credited-late" -> messages.supportFoundCreditedLate();
                    case "refunded-by-provider" -> messages.supportFoundRefundedByProvider();
                    case "customer-told" -> messages.supportFoundCustomerTold();
                    case "escalated-to-carrier" -> messages.supportFoundEscalatedToCarrier();
                    default -> null;
                };
        return text == null
                ? null
                : new Diagnosis.SupportFinding(resolution.finding(), text, resolution.resolvedAt());
    }

    /**
     * The best other channel for this number with what the person has: not the one that failed, nor
     * one that is down. When nobody knows which carrier serves the number, only a channel that tops up
     * every carrier it may be on: an Azercell card does nothing for a number that is on Bakcell.
     */
    private Optional<Diagnosis.Alternative> alternativeTo(
            String failedChannelId,
            DiagnosisQuery request,
            Optional<HistoryAttempt> attempt,
            CatalogSnapshot snapshot,
            KnownNumber number,
            String language) {
        List<String> methods = methodsAtHand(request, attempt, snapshot.channel(failedChannelId));
        Money amount =
                request.amount() != null
                        ? request.amount()
                        : attempt.map(HistoryAttempt::amount).orElse(null);
        Recommendation recommended =
                recommendations.recommend(
                        new RecommendationQuery(number.e164(), amount, methods, null, null),
                        language,
                        number);
        List<String> mayBeOn = numbers.candidateCarriers(number);
        return recommended.options().stream()
                .filter(
                        option ->
                                !option.channelId().equals(failedChannelId)
                                        && !"down".equals(option.liveStatus()))
                .filter(
                        option ->
                                number.servingCarrier() != null
                                        || snapshot.channel(option.channelId())
                                                .map(
                                                        channel ->
                                                                channel.carriers()
                                                                        .containsAll(mayBeOn))
                                                .orElse(false))
                .findFirst()
                .map(
                        option ->
                                new Diagnosis.Alternative(
                                        option.channelId(),
                                        option.name(),
                                        snapshot.channel(option.channelId())
                                                .map(
                                                        channel ->
                                                                channel.paymentMethods().stream()
                                                                        .filter(methods::contains)
                                                                        .toList())
                                                .orElse(methods),
                                        option.reasons(),
                                        option.steps()));
    }

    /**
     * What the person has: what they said; else the attempt's own method where the channel refused
     * it (the method is fine, the channel was not); else anything.
     */
    private static List<String> methodsAtHand(
            DiagnosisQuery request,
            Optional<HistoryAttempt> attempt,
            Optional<CatalogSnapshot.Channel> failedChannel) {
        if (request.paymentMethods() != null && !request.paymentMethods().isEmpty()) {
            return request.paymentMethods();
        }
        Optional<String> refusedMethod =
                attempt.map(HistoryAttempt::paymentMethod)
                        .filter(
                                method ->
                                        failedChannel
                                                .map(
                                                        channel ->
                                                                !channel.paymentMethods()
                                                                        .contains(method))
                                                .orElse(false));
        return refusedMethod.map(List::of).orElse(RecommendationQuery.PAYMENT_METHODS);
    }
}
