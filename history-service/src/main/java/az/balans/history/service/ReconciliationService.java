package az.balans.history.service;

import az.balans.history.config.HistoryConfig;
import az.balans.history.repository.Attempt;
import az.balans.history.repository.AttemptRepository;
import az.balans.platform.metrics.ReadAtScrape;
import az.balans.problem.DomainException;
import az.balans.problem.InvalidFieldException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The support agents' reconciliation queue, across every channel: top-ups still requested past
 * their channel's time to credit (the catalog's figure, or the live 90th percentile when that is
 * larger), and top-ups that saw both a success and a failure. Both counts are metrics, so an alert
 * can fire before anyone complains.
 */
@ApplicationScoped
@Startup
public class ReconciliationService {

    /** An attempt in the queue, and when it was due (null where it is there for a contradiction, not for being late). */
    public record QueuedAttempt(Attempt attempt, Instant dueAt) {}

    private final AttemptRepository attempts;
    private final ChannelTimesToCredit timesToCredit;
    private final HistoryConfig config;
    private final Clock clock;
    private final ObjectMapper json;
    private final AuditTrail audit;

    ReconciliationService(
            AttemptRepository attempts,
            ChannelTimesToCredit timesToCredit,
            HistoryConfig config,
            Clock clock,
            ObjectMapper json,
            MeterRegistry registry,
            AuditTrail audit) {
        this.audit = audit;
        this.attempts = attempts;
        this.timesToCredit = timesToCredit;
        this.config = config;
        this.clock = clock;
        this.json = json;
        // the partial indexes keep these small enough to count at each scrape
        ReadAtScrape.register(
                registry,
                "balans.attempts.overdue",
                "Top-ups still requested past their channel's time to credit",
                () -> QuarkusTransaction.requiringNew().call(this::countOverdue));
        ReadAtScrape.register(
                registry,
                "balans.attempts.contradictory",
                "Top-ups that saw both a success and a failure, or events naming different numbers",
                () -> QuarkusTransaction.requiringNew().call(this::countContradictory));
    }

    /** What support may record having found and done about an attempt. */
    public static final Set<String> FINDINGS =
            Set.of(
                    "credited-late",
                    "refunded-by-provider",
                    "customer-told",
                    "escalated-to-carrier");

    /**
     * Records what support found and did about an attempt: it is kept with the attempt, written to
     * the audit trail, and takes the attempt out of both queues. Recorded again, it replaces the
     * last one (the trail keeps both).
     */
    @Transactional
    public Attempt resolve(String attemptId, String finding, String note, Actor actor) {
        if (!FINDINGS.contains(finding)) {
            throw new InvalidFieldException(
                    "finding",
                    "must be one of " + String.join(", ", FINDINGS.stream().sorted().toList()));
        }
        Attempt attempt =
                attempts.findByIdOptional(attemptId)
                        .orElseThrow(
                                () ->
                                        new DomainException.NotFound(
                                                "No attempt with id '" + attemptId + "'"));
        attempt.resolutionFinding = finding;
        attempt.resolutionNote = note == null || note.isBlank() ? null : note.strip();
        attempt.resolvedBy = actor.name();
        attempt.resolvedAt = clock.instant();
        audit.change(actor, AuditAction.RESOLVE_ATTEMPT, attempt.msisdn, attemptId);
        return attempt;
    }

    /** A page of the overdue queue ({@code overdue}) or of the contradictory one, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttemptSlice<QueuedAttempt> queue(
            boolean overdue, AttemptRepository.Position after, int size) {
        // one more than asked tells whether there is a next page
        List<QueuedAttempt> found =
                overdue
                        ? overdue(after, size + 1)
                        : attempts.contradictory(after, size + 1).stream()
                                .map(attempt -> new QueuedAttempt(attempt, null))
                                .toList();
        return AttemptSlice.of(found, size, QueuedAttempt::attempt);
    }

    private List<QueuedAttempt> overdue(AttemptRepository.Position after, int limit) {
        Instant now = clock.instant();
        List<AttemptRepository.Overdue> due =
                attempts.overdue(
                        catalogSeconds(),
                        unknownSeconds(),
                        now.minus(config.reconciliation().liveWindow()),
                        now,
                        after,
                        limit);
        Map<String, Instant> dueAt = new LinkedHashMap<>();
        due.forEach(overdue -> dueAt.put(overdue.attemptId(), overdue.dueAt()));
        return attempts.inOrder(List.copyOf(dueAt.keySet())).stream()
                .map(attempt -> new QueuedAttempt(attempt, dueAt.get(attempt.attemptId)))
                .toList();
    }

    private double countOverdue() {
        Instant now = clock.instant();
        return attempts.countOverdue(
                catalogSeconds(),
                unknownSeconds(),
                now.minus(config.reconciliation().liveWindow()),
                now);
    }

    private double countContradictory() {
        return attempts.countContradictory();
    }

    private long unknownSeconds() {
        return config.reconciliation().timeToCreditWhenUnknown().toSeconds();
    }

    /** The catalog's times to credit as the query takes them: a JSON object of seconds by channel id. */
    private String catalogSeconds() {
        Map<String, Long> seconds = new LinkedHashMap<>();
        timesToCredit
                .current()
                .byChannel()
                .forEach((channel, time) -> seconds.put(channel, time.toSeconds()));
        try {
            return json.writeValueAsString(seconds);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("channel ids always serialise", e);
        }
    }
}
