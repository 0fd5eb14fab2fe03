package az.balans.history;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * catalog-service as a stub, with three channels' times to credit: 5 minutes, 60 minutes and 5
 * minutes; its first answer is a 503.
 */
public class CatalogStub implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        // the first call fails, as a catalog restarting would: history's gateway asks again, and
        // the
        // reconciliation queue's times to credit come from the catalog all the same
        server.stubFor(
                get(urlPathEqualTo("/channels"))
                        .inScenario("restarting")
                        .whenScenarioStateIs(STARTED)
                        .willReturn(aResponse().withStatus(503))
                        .willSetStateTo("up"));
        server.stubFor(
                get(urlPathEqualTo("/channels"))
                        .inScenario("restarting")
                        .whenScenarioStateIs("up")
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                """
                        {"items":[{"id":"recon-fast","minutesToCredit":5},{"id":"recon-slow","minutesToCredit":60},
                                  {"id":"recon-live","minutesToCredit":5},{"id":"recon-unknown-time","minutesToCredit":null}],
                         "page":0,"size":200,"total":4}""")));
        return Map.of("quarkus.rest-client.catalog.url", "http://localhost:" + server.port());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
