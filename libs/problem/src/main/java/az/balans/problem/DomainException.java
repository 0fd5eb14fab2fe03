package az.balans.problem;

import java.time.Duration;
import java.util.Optional;

/**
 * What a service says when it cannot do what was asked, in its own terms and never in HTTP's:
 * nothing by that id, a stale version, a conflict with what exists, a dependency away, an invalid
 * request. {@link ProblemExceptionMappers} turns each kind into its problem+json answer, once for
 * all three services. The message is the problem's detail: it is written for the caller.
 */
public abstract sealed class DomainException extends RuntimeException
        permits DomainException.NotFound,
                DomainException.StaleVersion,
                DomainException.Conflict,
                DomainException.DependencyUnavailable,
                DomainException.InvalidRequest,
                DomainException.Unauthenticated {

    protected DomainException(String message) {
        super(message);
    }

    /** Nothing by that id, or nothing the caller may see (answered 404). */
    public static final class NotFound extends DomainException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** The version the caller read is no longer the current one (answered 412): read it again. */
    public static final class StaleVersion extends DomainException {
        public StaleVersion(String message) {
            super(message);
        }
    }

    /** It clashes with what exists: the id is taken, or others still refer to it (answered 409). */
    public static final class Conflict extends DomainException {
        public Conflict(String message) {
            super(message);
        }
    }

    /**
     * Something the answer needs is away for now (answered 503): try again shortly, or after
     * {@code retryAfter} when the service knows how long (sent as Retry-After).
     */
    public static final class DependencyUnavailable extends DomainException {
        private final transient Duration retryAfter;

        public DependencyUnavailable(String message) {
            this(message, null);
        }

        public DependencyUnavailable(String message, Duration retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }

        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }
    }

    /**
     * The caller did not prove who it is: no credentials, wrong ones, or a signature that does not
     * match (answered 401, challenging with {@code scheme} when it names one).
     */
    public static final class Unauthenticated extends DomainException {
        private final String scheme;

        public Unauthenticated(String message, String scheme) {
            super(message);
            this.scheme = scheme;
        }

        public Optional<String> scheme() {
            return Optional.ofNullable(scheme);
        }
    }

    /** The request breaks a rule no single field is at fault for (answered 400; a field at fault is {@link InvalidFieldException}). */
    public static final class InvalidRequest extends DomainException {
        public InvalidRequest(String message) {
            super(message);
        }
    }
}
