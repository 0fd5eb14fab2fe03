package az.balans.advisor.rest;

import az.balans.advisor.service.NumberParser;
import az.balans.platform.security.Roles;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.NotFoundException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who may have an attempt read for a diagnosis: reading one reads someone's records, so a support
 * agent, or the subscriber of the number. The API and the page ask this one rule.
 */
@RequestScoped
class AttemptAccess {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    AttemptAccess(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /**
     * @return empty for a support agent (any attempt), else the caller's own number, which the attempt must belong to
     * @throws UnauthorizedException for an anonymous caller
     * @throws NotFoundException     for a subscriber asking about another number (its existence is not revealed)
     */
    Optional<String> subscriberFor(String number, String attemptId) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (identity.hasRole(Roles.SUPPORT_AGENT)) {
            return Optional.empty();
        }
        String claim = token.getClaim(Roles.PHONE_NUMBER_CLAIM);
        Optional<String> subscriber = Optional.ofNullable(claim).flatMap(NumberParser::e164Of);
        if (subscriber.isEmpty() || !subscriber.equals(NumberParser.e164Of(number))) {
            throw new NotFoundException("No attempt '" + attemptId + "' for this number");
        }
        return subscriber;
    }
}
