package az.balans.advisor.rest;

import az.balans.advisor.service.DiagnosisService;
import az.balans.advisor.service.Language;
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

import java.util.Optional;

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
    @Operation(operationId = "diagnose", summary = "Why a top-up failed and what to do now: likely causes with their evidence, an explanation and a remedy, "
            + "in en, az, ru or zh")
    public DiagnosisResponse diagnose(@Valid @NotNull DiagnosisRequest body, @Context HttpHeaders headers) {
        String language = Language.choose(body.language(), headers.getAcceptableLanguages());
        Optional<String> subscriber = body.attemptId() == null ? Optional.empty() : access.subscriberFor(body.number(), body.attemptId());
        return diagnoses.diagnose(body, language, subscriber);
    }
}
