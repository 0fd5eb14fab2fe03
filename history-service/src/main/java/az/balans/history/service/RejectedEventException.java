package az.balans.history.service;

/** An event that can never be accepted, however often it is redelivered: it goes to the dead-letter topic. */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String reason) {
        super(reason);
    }

    public RejectedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
