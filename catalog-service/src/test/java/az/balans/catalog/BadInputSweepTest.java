package az.balans.catalog;

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
        return List.of(TestTokens.withRole("catalog-admin"), TestTokens.withRole("support-agent"));
    }
}
