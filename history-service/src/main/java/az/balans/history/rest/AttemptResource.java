package az.balans.history.rest;

import az.balans.history.repository.Attempt;
import az.balans.history.service.RecordsService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "attempts")
@Authenticated
public class AttemptResource {

    private final RecordsService records;
    private final RecordAccess access;

    AttemptResource(RecordsService records, RecordAccess access) {
        this.records = records;
        this.access = access;
    }

    @GET
    @Path("/{attemptId}")
    @Operation(summary = "One top-up attempt: its state and every event received for it, oldest first")
    public AttemptView get(@PathParam("attemptId") String attemptId) {
        Attempt attempt = records.attempt(attemptId)
                .orElseThrow(() -> new NotFoundException("No attempt with id '" + attemptId + "'"));
        access.requireRead(attempt.msisdn);
        return AttemptView.of(attempt, records.eventsOf(attemptId));
    }
}
