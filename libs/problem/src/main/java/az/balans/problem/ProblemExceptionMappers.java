package az.balans.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the REST layer into {@code application/problem+json}. Client
 * errors say what is wrong and which field; server errors say nothing of the internals and carry
 * the id under which the cause was logged, so support can find it.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            return serverError(status, exception);
        }
        // the JSON body reader reports a parse error as a bare 400 with the cause inside
        if (exception.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        // a parameter that could not be read (WholeNumberParameters) names itself in a cause
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFieldException invalid) {
                return invalidField(invalid);
            }
        }
        return Problem.of(status, exception.getMessage()).toResponse();
    }

    /** Bean Validation on REST parameters and bodies (Quarkus's own mapper would answer in its own format). */
    @ServerExceptionMapper
    public Response restViolation(ResteasyReactiveViolationException exception) {
        return violation(exception);
    }

    /** Bean Validation in a service: the input that reached it was invalid. */
    @ServerExceptionMapper
    public Response violation(ConstraintViolationException exception) {
        Set<ConstraintViolation<?>> violations = exception.getConstraintViolations();
        if (violations.stream().anyMatch(ProblemExceptionMappers::isReturnValue)) {
            // an invalid response is our bug, not the caller's
            return serverError(Response.Status.INTERNAL_SERVER_ERROR, exception);
        }
        List<Problem.Violation> fields =
                violations.stream()
                        .map(
                                violation ->
                                        new Problem.Violation(
                                                fieldOf(violation.getPropertyPath()),
                                                violation.getMessage()))
                        .sorted(
                                Comparator.comparing(Problem.Violation::field)
                                        .thenComparing(Problem.Violation::message))
                        .toList();
        String detail =
                fields.stream()
                        .map(v -> v.field() + ": " + v.message())
                        .collect(Collectors.joining("; "));
        return Problem.invalid(detail, fields).toResponse();
    }

    /** JSON of the wrong shape; more specific than the catch-all below, to win over Quarkus's own mapper for it. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException exception) {
        return unreadableJson(exception);
    }

    /** What a service could not do, in its own terms: each kind has its status, and the message is the detail. */
    @ServerExceptionMapper
    public Response domain(DomainException exception) {
        Response.Status status;
        if (exception instanceof DomainException.NotFound) {
            status = Response.Status.NOT_FOUND;
        } else if (exception instanceof DomainException.StaleVersion) {
            status = Response.Status.PRECONDITION_FAILED;
        } else if (exception instanceof DomainException.Conflict) {
            status = Response.Status.CONFLICT;
        } else if (exception instanceof DomainException.DependencyUnavailable unavailable) {
            Response.ResponseBuilder answer =
                    Response.fromResponse(
                            Problem.of(Response.Status.SERVICE_UNAVAILABLE, exception.getMessage())
                                    .toResponse());
            unavailable
                    .retryAfter()
                    .ifPresent(
                            wait ->
                                    answer.header(
                                            HttpHeaders.RETRY_AFTER,
                                            Math.max(1, wait.toSeconds())));
            return answer.build();
        } else if (exception instanceof DomainException.Unauthenticated unauthenticated) {
            Response.ResponseBuilder answer =
                    Response.fromResponse(
                            Problem.of(Response.Status.UNAUTHORIZED, exception.getMessage())
                                    .toResponse());
            unauthenticated
                    .scheme()
                    .ifPresent(scheme -> answer.header(HttpHeaders.WWW_AUTHENTICATE, scheme));
            return answer.build();
        } else {
            status = Response.Status.BAD_REQUEST;
        }
        return Problem.of(status, exception.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException exception) {
        return Problem.invalid(
                        exception.field() + ": " + exception.getMessage(),
                        List.of(new Problem.Violation(exception.field(), exception.getMessage())))
                .toResponse();
    }

    /** A body that is not JSON, or JSON that does not fit the expected shape. */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException exception) {
        if (exception instanceof JsonParseException) {
            return Problem.invalid(
                            "The request body is not valid JSON: " + exception.getOriginalMessage(),
                            List.of())
                    .toResponse();
        }
        if (exception instanceof StreamConstraintsException) {
            // Jackson's own text names its internals; the limits are what the caller needs to know
            return Problem.invalid(
                            "The request body is nested too deeply or holds a value too long to read.",
                            List.of())
                    .toResponse();
        }
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPathOf(mapping);
            String message =
                    List.of(ControlCharacterGuard.MESSAGE, FourDigitYears.MESSAGE)
                                    .contains(mapping.getOriginalMessage())
                            ? mapping.getOriginalMessage()
                            : "has the wrong type or format";
            return Problem.invalid(
                            "The request body has a field of the wrong kind: " + field,
                            List.of(new Problem.Violation(field, message)))
                    .toResponse();
        }
        // Jackson's text here names Java types ("Cannot deserialize value of type `...Dto`"): say
        // what it means instead
        return Problem.invalid(
                        "The request body is not the JSON this endpoint takes (an object with the documented fields).",
                        List.of())
                .toResponse();
    }

    /** No token, or one that fails verification (expired, wrong issuer or audience, bad signature): 401, saying no more. */
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException exception) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException exception) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception) {
        return Problem.of(Response.Status.FORBIDDEN, "This needs a role the token does not carry.")
                .toResponse();
    }

    private static Response unauthorized() {
        return Response.fromResponse(
                        Problem.of(
                                        Response.Status.UNAUTHORIZED,
                                        "This needs a valid bearer token (Authorization: Bearer ...).")
                                .toResponse())
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    /**
     * A form body with a malformed percent-escape ({@code time=%}): the JDK's URLDecoder, which reads
     * forms, says so with an IllegalArgumentException. Any other IllegalArgumentException is our bug.
     */
    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException exception) {
        if (exception.getMessage() != null && exception.getMessage().startsWith("URLDecoder:")) {
            return Problem.invalid(
                            "The form holds a malformed percent-escape (a '%' not followed by two hex digits).",
                            List.of())
                    .toResponse();
        }
        return serverError(Response.Status.INTERNAL_SERVER_ERROR, exception);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable throwable) {
        return serverError(Response.Status.INTERNAL_SERVER_ERROR, throwable);
    }

    private static Response serverError(Response.StatusType status, Throwable cause) {
        URI occurrence = URI.create("urn:uuid:" + UUID.randomUUID());
        LOG.errorf(
                cause, "Request failed with %d, logged as %s", status.getStatusCode(), occurrence);
        return Problem.of(
                        status,
                        "The server could not complete the request. Quote "
                                + occurrence
                                + " when reporting it.")
                .withInstance(occurrence)
                .toResponse();
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The field as the caller knows it. The method name is dropped; so is the name of a body
     * parameter when the violation is inside it ({@code create.body.name} becomes {@code name}),
     * while a query or path parameter keeps its own name ({@code list.carrier} becomes {@code carrier}).
     */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            // Hibernate Validator puts a list index or map key on the node after the container
            if (node.isInIterable() && !names.isEmpty()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    names.add(names.remove(names.size() - 1) + "[" + position + "]");
                }
            }
            boolean insideParameter =
                    node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1;
            boolean skipped =
                    node.getKind() == ElementKind.METHOD
                            || node.getKind() == ElementKind.CONSTRUCTOR
                            || node.getKind() == ElementKind.CONTAINER_ELEMENT
                            || insideParameter;
            if (!skipped && node.getName() != null && !node.getName().isEmpty()) {
                names.add(node.getName());
            }
        }
        return names.isEmpty() ? path.toString() : String.join(".", names);
    }

    private static String jsonPathOf(JsonMappingException exception) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
