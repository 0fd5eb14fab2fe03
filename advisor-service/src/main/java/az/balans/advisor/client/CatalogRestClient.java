package az.balans.advisor.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service's whole catalog; reached only through {@link CatalogGateway}. */
@RegisterRestClient(configKey = "catalog")
@Path("/catalog")
interface CatalogRestClient {

    /** The whole catalog, or 304 when {@code etag} is still current. */
    @GET
    Response snapshot(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String etag);
}
