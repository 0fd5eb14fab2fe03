package az.balans.history.repository;

/** The four things that happen to a top-up attempt, by their CloudEvents type. */
public enum EventKind {
    REQUESTED,
    SUCCEEDED,
    FAILED,
    REVERSED;

    private static final String PREFIX = "az.balans.recharge.";

    public static EventKind ofType(String type) {
        return valueOf(type.substring(PREFIX.length()).toUpperCase());
    }

    public String type() {
        return PREFIX + name().toLowerCase();
    }
}
