package az.balans.history;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Ding Connect as a stub, for the poller: the test says what ListTransferRecords answers. Polls
 * run when the test asks (the schedule is an hour), two records a page, two requests a poll.
 */
public class DingStub implements QuarkusTestResourceLifecycleManager {

    public static final String API_KEY = "ding-test-key";
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        return Map.of(
                "quarkus.rest-client.ding.url", "http://localhost:" + server.port(),
                "balans.providers.ding.api-key", API_KEY,
                "balans.providers.ding.poll-every", "1h",
                "balans.providers.ding.page-size", "2",
                "balans.providers.ding.max-requests-per-poll", "2",
                "balans.providers.ding.requests-per-second", "20");
    }

    public static WireMockServer server() {
        return server;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
