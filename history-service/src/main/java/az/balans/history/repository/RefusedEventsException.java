package az.balans.history.repository;

/**
 * The database refused what it was given (a data exception or an integrity violation, SQLSTATE
 * classes 22 and 23): the fault is in an event, so storing the same batch again cannot help.
 */
public class RefusedEventsException extends RuntimeException {

    private final String sqlState;

    public RefusedEventsException(String sqlState) {
        super("the database refused the events (SQLSTATE " + sqlState + ")");
        this.sqlState = sqlState;
    }

    /** A reason fit for a dead letter's header: the SQLSTATE, never the database's text, which may quote the event. */
    public String reason() {
        return "refused by the database (SQLSTATE " + sqlState + ")";
    }
}
