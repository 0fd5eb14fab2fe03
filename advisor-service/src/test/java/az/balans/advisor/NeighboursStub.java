package az.balans.advisor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * catalog-service and history-service as WireMock stubs on one server: the catalog serves a fixture
 * snapshot (a small one, or the one named by the {@value #CATALOG_FIXTURE} init arg); history knows
 * nothing until a test says otherwise.
 */
public class NeighboursStub implements QuarkusTestResourceLifecycleManager {

    /** Init arg naming the catalog fixture on the classpath; the small one by default. */
    public static final String CATALOG_FIXTURE = "catalog";

    private WireMockServer server;
    private String catalogFixture = "/stubs/catalog.json";

    @Override
    public void init(Map<String, String> initArgs) {
        catalogFixture = initArgs.getOrDefault(CATALOG_FIXTURE, catalogFixture);
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(
                get("/catalog")
                        .atPriority(10)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withHeader("ETag", "\"fixture-7\"")
                                        .withBody(fixture(catalogFixture))));
        server.stubFor(
                get(urlPathMatching("/subscribers/.*/summary"))
                        .atPriority(10)
                        .willReturn(
                                aResponse()
                                        .withStatus(404)
                                        .withHeader("Content-Type", "application/problem+json")
                                        .withBody("{\"status\":404,\"title\":\"Not Found\"}")));
        server.stubFor(
                get("/channels/health")
                        .atPriority(10)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody("[]")));
        server.stubFor(
                get(urlPathMatching("/channels/health/series"))
                        .atPriority(10)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody("[]")));
        String url = "http://localhost:" + server.port();
        return Map.of(
                "quarkus.rest-client.catalog.url", url, "quarkus.rest-client.history.url", url);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                server,
                new TestInjector.AnnotatedAndMatchesType(
                        InjectNeighbours.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static String fixture(String resource) {
        try (InputStream in = NeighboursStub.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
