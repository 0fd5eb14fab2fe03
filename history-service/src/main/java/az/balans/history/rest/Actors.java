package az.balans.history.rest;

import az.balans.history.service.Actor;
import az.balans.platform.security.Roles;
import az.balans.problem.InvalidFieldException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;

/**
 * The caller as the services see it: the token's name, the role it acts in, and the reason or
 * ticket staff give in {@code X-Balans-Reason} (at most 500 characters), for the audit trail.
 */
@RequestScoped
public class Actors {

    static final String REASON_HEADER = "X-Balans-Reason";
    private static final int MAX_REASON = 500;

    /** The role an actor is recorded in, when its token carries several: the most privileged. */
    private static final List<String> BY_PRIVILEGE =
            List.of(Roles.SUPPORT_LEAD, Roles.SUPPORT_AGENT, Roles.SERVICE);

    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    Actors(SecurityIdentity identity, HttpHeaders headers) {
        this.identity = identity;
        this.headers = headers;
    }

    Actor current() {
        String reason = headers.getHeaderString(REASON_HEADER);
        if (reason != null && reason.length() > MAX_REASON) {
            throw new InvalidFieldException(
                    REASON_HEADER, "must be at most " + MAX_REASON + " characters");
        }
        String role =
                BY_PRIVILEGE.stream().filter(identity::hasRole).findFirst().orElse("subscriber");
        return new Actor(
                identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName(),
                role,
                reason == null || reason.isBlank() ? null : reason.strip());
    }
}
