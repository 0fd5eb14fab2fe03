package az.balans.catalog.rest;

import az.balans.catalog.repository.CatalogRecord;
import az.balans.catalog.service.CatalogRecordService;
import az.balans.catalog.service.ExpectedVersion;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;

/**
 * What every catalog resource does over HTTP to one record, in one place: read it with its ETag,
 * create it (201 with Location), replace it and delete it under If-Match. Each resource declares
 * its own operations (their names, examples and schemas are its contract) and calls these.
 *
 * @param kind the record's kind as a person reads it: "number range"
 * @param idField the body's field that holds the id, named when it is missing or disagrees
 * @param idOf the id a body names (a failure code's is {@code provider:code})
 */
record RecordEndpoints<D, R extends CatalogRecord>(
        String kind,
        CatalogRecordService<R> service,
        Function<R, D> toDto,
        Function<D, R> toEntity,
        String idField,
        Function<D, String> idOf) {

    Response get(String id, Request request) {
        R found =
                service.find(id)
                        .orElseThrow(
                                () ->
                                        new NotFoundException(
                                                "No " + kind + " with id '" + id + "'"));
        return Preconditions.read(toDto.apply(found), found.version, request);
    }

    Response create(D body, UriInfo uri) {
        Preconditions.requireId(idField, idOf.apply(body));
        R created = service.create(toEntity.apply(body));
        return Preconditions.created(
                uri.getAbsolutePathBuilder().path(created.key()).build(),
                toDto.apply(created),
                created.version);
    }

    Response update(String id, String ifMatch, D body) {
        Preconditions.requireSameId(idField, id, idOf.apply(body));
        ExpectedVersion expected = Preconditions.ifMatch(ifMatch);
        R updated = service.replace(id, expected, toEntity.apply(body));
        return Preconditions.updated(toDto.apply(updated), updated.version);
    }

    Response delete(String id, String ifMatch) {
        service.delete(id, Preconditions.ifMatch(ifMatch));
        return Response.noContent().build();
    }
}
