package az.balans.catalog.rest;

import az.balans.catalog.service.ExpectedVersion;
import az.balans.problem.InvalidFieldException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Optimistic locking over HTTP: a record's strong ETag is its version; PUT and DELETE must send
 * it back in If-Match (428 without it, 412 when it is stale); GET answers If-None-Match with 304.
 */
final class Preconditions {

    private static final int PRECONDITION_REQUIRED = 428;

    private Preconditions() {}

    static ExpectedVersion ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new ClientErrorException(
                    "Send If-Match with the ETag of the version you read, so a change made "
                            + "meanwhile is not overwritten",
                    PRECONDITION_REQUIRED);
        }
        String value = header.trim();
        if (value.equals("*")) {
            return ExpectedVersion.ANY;
        }
        if (value.startsWith("\"") && value.endsWith("\"") && value.length() > 2) {
            try {
                return new ExpectedVersion(Long.parseLong(value.substring(1, value.length() - 1)));
            } catch (NumberFormatException e) {
                // not one of our ETags: it cannot match
            }
        }
        throw new ClientErrorException(
                "If-Match " + value + " is not the ETag of any version of this record",
                Response.Status.PRECONDITION_FAILED);
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the record and its ETag, or 304 when the caller's If-None-Match already has this version. */
    static Response read(Object dto, long version, Request request) {
        EntityTag etag = etag(version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        return (notModified != null ? notModified : Response.ok(dto)).tag(etag).build();
    }

    static Response created(URI location, Object dto, long version) {
        return Response.created(location).entity(dto).tag(etag(version)).build();
    }

    static Response updated(Object dto, long version) {
        return Response.ok(dto).tag(etag(version)).build();
    }

    /** On create the id comes in the body; it is required there. */
    static void requireId(String field, String bodyId) {
        if (bodyId == null) {
            throw new InvalidFieldException(field, "is required");
        }
    }

    /** On PUT the id comes from the path; a body that names another one is a mistake worth saying. */
    static void requireSameId(String field, String pathId, String bodyId) {
        if (bodyId != null && !bodyId.equals(pathId)) {
            throw new InvalidFieldException(
                    field, "must be the id in the path ('" + pathId + "') or left out");
        }
    }
}
