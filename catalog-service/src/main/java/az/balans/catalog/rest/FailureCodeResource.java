package az.balans.catalog.rest;

import az.balans.catalog.mapping.CatalogMapper;
import az.balans.catalog.repository.FailureCode;
import az.balans.catalog.service.FailureCodeService;
import az.balans.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/failure-codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "failure-codes",
        description =
                "Failure codes of the top-up APIs and payment systems: cause, outcome, wait, source")
public class FailureCodeResource {

    private final FailureCodeService codes;
    private final RecordEndpoints<FailureCodeDto, FailureCode> records;

    FailureCodeResource(FailureCodeService codes) {
        this.codes = codes;
        this.records =
                new RecordEndpoints<>(
                        "failure code",
                        codes,
                        CatalogMapper::toDto,
                        CatalogMapper::toEntity,
                        "code",
                        body -> body.provider() + ":" + body.code());
    }

    @GET
    @Operation(
            operationId = "listFailureCodes",
            summary =
                    "Failure codes of the top-up APIs and payment systems, with the cause, the outcome "
                            + "(final, retryable or unknown), the wait before checking or retrying, and the source")
    public Page<FailureCodeDto> list(
            @QueryParam("provider") String provider,
            @QueryParam("code") String code,
            @QueryParam("cause")
                    @Pattern(
                            regexp = FailureCodeDto.CAUSES,
                            message = "must be one of " + FailureCodeDto.CAUSES)
                    String cause,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return CatalogMapper.toPage(
                codes.search(provider, code, cause, page, size), CatalogMapper::toDto);
    }

    @GET
    @Path("/{id}")
    @APIResponse(
            responseCode = "200",
            description = "The record; ETag is its version",
            content = @Content(schema = @Schema(implementation = FailureCodeDto.class)))
    @APIResponse(
            responseCode = "304",
            description = "Unchanged since the ETag given in If-None-Match")
    @Operation(
            operationId = "getFailureCode",
            summary =
                    "One failure code by provider:code (ding:ProviderTimedOut), with its version as ETag (If-None-Match gives 304)")
    public Response get(@PathParam("id") String id, @Context Request request) {
        return records.get(id, request);
    }

    @POST
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = FailureCodeDto.class)))
    @APIResponse(responseCode = "409", description = "A record with that id already exists")
    @Operation(
            operationId = "createFailureCode",
            summary = "Add a failure code; published to catalog-changes")
    public Response create(@Valid @NotNull FailureCodeDto body, @Context UriInfo uri) {
        return records.create(body, uri);
    }

    @PUT
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Path("/{id}")
    @APIResponse(
            responseCode = "200",
            description = "Replaced; ETag is its new version",
            content = @Content(schema = @Schema(implementation = FailureCodeDto.class)))
    @Operation(
            operationId = "updateFailureCode",
            summary =
                    "Replace a failure code; If-Match must carry the ETag of the version read (412 if it changed meanwhile)")
    public Response update(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FailureCodeDto body) {
        return records.update(id, ifMatch, body);
    }

    @DELETE
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Operation(
            operationId = "deleteFailureCode",
            summary = "Delete a failure code; If-Match must carry the ETag of the version read")
    public Response delete(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return records.delete(id, ifMatch);
    }
}
