package az.balans.history.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service's public channel list; only what history needs of it is read. */
@RegisterRestClient(configKey = "catalog")
@Path("/channels")
interface CatalogRestClient {

    record Channel(String id, Integer minutesToCredit) {}

    record Page(List<Channel> items, int page, int size, long total) {}

    @GET
    Page channels(@QueryParam("page") int page, @QueryParam("size") int size);
}
