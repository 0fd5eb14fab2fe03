package az.balans.advisor;

import static org.awaitility.Awaitility.await;

import az.balans.advisor.channel.LiveChannelHealth;
import az.balans.testsupport.Management;
import az.balans.testsupport.WithKafka;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the advisor's {@code @QuarkusTest}s against stubbed neighbours: each test starts with the
 * catalog loaded, a closed circuit to history, live health fetched, and only the stub's defaults (a test's own stubs,
 * at a priority below 10, are removed after it).
 */
@WithKafka
@WithTestResource(value = NeighboursStub.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
public abstract class StubbedNeighboursTest {

    @InjectNeighbours protected WireMockServer neighbours;

    @Inject CircuitBreakerMaintenance circuitBreakers;

    @Inject protected LiveChannelHealth liveHealth;

    @BeforeEach
    void catalogLoadedAndCircuitsClosed() {
        // the failures one test provokes must not leave the next one facing an open circuit
        circuitBreakers.resetAll();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Management.given().get("/q/health/ready").statusCode() == 200);
        // live health as the stub's defaults say (none yet); a test that stubs health refreshes it
        // again
        liveHealth.refresh();
    }

    @AfterEach
    void forgetTestStubs() {
        neighbours.getStubMappings().stream()
                .filter(stub -> stub.getPriority() == null || stub.getPriority() < 10)
                .forEach(neighbours::removeStub);
    }
}
