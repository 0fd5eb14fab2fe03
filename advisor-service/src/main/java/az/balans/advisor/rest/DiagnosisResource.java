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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/diagnoses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "diagnoses", description = "Why a top-up failed, whether to try again, and the way out")
public class DiagnosisResource {

    /** A real answer of the local stack, for the API document. */
    private static final String TIMEOUT_ANSWER =
            """
            {
              "number": "+994501234567",
              "language": "en",
              "causes": [
                {
                  "code": "CHANNEL_DOWN",
                  "likelihood": 0.7,
                  "evidence": [
                    {
                      "fact": "failureCode",
                      "value": "ProviderTimedOut"
                    }
                  ],
                  "explanation": "The payment provider or the carrier did not answer in time.",
                  "remedy": "Check the balance (2112); if the money did not arrive, top up through Ding (international top-up) instead.",
                  "retry": {
                    "advice": "NOW",
                    "waitMinutes": 0,
                    "text": "Safe to try again now."
                  },
                  "alternative": {
                    "channelId": "ding",
                    "name": "Ding (international top-up)",
                    "paymentMethods": [
                      "international-card"
                    ],
                    "reasons": [
                      "Takes a foreign card, which you have.",
                      "Online: no need to go anywhere.",
                      "Fee not published: ask before paying."
                    ],
                    "steps": [
                      "Open ding.com or the Ding app.",
                      "Enter the number with +994 and choose an amount.",
                      "Pay with your card or wallet."
                    ]
                  },
                  "sources": [
                    {
                      "fact": "meaning",
                      "status": "confirmed",
                      "url": "https://www.dingconnect.com/Api",
                      "title": "Ding API (DingConnect V1): SendTransfer",
                      "checkedOn": "2026-12-03",
                      "stale": false
                    }
                  ]
                }
              ],
              "degraded": false,
              "warnings": [],
              "healthAsOf": "2026-12-03T09:01:47Z"
            }""";

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
            content =
                    @Content(
                            schema = @Schema(implementation = DiagnosisResponse.class),
                            examples = @ExampleObject(name = "a timeout", value = TIMEOUT_ANSWER)))
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
            @RequestBody(
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(
                                                            name = "a timeout",
                                                            value =
                                                                    "{\"number\":\"050 123 45 67\",\"channelId\":\"azercell-kabinetim\","
                                                                            + "\"failureCode\":\"ProviderTimedOut\",\"paymentMethods\":[\"international-card\"]}")))
                    @Valid
                    @NotNull
                    DiagnosisRequest body,
            @Context HttpHeaders headers) {
        String language = Language.choose(body.language(), headers.getAcceptableLanguages());
        Optional<String> subscriber =
                body.attemptId() == null
                        ? Optional.empty()
                        : access.subscriberFor(body.number(), body.attemptId());
        return AdviceMapper.toResponse(
                diagnoses.diagnose(AdviceMapper.toQuery(body), language, subscriber));
    }
}
