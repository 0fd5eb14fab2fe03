package az.balans.advisor.rest;

import az.balans.advisor.i18n.Language;
import az.balans.advisor.mapping.AdviceMapper;
import az.balans.advisor.recommendation.RecommendationService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "recommendations",
        description = "Where and how to top up a number with what the person has")
public class RecommendationResource {

    private final RecommendationService recommendations;

    RecommendationResource(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @POST
    @APIResponse(
            responseCode = "200",
            description = "The ranked options",
            content = @Content(schema = @Schema(implementation = RecommendationResponse.class)))
    @APIResponse(
            responseCode = "503",
            description = "No catalog has been loaded yet: there is nothing to rank")
    @Operation(
            operationId = "recommend",
            summary =
                    "Where and how to top up a number with what the person has: ranked options with reasons, steps, "
                            + "time to credit, fee and promotions, in en, az, ru or zh")
    public RecommendationResponse recommend(
            @Valid @NotNull RecommendationRequest body, @Context HttpHeaders headers) {
        return AdviceMapper.toResponse(
                recommendations.recommend(
                        AdviceMapper.toQuery(body),
                        Language.choose(body.language(), headers.getAcceptableLanguages())));
    }
}
