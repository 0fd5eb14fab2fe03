package az.balans.advisor.rest;

import io.quarkus.resteasy.reactive.server.EndpointDisabled;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The benchmark's yardstick (bench/ in the README): a JSON POST and a GET that go through the same
 * HTTP stack, filters and JSON mapping as the API and do nothing else. Absent unless
 * {@code advisor.bench.baseline-endpoints=true}; the bench turns it on, production never does.
 */
@Path("/bench/baseline")
@Produces(MediaType.APPLICATION_JSON)
@EndpointDisabled(
        name = "advisor.bench.baseline-endpoints",
        stringValue = "false",
        disableIfMissing = true)
public class BaselineResource {

    /** What a bare endpoint answers: the input, echoed. */
    public record Echo(String number) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Echo post(RecommendationRequest body) {
        return new Echo(body == null ? null : body.number());
    }

    @GET
    @Path("{input}")
    @Operation(hidden = true)
    public Echo get(@PathParam("input") String input) {
        return new Echo(input);
    }
}
