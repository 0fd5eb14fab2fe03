package az.balans.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouteTemplatesOnlyTest {

    @Path("/numbers")
    static class Numbers {
        @GET
        @Path("/{input}")
        public String lookup(@PathParam("input") String input) {
            return input;
        }

        @POST
        public void create() {}

        @GET
        @Path("{id : [0-9]+}/history/")
        public String history(@PathParam("id") String id) {
            return id;
        }

        /** Not an endpoint: no HTTP method. */
        @Path("/ignored")
        public String helper() {
            return "";
        }
    }

    @Test
    void aResourcesTemplatesAreWrittenAsTheUriTagWritesThem() {
        assertEquals(
                Set.of("/numbers/{input}", "/numbers", "/numbers/{id}/history"),
                RouteTemplatesOnly.templatesOf(Numbers.class));
        assertEquals(Set.of(), RouteTemplatesOnly.templatesOf(String.class));
    }
}
