package az.balans.history.service;

/** What a member of staff did with a person's records, as the audit trail names it. */
public enum AuditAction {
    READ_RECORDS("read-records"),
    READ_SUMMARY("read-summary"),
    READ_ATTEMPT("read-attempt"),
    RESOLVE_ATTEMPT("resolve-attempt"),
    ERASE("erase");

    private final String id;

    AuditAction(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
