package az.balans.history.rest;

import az.balans.history.repository.RechargeEvent;
import az.balans.history.service.RechargeEventService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "attempts")
public class AttemptResource {

    private final RechargeEventService service;

    AttemptResource(RechargeEventService service) {
        this.service = service;
    }

    @GET
    @Path("/{attemptId}")
    @Operation(summary = "One top-up attempt with every event received for it")
    public AttemptResponse get(@PathParam("attemptId") String attemptId) {
        List<RechargeEvent> events = service.eventsOfAttempt(attemptId);
        if (events.isEmpty()) {
            throw new NotFoundException("No attempt with id '" + attemptId + "'");
        }
        return AttemptResponse.of(attemptId, events);
    }
}
