package az.balans.history.bench;

import io.quarkus.resteasy.reactive.server.EndpointDisabled;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The benchmark's yardstick for the providers' callbacks (bench/README.md): a JSON POST that goes
 * through the same HTTP stack and filters as a callback, reads its body, answers 204 and does
 * nothing else. Absent unless {@code history.bench.baseline-endpoints=true}; the bench turns it
 * on, production never does. It ships in the service's jar so that the baseline runs in the very
 * artifact under test.
 */
@Path("/bench/baseline")
@EndpointDisabled(
        name = "history.bench.baseline-endpoints",
        stringValue = "false",
        disableIfMissing = true)
public class BaselineResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public void post(byte[] body) {
        // read, as a callback's body is, and answered as a recorded callback is: 204
    }
}
