package az.balans.catalog.service;

/**
 * What an If-Match header asks of the record being changed: a version ({@code "3"}), or any
 * version as long as the record exists ({@code *}).
 */
public record ExpectedVersion(Long version) {

    public static final ExpectedVersion ANY = new ExpectedVersion(null);

    public boolean matches(long actual) {
        return version == null || version == actual;
    }
}
