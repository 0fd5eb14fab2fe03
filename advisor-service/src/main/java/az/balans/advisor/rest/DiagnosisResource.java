package az.balans.advisor.rest;

import az.balans.advisor.diagnosis.DiagnosisService;
import az.balans.advisor.i18n.Language;
import az.balans.advisor.mapping.AdviceMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/diagnoses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "diagnoses", description = "Why a top-up failed, whether to try again, and the way out")
public class DiagnosisResource {

    private final DiagnosisService diagnoses;
    private final AttemptAccess access;

    DiagnosisResource(DiagnosisService diagnoses, AttemptAccess access) {
        this.diagnoses = diagnoses;
        this.access = access;
    }

    @POST
    @APIResponse(
            responseCode = "200",
            description = "The likely causes, most likely first",
            content = @Content(schema = @Schema(implementation = DiagnosisResponse.class)))
    @APIResponse(
            responseCode = "401",
            description =
                    "An attemptId was given without a bearer token: reading an attempt needs a "
                            + "support agent's token or the subscriber's own")
    @APIResponse(
            responseCode = "404",
            description = "The attempt is not one of this subscriber's number")
    @Operation(
            operationId = "diagnose",
            summary =
                    "Why a top-up failed and what to do now: likely causes with their evidence, an explanation and a remedy, "
                            + "in en, az, ru or zh")
    public DiagnosisResponse diagnose(
            @Valid @NotNull DiagnosisRequest body, @Context HttpHeaders headers) {
        String language = Language.choose(body.language(), headers.getAcceptableLanguages());
        Optional<String> subscriber =
                body.attemptId() == null
                        ? Optional.empty()
                        : access.subscriberFor(body.number(), body.attemptId());
        return AdviceMapper.toResponse(
                diagnoses.diagnose(AdviceMapper.toQuery(body), language, subscriber));
    }
}
