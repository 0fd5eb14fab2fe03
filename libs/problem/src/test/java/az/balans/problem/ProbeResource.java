package az.balans.problem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Endpoints that fail in each way a real one can, so the mappers are tested on real requests. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public record Money(@NotNull @DecimalMin("0.01") BigDecimal value, @NotBlank String currency) {}

    public record TopUp(
            @NotBlank String number,
            @NotNull @Valid Money amount,
            @NotEmpty List<@NotBlank String> paymentMethods) {}

    public record Appointment(Instant at, LocalDate on) {}

    @POST
    @Path("/appointments")
    public Appointment book(Appointment appointment) {
        return appointment;
    }

    @POST
    @Path("/top-ups")
    public TopUp create(@Valid @NotNull TopUp topUp) {
        return topUp;
    }

    @GET
    @Path("/pages")
    public List<String> page(@QueryParam("limit") @Max(100) int limit) {
        return List.of();
    }

    @POST
    @Path("/form")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String form(jakarta.ws.rs.core.MultivaluedMap<String, String> fields) {
        return String.valueOf(fields.getFirst("number"));
    }

    /** A service's refusal in its own terms, of each kind. */
    @GET
    @Path("/refusals/{kind}")
    public String refusal(@PathParam("kind") String kind) {
        throw switch (kind) {
            case "not-found" -> new DomainException.NotFound("No carrier with id 'kcell'");
            case "stale" ->
                    new DomainException.StaleVersion(
                            "The carrier 'nar' has changed: read it again");
            case "conflict" ->
                    new DomainException.Conflict("A carrier with id 'nar' already exists");
            case "away" ->
                    new DomainException.DependencyUnavailable("The catalog could not be read");
            case "away-for-a-while" ->
                    new DomainException.DependencyUnavailable(
                            "The broker did not acknowledge the event", Duration.ofSeconds(30));
            case "unsigned" ->
                    new DomainException.Unauthenticated(
                            "The webhook's signature does not match its body",
                            "Basic realm=\"providers\"");
            default -> new DomainException.InvalidRequest("The carrier breaks a catalog rule");
        };
    }

    @GET
    @Path("/failure")
    public String failure() {
        throw new IllegalStateException("connection to db-internal-7 refused; password=hunter2");
    }
}
