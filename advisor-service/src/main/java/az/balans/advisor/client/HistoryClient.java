package az.balans.advisor.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

@RegisterRestClient(configKey = "history")
public interface HistoryClient {

    @GET
    @Path("/subscribers/{msisdn}/summary")
    HistorySummary summary(@PathParam("msisdn") String msisdn);

    @GET
    @Path("/channels/health")
    List<ChannelHealth> channelHealth();
}
