package az.balans.advisor.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

@RegisterRestClient(configKey = "history")
public interface HistoryClient {

    @GET
    @Path("/subscribers/{msisdn}/summary")
    HistorySummary summary(@PathParam("msisdn") String msisdn);

    @GET
    @Path("/attempts/{attemptId}")
    HistoryAttempt attempt(@PathParam("attemptId") String attemptId);

    @GET
    @Path("/subscribers/{msisdn}/recharges")
    HistoryAttempt.Page recharges(@PathParam("msisdn") String msisdn, @QueryParam("limit") int limit);

    @GET
    @Path("/channels/health")
    List<ChannelHealth> channelHealth();
}
