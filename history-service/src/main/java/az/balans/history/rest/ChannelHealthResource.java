package az.balans.history.rest;

import az.balans.history.service.ChannelHealthService;
import az.balans.problem.InvalidFieldException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/channels/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "channels")
public class ChannelHealthResource {

    private final ChannelHealthService health;

    ChannelHealthResource(ChannelHealthService health) {
        this.health = health;
    }

    @GET
    @Operation(summary = "Per channel over the last window (ISO-8601 duration, default PT1H): attempts, success rate, "
            + "median and p90 seconds to credit, status ok, degraded, down or unknown")
    public List<ChannelHealthView> health(@QueryParam("window") String window) {
        return health.health(windowOf(window)).stream().map(ChannelHealthView::of).toList();
    }

    private Duration windowOf(String window) {
        if (window == null) {
            return health.defaultWindow();
        }
        Duration duration;
        try {
            duration = Duration.parse(window);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("window", "must be an ISO-8601 duration such as PT1H");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(health.maxWindow()) > 0) {
            throw new InvalidFieldException("window", "must be positive and at most " + health.maxWindow());
        }
        return duration;
    }
}
