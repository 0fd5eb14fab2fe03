package az.balans.history.repository;

/**
 * The events could not be stored for a reason that is not theirs (the database is away, restarting,
 * out of connections or of disk): the same batch stored later will succeed.
 */
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String sqlState, Throwable cause) {
        super(
                "the database cannot store events now"
                        + (sqlState == null ? "" : " (SQLSTATE " + sqlState + ")"),
                cause);
    }
}
