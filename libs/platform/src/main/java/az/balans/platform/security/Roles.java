package az.balans.platform.security;

/**
 * The roles a Balans token may carry (its {@code groups} claim), and the claim that names a
 * subscriber's own number: one list for the three services.
 */
public final class Roles {

    /** Writes the catalog. */
    public static final String CATALOG_ADMIN = "catalog-admin";

    /** Reads and erases anyone's records, works the reconciliation queue. */
    public static final String SUPPORT_AGENT = "support-agent";

    /** Reads the audit trail of who read or changed a person's records (support leads). */
    public static final String SUPPORT_LEAD = "support-lead";

    /** Balans's own services calling each other (the advisor's short-lived tokens to history). */
    public static final String SERVICE = "service";

    /** The claim of a subscriber's token that holds the subscriber's own number. */
    public static final String PHONE_NUMBER_CLAIM = "phone_number";

    private Roles() {}
}
