package az.balans.history.rest;

import az.balans.history.service.ProviderFeed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the top-up providers announce their outcomes. Each is answered 204 only once its outcome
 * is on recharge-events (or set aside on the dead-letter topic, when it cannot be one of ours).
 * The bodies are read raw: Reloadly signs the bytes it sends.
 */
@Path("/providers")
@Tag(
        name = "Provider feeds",
        description = "Top-up providers' outcomes, turned into recharge events")
public class ProviderCallbackResource {

    private static final String DTONE_EXAMPLE =
            """
            {"id": 3100000001, "external_id": "dtone-demo-0001",
             "status": {"id": 9, "message": "DECLINED-OPERATOR-CURRENTLY-UNAVAILABLE", "class": {"id": 9, "message": "DECLINED"}},
             "product": {"id": 21004, "name": "5 AZN", "operator": {"id": 1713, "name": "Azercell Azerbaijan"}},
             "adjusted_values": {"destination": {"unit_type": "CURRENCY", "unit": "AZN", "amount": 5}},
             "credit_party_identifier": {"mobile_number": "+994505550101"}}""";

    private static final String RELOADLY_EXAMPLE =
            """
            {"type": "airtime_transaction.status",
             "data": {"status": "SUCCESSFUL",
                      "transaction": {"transactionId": 48100001, "status": "SUCCESSFUL",
                                      "customIdentifier": "reloadly-demo-0001", "recipientPhone": "994555550202",
                                      "countryCode": "AZ", "operatorId": 1180, "operatorName": "Bakcell Azerbaijan",
                                      "deliveredAmount": 10, "deliveredAmountCurrencyCode": "AZN"}}}""";

    private final ProviderFeed feed;

    ProviderCallbackResource(ProviderFeed feed) {
        this.feed = feed;
    }

    @POST
    @Path("/dtone/callbacks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "receiveDtOneCallback",
            summary = "DT One's callback: a transaction that completed, was declined or reversed",
            description =
                    "The DVS API's transaction object, as DT One POSTs it to the callback_url of a transaction"
                            + " (https://developers.dtone.com/reference/callbacks), with the callback credentials set in"
                            + " DT Shop as HTTP Basic. Answered 204 once the outcome is recorded; 503 with Retry-After"
                            + " while it cannot be, so that DT One sends it again.")
    @RequestBody(
            description = "DT One's transaction object (DVS API reference, Transaction)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.OBJECT),
                            example = DTONE_EXAMPLE))
    @APIResponse(responseCode = "204", description = "Recorded, or set aside with the reason")
    public void dtOne(byte[] body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        feed.dtOneCallback(body, authorization);
    }

    @POST
    @Path("/reloadly/webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "receiveReloadlyWebhook",
            summary = "Reloadly's webhook: an asynchronous airtime top-up finished",
            description =
                    "A signed webhook event (https://docs.reloadly.com/webhooks): X-Reloadly-Signature is the"
                            + " hex HMAC-SHA256 of the body, ':' and X-Reloadly-Request-Timestamp, keyed with the"
                            + " webhook signing secret. Unsigned, wrongly signed or stale requests are 401 and publish"
                            + " nothing. Answered 204 once the outcome is recorded; 503 with Retry-After while it cannot be.")
    @RequestBody(
            description = "Reloadly's webhook event: type, and data holding the top-up transaction",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.OBJECT),
                            example = RELOADLY_EXAMPLE))
    @APIResponse(responseCode = "204", description = "Recorded, or set aside with the reason")
    public void reloadly(
            byte[] body,
            @HeaderParam("X-Reloadly-Signature") String signature,
            @HeaderParam("X-Reloadly-Request-Timestamp") String timestamp) {
        feed.reloadlyWebhook(body, signature, timestamp);
    }
}
