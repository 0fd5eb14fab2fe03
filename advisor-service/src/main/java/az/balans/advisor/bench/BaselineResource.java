package az.balans.advisor.bench;

import az.balans.advisor.rest.RecommendationRequest;
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
 * The benchmark's yardstick (bench/README.md): a JSON POST and a GET that go through the same
 * HTTP stack, filters and JSON mapping as the API and do nothing else. Absent unless {@code
 * advisor.bench.baseline-endpoints=true} (a 404 otherwise, which AdvisorSecurityTest checks); the
 * bench turns it on, production never does.
 *
 * <p>It ships in the service's jar, in a room of its own, on purpose: a baseline is worth only as
 * much as its likeness to what it is compared with, so it must run in the very artifact under test,
 * with the same extensions, filters and JVM flags. A separate build for the bench would measure
 * another program.
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
