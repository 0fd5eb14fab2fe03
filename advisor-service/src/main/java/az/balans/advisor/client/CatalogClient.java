package az.balans.advisor.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "catalog")
@Path("/catalog")
public interface CatalogClient {

    /** The whole catalog, or 304 when {@code etag} is still current. */
    @GET
    Response snapshot(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String etag);
}
