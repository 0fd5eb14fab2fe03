package az.balans.advisor.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.advisor.StubbedNeighboursTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gateway to the catalog: a new snapshot with its ETag, none while the one held is current, or that it could not be asked. */
@QuarkusTest
class CatalogGatewayTest extends StubbedNeighboursTest {

    @Inject CatalogGateway catalog;

    @Test
    void withNothingHeldTheWholeCatalogComesWithItsETag() {
        Answer<Optional<CatalogGateway.Fetched>> answer = catalog.snapshotIfChanged(null);
        assertTrue(answer.available());
        CatalogGateway.Fetched fetched = answer.value().orElseThrow();
        // the stub's Jetty marks the tag of a gzipped answer ("fixture-7--gzip"), and takes the
        // mark off If-None-Match
        assertTrue(fetched.etag().startsWith("\"fixture-7"), fetched.etag());
        assertTrue(
                fetched.snapshot().carrier("azercell").isPresent(),
                "the fixture's carriers are in the snapshot");
    }

    @Test
    void whileTheHeldOneIsCurrentNothingNewComes() {
        neighbours.stubFor(
                get("/catalog")
                        .withHeader("If-None-Match", equalTo("\"fixture-7\""))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(304)));
        Answer<Optional<CatalogGateway.Fetched>> answer =
                catalog.snapshotIfChanged("\"fixture-7\"");
        assertTrue(answer.available());
        assertEquals(Optional.empty(), answer.value());
    }

    @Test
    void aCatalogThatFailsIsUnavailableNotAnEmptyCatalog() {
        neighbours.stubFor(get("/catalog").atPriority(1).willReturn(aResponse().withStatus(503)));
        Answer<Optional<CatalogGateway.Fetched>> answer =
                catalog.snapshotIfChanged("\"fixture-7\"");
        assertFalse(answer.available());
        assertEquals(Optional.empty(), answer.value());
    }
}
