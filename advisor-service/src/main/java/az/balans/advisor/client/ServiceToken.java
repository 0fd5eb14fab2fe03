package az.balans.advisor.client;

import az.balans.advisor.config.AdvisorConfig;
import az.balans.platform.security.Roles;
import io.quarkus.arc.Unremovable;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The advisor's own identity towards history: a short-lived token with role {@code service},
 * signed with the advisor's key (smallrye.jwt.sign.key.location). The caller's token is never
 * passed on; history trusts the advisor, not whoever called it.
 */
@ApplicationScoped
@Unremovable // looked up by HistoryRestClient's header method, not injected
public class ServiceToken {

    private record Minted(String token, Instant renewAfter) {}

    private final Duration lifetime;
    private final Clock clock;
    private volatile Minted current;

    ServiceToken(AdvisorConfig config, Clock clock) {
        this.lifetime = config.serviceToken().lifetime();
        this.clock = clock;
    }

    public String bearer() {
        Minted minted = current;
        if (minted == null || clock.instant().isAfter(minted.renewAfter())) {
            synchronized (this) {
                minted = current;
                if (minted == null || clock.instant().isAfter(minted.renewAfter())) {
                    Instant now = clock.instant();
                    String token =
                            Jwt.issuer("https://balans.az")
                                    .audience("balans")
                                    .subject("advisor-service")
                                    .groups(Set.of(Roles.SERVICE))
                                    .issuedAt(now)
                                    .expiresAt(now.plus(lifetime))
                                    .sign();
                    // renewed at half its life, so a call never carries a token about to expire
                    minted = new Minted(token, now.plus(lifetime.dividedBy(2)));
                    current = minted;
                }
            }
        }
        return "Bearer " + minted.token();
    }
}
