package az.balans.history.rest;

import az.balans.platform.number.MobileNumbers;
import az.balans.platform.security.Roles;
import az.balans.platform.security.SubscriberAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotFoundException;

/**
 * Who may see or erase a number's records here, by the one subscriber-access rule: for anyone else
 * the records do not exist (404).
 */
@RequestScoped
public class RecordAccess {

    private final SubscriberAccess access;

    RecordAccess(SubscriberAccess access) {
        this.access = access;
    }

    /** Reading: support agents, services, the number's subscriber. */
    void requireRead(String e164) {
        require(e164, Roles.SUPPORT_AGENT, Roles.SERVICE);
    }

    /**
     * Whether the caller may read records of {@code e164}, for a lookup by something other than the
     * number (an attempt's id), whose refusal must read exactly as "no such thing".
     */
    boolean mayRead(String e164) {
        return access.allows(e164, Roles.SUPPORT_AGENT, Roles.SERVICE);
    }

    /** Erasing: support agents and the number's subscriber; not services. */
    void requireErase(String e164) {
        require(e164, Roles.SUPPORT_AGENT);
    }

    private void require(String e164, String... privilegedRoles) {
        if (!access.allows(e164, privilegedRoles)) {
            throw new NotFoundException("No records for " + MobileNumbers.mask(e164));
        }
    }
}
