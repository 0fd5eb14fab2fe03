package az.balans.history.rest;

import az.balans.history.mapping.HistoryMapper;
import az.balans.history.service.AuditTrail;
import az.balans.platform.number.MobileNumbers;
import az.balans.platform.security.Roles;
import az.balans.problem.InvalidFieldException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, for support leads: read only, newest first. Nobody can change it here or elsewhere. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "Who read or changed a person's records, when, and why")
@RolesAllowed(Roles.SUPPORT_LEAD)
public class AuditResource {

    private static final int DEFAULT_LIMIT = 50;

    private final AuditTrail audit;

    AuditResource(AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    @Operation(
            operationId = "listAuditEntries",
            summary =
                    "The audit trail, newest first: every read of a person's records by staff, and every change; "
                            + "by number (written any way a person types it) or by actor")
    public List<AuditEntryView> entries(
            @QueryParam("msisdn") String msisdn,
            @QueryParam("actor") String actor,
            @QueryParam("limit") @Min(1) @Max(200) Integer limit) {
        String number =
                msisdn == null
                        ? null
                        : MobileNumbers.e164Of(msisdn)
                                .orElseThrow(
                                        () ->
                                                new InvalidFieldException(
                                                        "msisdn",
                                                        "is not an Azerbaijani mobile number"));
        return audit.entries(number, actor, limit == null ? DEFAULT_LIMIT : limit).stream()
                .map(HistoryMapper::toView)
                .toList();
    }
}
