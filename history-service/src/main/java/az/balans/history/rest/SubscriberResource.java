package az.balans.history.rest;

import az.balans.history.config.HistoryConfig;
import az.balans.history.mapping.Cursor;
import az.balans.history.mapping.HistoryMapper;
import az.balans.history.service.RecordsService;
import az.balans.platform.number.MobileNumbers;
import az.balans.problem.FourDigitYears;
import az.balans.problem.InvalidFieldException;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A subscriber's records, for support agents, services and the subscriber. The number may be written any way a person types it. */
@Path("/subscribers/{msisdn}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "subscribers",
        description = "The records of a number: its top-ups, its summary, and erasure")
@Authenticated
public class SubscriberResource {

    private final RecordsService records;
    private final HistoryConfig.Records config;
    private final RecordAccess access;
    private final Actors actors;

    SubscriberResource(
            RecordsService records, HistoryConfig config, RecordAccess access, Actors actors) {
        this.records = records;
        this.config = config.records();
        this.access = access;
        this.actors = actors;
    }

    @GET
    @Path("/recharges")
    @Operation(
            operationId = "listRecharges",
            summary =
                    "The number's top-up attempts, newest first, by time range and state, a page at a time")
    public RecordsPage recharges(
            @PathParam("msisdn") String msisdn,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("state")
                    @Pattern(
                            regexp = "requested|succeeded|failed|reversed",
                            message = "must be requested, succeeded, failed or reversed")
                    String state,
            @QueryParam("limit") @Min(1) Integer limit,
            @QueryParam("cursor") String cursor) {
        int pageSize = limit == null ? config.defaultLimit() : limit;
        if (pageSize > config.maxLimit()) {
            throw new InvalidFieldException("limit", "must be at most " + config.maxLimit());
        }
        String number = numberOf(msisdn);
        access.requireRead(number);
        return HistoryMapper.toRecordsPage(
                records.page(
                        number,
                        FourDigitYears.instantParameter("from", from),
                        FourDigitYears.instantParameter("to", to),
                        state,
                        Cursor.decode(cursor),
                        pageSize,
                        actors.current()));
    }

    @GET
    @Path("/summary")
    @Operation(
            operationId = "getSubscriberSummary",
            summary =
                    "The carrier serving the number as last seen, money credited, attempts by state, last activity")
    public SummaryView summary(@PathParam("msisdn") String msisdn) {
        String number = numberOf(msisdn);
        access.requireRead(number);
        return HistoryMapper.toView(
                records.summary(number, actors.current())
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                "No records for " + MobileNumbers.mask(number))));
    }

    @DELETE
    @APIResponse(
            responseCode = "204",
            description = "Erased: no attempt or event of the number is left")
    @Operation(
            operationId = "eraseSubscriber",
            summary = "Erase every record of the number: attempts and events")
    public Response erase(@PathParam("msisdn") String msisdn) {
        String number = numberOf(msisdn);
        access.requireErase(number);
        records.erase(number, actors.current());
        return Response.noContent().build();
    }

    /** The number in the path, written any way a person types it, in E.164; a 400 naming msisdn when it is none. */
    private static String numberOf(String msisdn) {
        return MobileNumbers.e164Of(msisdn)
                .orElseThrow(
                        () ->
                                new InvalidFieldException(
                                        "msisdn", "is not an Azerbaijani mobile number"));
    }
}
