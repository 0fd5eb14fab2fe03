package az.balans.catalog;

import az.balans.local.infra.test.BadInputSweep;
import az.balans.local.infra.test.TestTokens;
import az.balans.local.infra.test.WithKafka;
import az.balans.local.infra.test.WithPostgres;
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
