package az.balans.history;

import az.balans.testsupport.BadInputSweep;
import az.balans.testsupport.TestTokens;
import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
@WithPostgres
@WithKafka
class BadInputSweepTest extends BadInputSweep {

    @Override
    protected List<String> validTokens() {
        return List.of(
                TestTokens.withRole("support-agent"), TestTokens.subscriber("+994501234567"));
    }
}
