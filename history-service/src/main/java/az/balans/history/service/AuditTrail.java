package az.balans.history.service;

import az.balans.history.repository.AuditRepository;
import az.balans.platform.number.MobileNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * Who read or changed whose records: every read of a person's records by a member of staff and
 * every change, written before the answer leaves (a trail that cannot be written fails the read),
 * in the caller's transaction where there is one.
 */
@ApplicationScoped
public class AuditTrail {

    private final AuditRepository entries;
    private final Clock clock;

    AuditTrail(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** A read by staff is written; the subscriber's own reads and the services' are not. */
    public void read(Actor actor, AuditAction action, String msisdn, String attemptId) {
        if (actor.staff()) {
            write(actor, action, msisdn, attemptId);
        }
    }

    /** A change is written whoever made it. */
    public void change(Actor actor, AuditAction action, String msisdn, String attemptId) {
        write(actor, action, msisdn, attemptId);
    }

    public List<AuditRepository.Entry> entries(String msisdn, String actor, int limit) {
        return entries.find(msisdn, actor, limit);
    }

    /** After an erasure: the trail keeps its entries, with the number masked. */
    public void maskNumber(String msisdn) {
        entries.maskNumber(msisdn, MobileNumbers.mask(msisdn));
    }

    private void write(Actor actor, AuditAction action, String msisdn, String attemptId) {
        entries.append(
                clock.instant(),
                actor.name(),
                actor.role(),
                action.id(),
                msisdn,
                attemptId,
                actor.reason());
    }
}
