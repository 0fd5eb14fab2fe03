package az.balans.history;

import az.balans.testsupport.PlatformEndpointsContract;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
@WithPostgres
@WithKafka
class PlatformEndpointsTest extends PlatformEndpointsContract {

    @Override
    protected String serviceName() {
        return "history-service";
    }

    @Override
    protected List<String> readinessChecks() {
        return List.of("database", "recharge-events ingest");
    }
}
