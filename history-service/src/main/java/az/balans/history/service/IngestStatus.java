package az.balans.history.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Whether recharge events are flowing into the store, or since when the ingest has been waiting for what. */
@ApplicationScoped
public class IngestStatus {

    /** The ingest is holding a batch until {@code waitingFor} is back, and has been since {@code since}. */
    public record Stall(String waitingFor, Instant since) {}

    private final Clock clock;
    private volatile Stall stall;

    public IngestStatus(Clock clock) {
        this.clock = clock;
    }

    /** Keeps the time the stall began when it goes on for the same reason. */
    public void waitingFor(String dependency) {
        Stall current = stall;
        if (current == null || !current.waitingFor().equals(dependency)) {
            stall = new Stall(dependency, current == null ? clock.instant() : current.since());
        }
    }

    public void flowing() {
        stall = null;
    }

    public Optional<Stall> stall() {
        return Optional.ofNullable(stall);
    }

    public Instant now() {
        return clock.instant();
    }
}
