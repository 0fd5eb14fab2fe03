package az.balans.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How many requests one client may send to the public API ({@link RateLimits}). */
@ConfigMapping(prefix = "balans.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Requests a client may send per {@link #period()}; it may spend them all at once, then one comes back every period/requests. */
    @WithDefault("120")
    long requests();

    @WithDefault("PT1M")
    Duration period();

    /** The paths that count (a regular expression on the raw path); the management interface never does. */
    @WithDefault("/.*")
    String paths();

    /** Client addresses never limited (a health checker, say). */
    Optional<List<String>> unlimitedClients();

    /** At most this many clients are remembered; the least recently seen go first. */
    @WithDefault("100000")
    long maxClients();
}
