package az.balans.advisor;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import az.balans.testsupport.InjectKafkaBroker;
import az.balans.testsupport.Management;
import az.balans.testsupport.RestartableKafkaBroker;
import az.balans.testsupport.WithRestartableKafka;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * The broker restarts and the advisor is not restarted: meanwhile it answers from its catalog
 * snapshot and stays ready; afterwards its catalog-changes consumer hears changes again.
 */
@QuarkusTest
@WithRestartableKafka
@WithTestResource(value = NeighboursStub.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
@TestProfile(CatalogChangesAfterBrokerRestartTest.OnlyEventsRefresh.class)
class CatalogChangesAfterBrokerRestartTest {

    /** No periodic check of the catalog during the test: a refresh can only come from an event. */
    public static class OnlyEventsRefresh implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("advisor.catalog.poll-interval", "1h");
        }
    }

    @InjectKafkaBroker RestartableKafkaBroker broker;

    @InjectNeighbours WireMockServer neighbours;

    @Test
    void servesFromItsSnapshotWhileTheBrokerIsAwayAndHearsChangesAfter() throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Management.given().get("/q/health/ready").statusCode() == 200);

        broker.stop();
        try {
            Management.given().get("/q/health/ready").then().statusCode(200);
            given().when()
                    .get("/numbers/{n}", "0501234567")
                    .then()
                    .statusCode(200)
                    .body("rangeHolder.id", equalTo("azercell"));
        } finally {
            broker.start();
        }

        int fetchesBefore = catalogFetches();
        try (KafkaCompanion companion = new KafkaCompanion(broker.bootstrapServers())) {
            // until the consumer, reconnected, hears one and fetches the catalog again
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(
                            () -> {
                                companion
                                        .produceStrings()
                                        .fromRecords(
                                                new ProducerRecord<>(
                                                        "catalog-changes",
                                                        "carrier:azercell",
                                                        "{\"entity\":\"carrier\",\"id\":\"azercell\",\"change\":\"updated\"}"))
                                        .awaitCompletion();
                                return catalogFetches() > fetchesBefore;
                            });
        }
    }

    private int catalogFetches() {
        return neighbours
                .countRequestsMatching(getRequestedFor(urlEqualTo("/catalog")).build())
                .getCount();
    }
}
