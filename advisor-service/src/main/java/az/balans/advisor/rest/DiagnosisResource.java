package az.balans.advisor.rest;

import az.balans.advisor.service.DiagnosisService;
import az.balans.advisor.service.Language;
import az.balans.advisor.service.NumberParser;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

@Path("/diagnoses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "diagnoses")
public class DiagnosisResource {

    private final DiagnosisService diagnoses;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    DiagnosisResource(DiagnosisService diagnoses, SecurityIdentity identity, JsonWebToken token) {
        this.diagnoses = diagnoses;
        this.identity = identity;
        this.token = token;
    }

    @POST
    @Operation(summary = "Why a top-up failed and what to do now: likely causes with their evidence, an explanation and a remedy, "
            + "in en, az, ru or zh")
    public DiagnosisResponse diagnose(@Valid @NotNull DiagnosisRequest body, @Context HttpHeaders headers) {
        String language = Language.choose(body.language(), headers.getAcceptableLanguages());
        if (body.attemptId() == null) {
            return diagnoses.diagnose(body, language, Optional.empty());
        }
        // reading an attempt reads someone's records: a support agent, or the subscriber of the number
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (identity.hasRole("support-agent")) {
            return diagnoses.diagnose(body, language, Optional.empty());
        }
        String claim = token.getClaim("phone_number");
        Optional<String> subscriber = Optional.ofNullable(claim).flatMap(NumberParser::e164Of);
        if (subscriber.isEmpty() || !subscriber.equals(NumberParser.e164Of(body.number()))) {
            throw new NotFoundException("No attempt '" + body.attemptId() + "' for this number");
        }
        return diagnoses.diagnose(body, language, subscriber);
    }
}
