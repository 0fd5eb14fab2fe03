package az.balans.advisor.page;

import az.balans.advisor.i18n.Language;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What makes the page work offline after one visit, and installable: the service worker, the kept
 * copy of what needs no data (one per language), the web app manifest and its icons. All of it is
 * same-origin, under the page's CSP; nothing here carries a number.
 */
@Path("/")
public class OfflineResource {

    private final PageAssets assets;
    private final OfflinePacks packs;

    OfflineResource(PageAssets assets, OfflinePacks packs) {
        this.assets = assets;
        this.packs = packs;
    }

    /** Asked again on every visit online, so a catalog change reaches the kept copy then. */
    @GET
    @Path("offline/{language}.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response pack(@PathParam("language") String language) {
        if (!Language.SUPPORTED.contains(language)) {
            throw new NotFoundException("No kept copy in '" + language + "'");
        }
        return Response.ok(packs.pack(language))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    /** At the root, so that it may answer for the whole page; checked for a new version on every visit. */
    @GET
    @Path("sw.js")
    @Operation(hidden = true)
    public Response serviceWorker() {
        return fixed("sw.js", "no-cache");
    }

    @GET
    @Path("manifest.webmanifest")
    @Operation(hidden = true)
    public Response manifest() {
        return fixed("manifest.webmanifest", "public, max-age=86400");
    }

    @GET
    @Path("icons/{name:icon-(192|512)\\.png}")
    @Operation(hidden = true)
    public Response icon(@PathParam("name") String name) {
        return fixed(name, "public, max-age=86400");
    }

    private Response fixed(String name, String cacheControl) {
        PageAssets.Asset asset = assets.fixed(name);
        return Response.ok(asset.bytes(), asset.mediaType())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .build();
    }
}
