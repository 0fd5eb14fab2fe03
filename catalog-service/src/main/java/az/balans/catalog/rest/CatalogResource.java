package az.balans.catalog.rest;

import az.balans.catalog.mapping.CatalogMapper;
import az.balans.catalog.service.FactAudit;
import az.balans.platform.security.Roles;
import az.balans.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/catalog")
@Tag(name = "catalog", description = "The whole catalog in one document, with a strong ETag")
public class CatalogResource {

    private final CatalogDocument document;
    private final FactAudit audit;

    CatalogResource(CatalogDocument document, FactAudit audit) {
        this.document = document;
        this.audit = audit;
    }

    @GET
    @Path("/audit")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Operation(
            operationId = "auditCatalogFacts",
            summary =
                    "The editors' worklist: every fact of every channel, carrier and failure code with "
                            + "its status (confirmed, reported, unknown) and the age of its page; the unknown first, then the stale, oldest first")
    public List<AuditedFactDto> audit() {
        return audit.worklist().stream().map(CatalogMapper::toDto).toList();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getCatalog",
            summary =
                    "The whole catalog, with a strong ETag; If-None-Match with that ETag gives 304 while nothing changed")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = CatalogSnapshot.class)))
    @APIResponse(
            responseCode = "304",
            description = "Unchanged since the ETag given in If-None-Match")
    public Response snapshot(@Context Request request) {
        CatalogDocument.Rendered rendered = document.current();
        EntityTag etag = new EntityTag(rendered.etag());
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null
                && notModified.build().getStatus()
                        == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            // an If-Match naming another version: the caller's copy is not the current one
            return Response.fromResponse(
                            Problem.of(
                                            Response.Status.PRECONDITION_FAILED,
                                            "If-Match names another version of the catalog than the current one.")
                                    .toResponse())
                    .tag(etag)
                    .build();
        }
        Response.ResponseBuilder response =
                notModified != null
                        ? notModified
                        : Response.ok(rendered.json(), MediaType.APPLICATION_JSON_TYPE);
        return response.tag(etag).cacheControl(revalidate).build();
    }
}
