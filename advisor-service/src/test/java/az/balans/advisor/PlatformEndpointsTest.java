package az.balans.advisor;

import az.balans.testsupport.PlatformEndpointsContract;
import az.balans.testsupport.WithKafka;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
@WithKafka
@WithTestResource(value = NeighboursStub.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class PlatformEndpointsTest extends PlatformEndpointsContract {

    @Override
    protected String serviceName() {
        return "advisor-service";
    }

    @Override
    protected List<String> readinessChecks() {
        return List.of("catalog snapshot");
    }
}
