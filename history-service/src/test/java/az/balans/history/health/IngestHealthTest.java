package az.balans.history.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import az.balans.history.TestClock;
import az.balans.history.service.IngestStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Readiness falls at the first failure to store; liveness only when one batch has waited past the bound. */
class IngestHealthTest {

    private static final Instant OUTAGE_BEGAN = Instant.parse("2026-11-26T01:00:00Z");

    private final TestClock clock = new TestClock();
    private final IngestStatus status = new IngestStatus(clock);
    private final IngestHealth.Ready ready = new IngestHealth.Ready(status);
    private final IngestHealth.Live live = new IngestHealth.Live(status, Duration.ofMinutes(10));

    @BeforeEach
    void outageBegins() {
        clock.set(OUTAGE_BEGAN);
    }

    @Test
    void aWaitingBatchIsNotReadyButAliveUntilTheBoundThenAskedToRestart() {
        assertEquals(HealthCheckResponse.Status.UP, ready.call().getStatus());

        status.waitingFor("the database");
        clock.set(OUTAGE_BEGAN.plus(Duration.ofMinutes(9)));
        status.waitingFor("the database");

        HealthCheckResponse notReady = ready.call();
        assertEquals(HealthCheckResponse.Status.DOWN, notReady.getStatus());
        assertEquals(
                Map.of("waiting for", "the database", "since", "2026-11-26T01:00:00Z"),
                notReady.getData().orElseThrow());
        assertEquals(
                HealthCheckResponse.Status.UP,
                live.call().getStatus(),
                "nine minutes: it can still recover by itself");

        clock.set(OUTAGE_BEGAN.plus(Duration.ofMinutes(10)).plusSeconds(1));
        assertEquals(
                HealthCheckResponse.Status.DOWN,
                live.call().getStatus(),
                "past the bound: a restart is the last resort");

        status.flowing();
        assertEquals(HealthCheckResponse.Status.UP, ready.call().getStatus());
        assertEquals(HealthCheckResponse.Status.UP, live.call().getStatus());
    }

    @Test
    void aStallThatMovesFromTheDatabaseToTheBrokerKeepsItsStart() {
        status.waitingFor("the database");
        clock.set(OUTAGE_BEGAN.plusSeconds(30));
        status.waitingFor("the broker (dead letters)");

        assertEquals(
                Map.of("waiting for", "the broker (dead letters)", "since", "2026-11-26T01:00:00Z"),
                ready.call().getData().orElseThrow());
    }
}
