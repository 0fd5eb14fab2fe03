package az.balans.advisor.client;

import io.quarkus.arc.Arc;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** history-service's HTTP API as the advisor calls it: only through {@link HistoryGateway}, never directly. */
@RegisterRestClient(configKey = "history")
@ClientHeaderParam(name = "Authorization", value = "{serviceBearer}")
interface HistoryRestClient {

    /** Every call to history carries the advisor's service token, never the caller's. */
    default String serviceBearer() {
        return Arc.container().instance(ServiceToken.class).get().bearer();
    }

    @GET
    @Path("/subscribers/{msisdn}/summary")
    HistorySummary summary(@PathParam("msisdn") String msisdn);

    @GET
    @Path("/attempts/{attemptId}")
    HistoryAttempt attempt(@PathParam("attemptId") String attemptId);

    @GET
    @Path("/subscribers/{msisdn}/recharges")
    HistoryAttempt.Page recharges(
            @PathParam("msisdn") String msisdn, @QueryParam("limit") int limit);

    @GET
    @Path("/channels/health")
    List<ChannelHealth> channelHealth();

    @GET
    @Path("/channels/health/series")
    List<ChannelHealthSeries> channelHealthSeries(
            @QueryParam("window") String window, @QueryParam("step") String step);
}
