package az.balans.history;

import static org.awaitility.Awaitility.await;

import az.balans.testsupport.InjectKafkaBroker;
import az.balans.testsupport.Management;
import az.balans.testsupport.RestartableKafkaBroker;
import az.balans.testsupport.WithPostgres;
import az.balans.testsupport.WithRestartableKafka;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The broker restarts in the middle of a steady feed, and history is not restarted: its consumer
 * and its dead-letter producer reconnect by themselves, and every event ends stored once or
 * dead-lettered once.
 */
@QuarkusTest
@WithPostgres
@WithRestartableKafka
class BrokerRestartDrillTest {

    private static final Duration OUTAGE = Duration.ofSeconds(6);

    @InjectKafkaBroker RestartableKafkaBroker broker;

    @Inject AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void ingestAndDeadLettersResumeAfterABrokerRestart() throws Exception {
        DrillLedger.refuseMarkedEvents(dataSource);
        String run = "broker-drill-" + UUID.randomUUID().toString().substring(0, 8);
        try (RechargeTopics topics = new RechargeTopics(bootstrapServers);
                SteadyFeed feed = new SteadyFeed(bootstrapServers, run, 2000, true, 300)) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> DrillLedger.storedEvents(dataSource, run) > 300);

            broker.stop();
            // the broker stays away a while; the feed's producer holds what it sends meanwhile, as
            // a payment system's would
            Thread.sleep(OUTAGE.toMillis());
            broker.start();

            DrillLedger.assertBalanced(feed, dataSource, topics, run, Duration.ofSeconds(180));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> Management.given().get("/q/health/ready").then().statusCode(200));
        }
    }
}
