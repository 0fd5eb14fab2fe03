package az.balans.catalog.rest;

import az.balans.catalog.mapping.CatalogMapper;
import az.balans.catalog.repository.Carrier;
import az.balans.catalog.service.CarrierService;
import az.balans.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

@Path("/carriers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "carriers",
        description =
                "Mobile carriers and other holders of Azerbaijani number ranges, retired ones included")
public class CarrierResource {

    private final CarrierService carriers;
    private final RecordEndpoints<CarrierDto, Carrier> records;

    CarrierResource(CarrierService carriers) {
        this.carriers = carriers;
        this.records =
                new RecordEndpoints<>(
                        "carrier",
                        carriers,
                        CatalogMapper::toDto,
                        CatalogMapper::toEntity,
                        "id",
                        CarrierDto::id);
    }

    @GET
    @Operation(
            operationId = "listCarriers",
            summary =
                    "Every carrier that holds or held Azerbaijani number ranges, retired ones included")
    public Page<CarrierDto> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return CatalogMapper.toPage(carriers.list(page, size), CatalogMapper::toDto);
    }

    @GET
    @Path("/{id}")
    @APIResponse(
            responseCode = "200",
            description = "The record; ETag is its version",
            content = @Content(schema = @Schema(implementation = CarrierDto.class)))
    @APIResponse(
            responseCode = "304",
            description = "Unchanged since the ETag given in If-None-Match")
    @Operation(
            operationId = "getCarrier",
            summary = "One carrier, with its version as ETag (If-None-Match gives 304)")
    public Response get(@PathParam("id") String id, @Context Request request) {
        return records.get(id, request);
    }

    @POST
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = CarrierDto.class)))
    @APIResponse(responseCode = "409", description = "A record with that id already exists")
    @Operation(
            operationId = "createCarrier",
            summary = "Add a carrier; published to catalog-changes")
    public Response create(@Valid @NotNull CarrierDto body, @Context UriInfo uri) {
        return records.create(body, uri);
    }

    @PUT
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Path("/{id}")
    @APIResponse(
            responseCode = "200",
            description = "Replaced; ETag is its new version",
            content = @Content(schema = @Schema(implementation = CarrierDto.class)))
    @Operation(
            operationId = "updateCarrier",
            summary =
                    "Replace a carrier; If-Match must carry the ETag of the version read (412 if it changed meanwhile)")
    public Response update(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CarrierDto body) {
        return records.update(id, ifMatch, body);
    }

    @DELETE
    @RolesAllowed(Roles.CATALOG_ADMIN)
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "Deleted")
    @Operation(
            operationId = "deleteCarrier",
            summary = "Delete a carrier; If-Match must carry the ETag of the version read")
    public Response delete(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return records.delete(id, ifMatch);
    }
}
