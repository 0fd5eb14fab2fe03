package az.balans.platform.security;

import az.balans.platform.number.MobileNumbers;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who may see a number's records, the one rule of the three services: a caller holding one of the
 * roles the operation names, or the subscriber whose token carries that number in its
 * phone_number claim. For anyone else the records do not exist, so each service answers 404, not
 * 403, and a caller cannot learn which numbers Balans knows.
 */
@RequestScoped
public class SubscriberAccess {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    SubscriberAccess(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /**
     * Whether the caller may see the records of {@code e164}.
     *
     * @throws UnauthorizedException for a caller without a token
     */
    public boolean allows(String e164, String... privilegedRoles) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return holdsAny(privilegedRoles) || ownNumber().filter(own -> own.equals(e164)).isPresent();
    }

    public boolean holdsAny(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    /** The caller's own number from its token's phone_number claim, in E.164; empty when there is none or it is not a mobile number. */
    public Optional<String> ownNumber() {
        String claim = token.getClaim(Roles.PHONE_NUMBER_CLAIM);
        return MobileNumbers.e164Of(claim);
    }
}
