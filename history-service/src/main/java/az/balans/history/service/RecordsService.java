package az.balans.history.service;

import az.balans.history.repository.Attempt;
import az.balans.history.repository.AttemptRepository;
import az.balans.history.repository.RechargeEvent;
import az.balans.history.repository.RechargeEventRepository;
import az.balans.platform.number.MobileNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/** A subscriber's records: attempts, their events, the summary, and erasure. */
@ApplicationScoped
public class RecordsService {

    private static final Logger LOG = Logger.getLogger(RecordsService.class);

    /** What history knows of a number, in one read; {@code countsByState} names every state, with 0 for none. */
    public record Summary(
            String msisdn,
            Optional<Attempt> latestSuccess,
            List<AttemptRepository.CurrencyTotal> credited,
            Map<String, Long> countsByState,
            Instant lastActivity) {}

    private static final List<String> STATES =
            List.of("requested", "succeeded", "failed", "reversed");

    private final AttemptRepository attempts;
    private final RechargeEventRepository events;
    private final AuditTrail audit;

    RecordsService(AttemptRepository attempts, RechargeEventRepository events, AuditTrail audit) {
        this.attempts = attempts;
        this.events = events;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AttemptSlice<Attempt> page(
            String msisdn,
            Instant from,
            Instant to,
            String state,
            AttemptRepository.Position after,
            int size,
            Actor actor) {
        audit.read(actor, AuditAction.READ_RECORDS, msisdn, null);
        // one more than asked tells whether there is a next page
        return AttemptSlice.of(
                attempts.page(msisdn, from, to, state, after, size + 1), size, attempt -> attempt);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Summary> summary(String msisdn, Actor actor) {
        audit.read(actor, AuditAction.READ_SUMMARY, msisdn, null);
        return attempts.lastActivity(msisdn)
                .map(
                        lastActivity ->
                                new Summary(
                                        msisdn,
                                        attempts.latestSuccess(msisdn),
                                        attempts.creditedTotals(msisdn),
                                        countsByState(msisdn),
                                        lastActivity));
    }

    private Map<String, Long> countsByState(String msisdn) {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATES.forEach(state -> counts.put(state, 0L));
        attempts.countByState(msisdn).forEach(count -> counts.put(count.state(), count.count()));
        return counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Attempt> attempt(String attemptId, Actor actor) {
        Optional<Attempt> attempt = attempts.findByIdOptional(attemptId);
        attempt.ifPresent(
                found -> audit.read(actor, AuditAction.READ_ATTEMPT, found.msisdn, attemptId));
        return attempt;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RechargeEvent> eventsOf(String attemptId) {
        return events.findByAttempt(attemptId);
    }

    /** Removes every row about the number: its attempts and every event that named it. */
    @Transactional
    public long erase(String msisdn, Actor actor) {
        audit.change(actor, AuditAction.ERASE, msisdn, null);
        audit.maskNumber(msisdn);
        long removedEvents = events.delete("msisdn", msisdn);
        long removedAttempts = attempts.erase(msisdn);
        LOG.infof(
                "Erased %s: %d attempts, %d events",
                MobileNumbers.mask(msisdn), removedAttempts, removedEvents);
        return removedAttempts;
    }
}
