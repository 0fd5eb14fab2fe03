package az.balans.advisor.rest;

import az.balans.advisor.service.Language;
import az.balans.advisor.service.RecommendationService;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "recommendations")
public class RecommendationResource {

    private final RecommendationService recommendations;

    RecommendationResource(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @POST
    @Operation(summary = "Where and how to top up a number with what the person has: ranked options with reasons, steps, "
            + "time to credit, fee and promotions, in en, az, ru or zh")
    public RecommendationResponse recommend(@Valid @NotNull RecommendationRequest body, @Context HttpHeaders headers) {
        return recommendations.recommend(body, Language.choose(body.language(), headers.getAcceptableLanguages()));
    }
}
