package az.balans.advisor.mapping;

import az.balans.advisor.diagnosis.Diagnosis;
import az.balans.advisor.diagnosis.DiagnosisQuery;
import az.balans.advisor.number.KnownNumber;
import az.balans.advisor.recommendation.Recommendation;
import az.balans.advisor.recommendation.RecommendationQuery;
import az.balans.advisor.rest.DiagnosisRequest;
import az.balans.advisor.rest.DiagnosisResponse;
import az.balans.advisor.rest.NumberLookup;
import az.balans.advisor.rest.RecommendationRequest;
import az.balans.advisor.rest.RecommendationResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The API's requests to the services' questions, and the services' answers to the API's documents. */
public final class AdviceMapper {

    private AdviceMapper() {}

    public static RecommendationQuery toQuery(RecommendationRequest request) {
        return new RecommendationQuery(
                request.number(),
                request.amount(),
                request.paymentMethods(),
                request.city(),
                request.at());
    }

    public static DiagnosisQuery toQuery(DiagnosisRequest request) {
        return new DiagnosisQuery(
                request.number(),
                request.attemptId(),
                request.channelId(),
                request.amount(),
                request.failureCode(),
                request.description(),
                request.paymentMethods());
    }

    public static NumberLookup toLookup(KnownNumber number) {
        return new NumberLookup(
                number.input(),
                number.e164(),
                number.national(),
                number.valid(),
                number.problem() == null
                        ? null
                        : new NumberLookup.Problem(
                                number.problem().name(), number.problemMessage()),
                number.corrections().stream().map(Enum::name).toList(),
                toCarrier(number.rangeHolder()),
                toCarrier(number.servingCarrier()),
                sourceOf(number.servingCarrierSource()),
                number.servingCarrierAsOf(),
                number.notes(),
                number.degraded(),
                number.warnings());
    }

    public static RecommendationResponse toResponse(Recommendation answer) {
        return new RecommendationResponse(
                answer.number(),
                answer.language(),
                answer.at(),
                toCarrier(answer.servingCarrier()),
                sourceOf(answer.servingCarrierSource()),
                answer.options().stream().map(AdviceMapper::toOption).toList(),
                answer.excluded().stream()
                        .map(
                                channel ->
                                        new RecommendationResponse.Excluded(
                                                channel.channelId(),
                                                channel.name(),
                                                channel.reason()))
                        .toList(),
                answer.someoneElse() == null
                        ? null
                        : new RecommendationResponse.SomeoneElse(
                                answer.someoneElse().message(),
                                answer.someoneElse().options().stream()
                                        .map(AdviceMapper::toOption)
                                        .toList(),
                                answer.someoneElse().nearby().stream()
                                        .map(AdviceMapper::toOption)
                                        .toList()),
                answer.degraded(),
                answer.warnings(),
                answer.healthAsOf());
    }

    private static RecommendationResponse.Option toOption(Recommendation.Option option) {
        return new RecommendationResponse.Option(
                option.rank(),
                option.channelId(),
                option.kind(),
                option.name(),
                option.score(),
                option.openNow(),
                option.amount(),
                option.fee(),
                option.arrivesWithinMinutes(),
                option.liveStatus(),
                option.reasons(),
                option.warnings(),
                option.promotions(),
                option.steps(),
                toSources(option.sources()));
    }

    public static DiagnosisResponse toResponse(Diagnosis answer) {
        return new DiagnosisResponse(
                answer.number(),
                answer.language(),
                answer.causes().stream().map(AdviceMapper::toCause).toList(),
                answer.degraded(),
                answer.warnings(),
                answer.healthAsOf(),
                answer.supportFound() == null
                        ? null
                        : new DiagnosisResponse.SupportFound(
                                answer.supportFound().finding(),
                                answer.supportFound().text(),
                                answer.supportFound().at()));
    }

    private static DiagnosisResponse.Cause toCause(Diagnosis.Cause cause) {
        Diagnosis.Retry retry = cause.retry();
        Diagnosis.Alternative alternative = cause.alternative();
        return new DiagnosisResponse.Cause(
                cause.code().name(),
                cause.likelihood(),
                cause.evidence().stream().map(AdviceMapper::toDto).toList(),
                cause.explanation(),
                cause.remedy(),
                retry == null
                        ? null
                        : new DiagnosisResponse.Retry(
                                retry.advice().name(), retry.waitMinutes(), retry.text()),
                alternative == null
                        ? null
                        : new DiagnosisResponse.Alternative(
                                alternative.channelId(),
                                alternative.name(),
                                alternative.paymentMethods(),
                                alternative.reasons(),
                                alternative.steps()),
                toSources(cause.sources()));
    }

    private static List<RecommendationResponse.Source> toSources(
            List<Recommendation.Source> sources) {
        return sources.stream()
                .map(
                        source ->
                                new RecommendationResponse.Source(
                                        source.fact(),
                                        source.status(),
                                        source.url(),
                                        source.title(),
                                        source.checkedOn(),
                                        source.stale()))
                .toList();
    }

    private static NumberLookup.Carrier toCarrier(KnownNumber.Carrier carrier) {
        return carrier == null
                ? null
                : new NumberLookup.Carrier(
                        carrier.id(),
                        carrier.name(),
                        carrier.status(),
                        carrier.retiredOn(),
                        carrier.balanceCode());
    }

    /** history, range or unknown, as the API has always spelled them. */
    private static String sourceOf(KnownNumber.ServingCarrierSource source) {
        return source.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A fact as the API has always named it: where it comes from and its value as a string
     * ({@code history.attempt.state}: {@code requested, 42 min}).
     */
    static DiagnosisResponse.Fact toDto(Diagnosis.Fact fact) {
        Object value = fact.value();
        return switch (fact.kind()) {
            case NUMBER_PROBLEM -> new DiagnosisResponse.Fact("number.problem", name(value));
            case NUMBER_CORRECTIONS ->
                    new DiagnosisResponse.Fact(
                            "number.corrections",
                            ((List<?>) value)
                                    .stream()
                                            .map(AdviceMapper::name)
                                            .collect(Collectors.joining(",")));
            case FAILURE_CODE -> new DiagnosisResponse.Fact("failureCode", (String) value);
            case ATTEMPT_CARRIER ->
                    new DiagnosisResponse.Fact("history.attempt.carrier", (String) value);
            case SERVING_CARRIER ->
                    new DiagnosisResponse.Fact("history.servingCarrier", (String) value);
            case RETIRED_RANGE_HOLDER ->
                    new DiagnosisResponse.Fact("catalog.rangeHolder", value + " (retired)");
            case NO_RANGE_HOLDER -> new DiagnosisResponse.Fact("catalog.rangeHolder", "none");
            case CHANNEL_AMOUNTS ->
                    new DiagnosisResponse.Fact("catalog.channel.amounts", (String) value);
            case AMOUNT ->
                    new DiagnosisResponse.Fact(
                            "amount", fact.value(BigDecimal.class).toPlainString());
            case DESCRIPTION -> new DiagnosisResponse.Fact("description", (String) value);
            case ATTEMPT_PAYMENT_METHOD ->
                    new DiagnosisResponse.Fact("history.attempt.paymentMethod", (String) value);
            case RECENT_ATTEMPT ->
                    new DiagnosisResponse.Fact("history.recent.attemptId", (String) value);
            case CHANNEL_HEALTH ->
                    new DiagnosisResponse.Fact("history.channelHealth", (String) value);
            case ATTEMPT_STATE ->
                    new DiagnosisResponse.Fact("history.attempt.state", (String) value);
            case ATTEMPT_OVERDUE ->
                    new DiagnosisResponse.Fact(
                            "history.attempt.state",
                            "requested, " + fact.value(Duration.class).toMinutes() + " min");
            case ATTEMPT_REQUESTED_AT ->
                    new DiagnosisResponse.Fact("history.attempt.requestedAt", value.toString());
            case CHANNEL_KIND -> new DiagnosisResponse.Fact("catalog.channel.kind", (String) value);
            case NONE_SPECIFIC -> new DiagnosisResponse.Fact("evidence", "none specific");
        };
    }

    private static String name(Object constant) {
        return ((Enum<?>) constant).name();
    }
}
