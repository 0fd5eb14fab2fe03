package az.balans.advisor.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "history")
@Path("/subscribers")
public interface HistoryClient {

    @GET
    @Path("/{msisdn}/summary")
    HistorySummary summary(@PathParam("msisdn") String msisdn);
}
