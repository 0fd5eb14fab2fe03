package az.balans.catalog.rest;

/** The roles catalog knows. Reads are public; every write needs {@link #CATALOG_ADMIN}. */
final class Roles {

    static final String CATALOG_ADMIN = "catalog-admin";

    private Roles() {
    }
}
