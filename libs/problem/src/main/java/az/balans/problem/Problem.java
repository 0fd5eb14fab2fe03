package az.balans.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail: what every Balans service answers for a 4xx or 5xx.
 *
 * @param type       a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title      a short summary of the kind of problem, the same for every occurrence
 * @param status     the HTTP status code
 * @param detail     what went wrong this time, in words a person can act on
 * @param instance   names this occurrence; for a server error, the id under which it was logged
 * @param violations the input fields at fault, when the request was invalid
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        URI instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA_TYPE_VALUE = MediaType.valueOf(MEDIA_TYPE);
    static final URI ABOUT_BLANK = URI.create("about:blank");

    /** One field at fault: its path in the request ({@code amount.value}, {@code carrier}) and why. */
    public record Violation(String field, String message) {}

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem(
                ABOUT_BLANK,
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                null,
                List.of());
    }

    public static Problem invalid(String detail, List<Violation> violations) {
        return new Problem(
                ABOUT_BLANK,
                Response.Status.BAD_REQUEST.getReasonPhrase(),
                400,
                detail,
                null,
                violations);
    }

    public Problem withInstance(URI occurrence) {
        return new Problem(type, title, status, detail, occurrence, violations);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE_VALUE).entity(this).build();
    }
}
