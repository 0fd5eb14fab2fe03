package az.balans.history.rest;

import az.balans.history.config.HistoryConfig;
import az.balans.history.mapping.Cursor;
import az.balans.history.mapping.HistoryMapper;
import az.balans.history.repository.Attempt;
import az.balans.history.service.ReconciliationService;
import az.balans.history.service.RecordsService;
import az.balans.platform.security.Roles;
import az.balans.problem.InvalidFieldException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "attempts",
        description =
                "Top-up attempts with their events, and the reconciliation queue of support agents")
@Authenticated
public class AttemptResource {

    private final RecordsService records;
    private final ReconciliationService reconciliation;
    private final RecordAccess access;
    private final Actors actors;
    private final HistoryConfig.Records config;

    AttemptResource(
            RecordsService records,
            ReconciliationService reconciliation,
            RecordAccess access,
            HistoryConfig config,
            Actors actors) {
        this.actors = actors;
        this.records = records;
        this.reconciliation = reconciliation;
        this.access = access;
        this.config = config.records();
    }

    @GET
    @RolesAllowed(Roles.SUPPORT_AGENT)
    @Operation(
            operationId = "listReconciliationQueue",
            summary =
                    "The reconciliation queue, oldest first, a page at a time: overdue=true lists top-ups still requested "
                            + "past their channel's time to credit (the catalog's, or the live 90th percentile when larger); "
                            + "contradictory=true lists top-ups that saw both a success and a failure")
    public ReconciliationPage queue(
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("contradictory") Boolean contradictory,
            @QueryParam("limit") @Min(1) Integer limit,
            @QueryParam("cursor") String cursor) {
        boolean listOverdue = Boolean.TRUE.equals(overdue);
        if (listOverdue == Boolean.TRUE.equals(contradictory)) {
            throw new InvalidFieldException(
                    listOverdue ? "contradictory" : "overdue",
                    "ask for one queue: overdue=true or contradictory=true");
        }
        int pageSize = limit == null ? config.defaultLimit() : limit;
        if (pageSize > config.maxLimit()) {
            throw new InvalidFieldException("limit", "must be at most " + config.maxLimit());
        }
        return HistoryMapper.toReconciliationPage(
                reconciliation.queue(listOverdue, Cursor.decode(cursor), pageSize));
    }

    @GET
    @Path("/{attemptId}")
    @Operation(
            operationId = "getAttempt",
            summary = "One top-up attempt: its state and every event received for it, oldest first")
    public AttemptView get(@PathParam("attemptId") String attemptId) {
        // someone else's attempt is answered as one that does not exist, word for word: ids can be
        // guessed, and a different answer would tell which exist and whose number they carry
        Attempt attempt =
                records.attempt(attemptId, actors.current())
                        .filter(found -> access.mayRead(found.msisdn))
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                "No attempt with id '" + attemptId + "'"));
        return HistoryMapper.toView(attempt, records.eventsOf(attemptId));
    }

    @PUT
    @Path("/{attemptId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPPORT_AGENT)
    @Operation(
            operationId = "resolveAttempt",
            summary =
                    "Record what support found and did about an attempt (credited-late, refunded-by-provider, "
                            + "customer-told, escalated-to-carrier) with a note: kept with the attempt, written to the "
                            + "audit trail with the X-Balans-Reason given, and the attempt leaves the reconciliation queue")
    public AttemptView resolve(
            @PathParam("attemptId") String attemptId, @Valid @NotNull ResolutionRequest request) {
        Attempt attempt =
                reconciliation.resolve(
                        attemptId, request.finding(), request.note(), actors.current());
        return HistoryMapper.toView(attempt, records.eventsOf(attemptId));
    }
}
