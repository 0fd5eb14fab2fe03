package az.balans.history.health;

import az.balans.history.config.HistoryConfig;
import az.balans.history.service.IngestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether recharge events are reaching the store. Anyone may call the probes, so they say what is
 * waited for and since when, never an exception's text.
 */
public final class IngestHealth {

    private static final String NAME = "recharge-events ingest";

    private IngestHealth() {}

    /** Not ready while a batch waits for the database or the broker. */
    @Readiness
    @ApplicationScoped
    static class Ready implements HealthCheck {

        private final IngestStatus status;

        Ready(IngestStatus status) {
            this.status = status;
        }

        @Override
        public HealthCheckResponse call() {
            return status.stall()
                    .map(
                            stall ->
                                    HealthCheckResponse.named(NAME)
                                            .down()
                                            .withData("waiting for", stall.waitingFor())
                                            .withData("since", stall.since().toString())
                                            .build())
                    .orElseGet(() -> HealthCheckResponse.up(NAME));
        }
    }

    /**
     * Alive while it can still recover by itself: only a batch held longer than
     * {@code history.ingest.stuck-after} asks for a restart.
     */
    @Liveness
    @ApplicationScoped
    static class Live implements HealthCheck {

        private final IngestStatus status;
        private final Duration stuckAfter;

        @Inject
        Live(IngestStatus status, HistoryConfig config) {
            this(status, config.ingest().stuckAfter());
        }

        Live(IngestStatus status, Duration stuckAfter) {
            this.status = status;
            this.stuckAfter = stuckAfter;
        }

        @Override
        public HealthCheckResponse call() {
            HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
            status.stall()
                    .ifPresent(
                            stall -> {
                                response.withData("waiting for", stall.waitingFor())
                                        .withData("since", stall.since().toString());
                                if (Duration.between(stall.since(), status.now())
                                                .compareTo(stuckAfter)
                                        > 0) {
                                    response.down();
                                }
                            });
            return response.build();
        }
    }
}
