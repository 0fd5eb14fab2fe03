package az.balans.history.rest;

import az.balans.history.service.PhoneNumbers;
import az.balans.platform.security.Roles;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotFoundException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who may see a number's records: support agents and Balans's own services, and the subscriber
 * whose token carries that number in its phone_number claim. For anyone else the records do not
 * exist: 404, not 403, so a caller cannot learn which numbers Balans knows.
 */
@RequestScoped
public class RecordAccess {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    RecordAccess(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** Reading: support agents, services, the number's subscriber. */
    void requireRead(String e164) {
        require(e164, identity.hasRole(Roles.SUPPORT_AGENT) || identity.hasRole(Roles.SERVICE));
    }

    /** Erasing: support agents and the number's subscriber; not services. */
    void requireErase(String e164) {
        require(e164, identity.hasRole(Roles.SUPPORT_AGENT));
    }

    private void require(String e164, boolean privileged) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (privileged || isSubscriberOf(e164)) {
            return;
        }
        throw new NotFoundException("No records for " + PhoneNumbers.mask(e164));
    }

    private boolean isSubscriberOf(String e164) {
        String claim = token.getClaim(Roles.PHONE_NUMBER_CLAIM);
        return claim != null && PhoneNumbers.azerbaijaniMobileE164(claim).equals(Optional.of(e164));
    }
}
