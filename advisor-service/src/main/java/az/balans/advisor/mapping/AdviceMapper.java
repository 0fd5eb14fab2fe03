package az.balans.advisor.mapping;

import az.balans.advisor.rest.DiagnosisRequest;
import az.balans.advisor.rest.DiagnosisResponse;
import az.balans.advisor.rest.NumberLookup;
import az.balans.advisor.rest.RecommendationRequest;
import az.balans.advisor.rest.RecommendationResponse;
import az.balans.advisor.service.Diagnosis;
import az.balans.advisor.service.DiagnosisQuery;
import az.balans.advisor.service.KnownNumber;
import az.balans.advisor.service.Recommendation;
import az.balans.advisor.service.RecommendationQuery;
import java.util.List;
import java.util.Locale;

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
                answer.options().stream()
                        .map(
                                option ->
                                        new RecommendationResponse.Option(
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
                                                toSources(option.sources())))
                        .toList(),
                answer.excluded().stream()
                        .map(
                                channel ->
                                        new RecommendationResponse.Excluded(
                                                channel.channelId(),
                                                channel.name(),
                                                channel.reason()))
                        .toList(),
                answer.degraded(),
                answer.warnings(),
                answer.healthAsOf());
    }

    public static DiagnosisResponse toResponse(Diagnosis answer) {
        return new DiagnosisResponse(
                answer.number(),
                answer.language(),
                answer.causes().stream().map(AdviceMapper::toCause).toList(),
                answer.degraded(),
                answer.warnings(),
                answer.healthAsOf());
    }

    private static DiagnosisResponse.Cause toCause(Diagnosis.Cause cause) {
        Diagnosis.Retry retry = cause.retry();
        Diagnosis.Alternative alternative = cause.alternative();
        return new DiagnosisResponse.Cause(
                cause.code().name(),
                cause.likelihood(),
                cause.evidence().stream()
                        .map(fact -> new DiagnosisResponse.Fact(fact.fact(), fact.value()))
                        .toList(),
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
}
