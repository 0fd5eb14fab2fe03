package az.balans.catalog.rest;

import az.balans.catalog.service.CarrierService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/carriers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "carriers")
public class CarrierResource {

    private final CarrierService carriers;

    CarrierResource(CarrierService carriers) {
        this.carriers = carriers;
    }

    @GET
    @Operation(summary = "Every carrier that holds or held Azerbaijani number ranges, retired ones included")
    public List<CarrierResponse> list() {
        return carriers.findAll().stream().map(CarrierResponse::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One carrier by its stable id, such as azercell")
    public CarrierResponse get(@PathParam("id") String id) {
        return carriers.findById(id).map(CarrierResponse::of)
                .orElseThrow(() -> new NotFoundException("No carrier with id '" + id + "'"));
    }
}
