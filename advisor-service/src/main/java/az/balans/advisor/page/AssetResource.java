package az.balans.advisor.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The page's assets, immutable under their content hash. */
@Path("/assets")
public class AssetResource {

    private final PageAssets assets;

    AssetResource(PageAssets assets) {
        this.assets = assets;
    }

    @GET
    @Path("/{hash}/{name}")
    @Operation(hidden = true)
    public Response asset(@PathParam("hash") String hash, @PathParam("name") String name) {
        PageAssets.Asset asset =
                assets.find(hash, name)
                        .orElseThrow(
                                () -> new NotFoundException("No asset " + name + " at " + hash));
        return Response.ok(asset.bytes(), asset.mediaType())
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                .build();
    }
}
