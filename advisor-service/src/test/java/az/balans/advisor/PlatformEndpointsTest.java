package az.balans.advisor;

import az.balans.local.infra.test.PlatformEndpointsContract;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;

@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsContract {

    @Override
    protected String serviceName() {
        return "advisor-service";
    }

    @Override
    protected List<String> readinessChecks() {
        return List.of();
    }
}
