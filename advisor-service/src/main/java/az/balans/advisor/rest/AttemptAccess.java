package az.balans.advisor.rest;

import az.balans.platform.number.MobileNumbers;
import az.balans.platform.security.Roles;
import az.balans.platform.security.SubscriberAccess;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;

/**
 * Who may have an attempt read for a diagnosis: reading one reads someone's records, so the one
 * subscriber-access rule decides, with support agents as the privileged callers. The API and the
 * page ask this.
 */
@RequestScoped
public class AttemptAccess {

    private final SubscriberAccess access;

    AttemptAccess(SubscriberAccess access) {
        this.access = access;
    }

    /**
     * @param number the number as the person wrote it, read into E.164 as every service reads one
     * @return empty for a support agent (any attempt), else the caller's own number, which the attempt must belong to
     * @throws UnauthorizedException for an anonymous caller
     * @throws NotFoundException     for a subscriber asking about another number (its existence is not revealed)
     */
    public Optional<String> subscriberFor(String number, String attemptId) {
        String e164 = MobileNumbers.e164Of(number).orElse(null);
        if (!access.allows(e164, Roles.SUPPORT_AGENT)) {
            throw new NotFoundException("No attempt '" + attemptId + "' for this number");
        }
        return access.holdsAny(Roles.SUPPORT_AGENT) ? Optional.empty() : Optional.of(e164);
    }
}
