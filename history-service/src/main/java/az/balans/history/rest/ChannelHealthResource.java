package az.balans.history.rest;

import az.balans.history.mapping.HistoryMapper;
import az.balans.history.service.ChannelHealthService;
import az.balans.problem.InvalidFieldException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/channels/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "channels", description = "Live health of each channel, from the stream of top-ups")
public class ChannelHealthResource {

    private static final Duration SERIES_WINDOW = Duration.ofHours(24);
    private static final Duration SERIES_STEP = Duration.ofHours(1);

    private final ChannelHealthService health;

    ChannelHealthResource(ChannelHealthService health) {
        this.health = health;
    }

    @GET
    @Operation(
            operationId = "getChannelHealth",
            summary =
                    "Per channel over the last window (ISO-8601 duration, default PT1H): attempts, success rate, "
                            + "median and p90 seconds to credit, status ok, degraded, down or unknown")
    public List<ChannelHealthView> health(@QueryParam("window") String window) {
        return health.health(windowOf(window)).stream().map(HistoryMapper::toView).toList();
    }

    @GET
    @Path("/series")
    @Operation(
            operationId = "getChannelHealthSeries",
            summary =
                    "Per channel, the success over consecutive steps of the last window (defaults PT24H and PT1H), oldest "
                            + "first, each step with attempts, successes, failures, success rate and status; at most a bounded number of steps")
    public List<ChannelSeriesView> series(
            @QueryParam("window") String window, @QueryParam("step") String step) {
        Duration windowLength = window == null ? SERIES_WINDOW : windowOf(window);
        Duration stepLength = step == null ? SERIES_STEP : durationOf("step", step);
        if (stepLength.toSeconds() < 60
                || stepLength.compareTo(windowLength) > 0
                || !windowLength
                        .dividedBy(stepLength.toSeconds())
                        .multipliedBy(stepLength.toSeconds())
                        .equals(windowLength)) {
            throw new InvalidFieldException(
                    "step",
                    "must be at least PT1M and divide the window (" + windowLength + ") exactly");
        }
        if (windowLength.dividedBy(stepLength) > health.maxSeriesPoints()) {
            throw new InvalidFieldException(
                    "step",
                    "gives more than "
                            + health.maxSeriesPoints()
                            + " points over "
                            + windowLength
                            + ": take a longer step");
        }
        return health.series(windowLength, stepLength).stream().map(HistoryMapper::toView).toList();
    }

    private Duration windowOf(String window) {
        if (window == null) {
            return health.defaultWindow();
        }
        Duration duration = durationOf("window", window);
        if (duration.compareTo(health.maxWindow()) > 0) {
            throw new InvalidFieldException(
                    "window", "must be positive and at most " + health.maxWindow());
        }
        return duration;
    }

    private static Duration durationOf(String field, String text) {
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "must be an ISO-8601 duration such as PT1H");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new InvalidFieldException(field, "must be positive");
        }
        return duration;
    }
}
