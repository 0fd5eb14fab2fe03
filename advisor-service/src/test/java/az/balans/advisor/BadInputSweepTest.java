package az.balans.advisor;

import az.balans.testsupport.BadInputSweep;
import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithKafka;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
@WithKafka
@WithTestResource(value = NeighboursStub.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class BadInputSweepTest extends BadInputSweep {

    @Override
    protected List<String> validTokens() {
        return List.of(
                TestTokens.withRole("support-agent"), TestTokens.subscriber("+994501234567"));
    }

    @Override
    protected List<String> pageRoutes() {
        return List.of(
                "GET /",
                "POST / number method amount city day time action",
                "GET /failed",
                "POST /failed number channel amount description failureCode attemptId action",
                "GET /status");
    }
}
