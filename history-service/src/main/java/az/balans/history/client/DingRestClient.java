package az.balans.history.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Ding Connect's transfer records (https://api.dingconnect.com/api/V1/ListTransferRecords),
 * authenticated with the partner's key in the api_key header (Ding's API Description,
 * "Authentication"). The answer is read as bytes: the models generated from Ding's document read it.
 */
@RegisterRestClient(configKey = "ding")
@Path("/api/V1")
interface DingRestClient {

    @POST
    @Path("/ListTransferRecords")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    byte[] listTransferRecords(@HeaderParam("api_key") String apiKey, Map<String, Object> query);
}
