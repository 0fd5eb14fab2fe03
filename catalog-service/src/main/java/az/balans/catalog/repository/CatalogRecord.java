package az.balans.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** What every catalog fact carries: where it came from, when it was last checked, and its version. */
@MappedSuperclass
public abstract class CatalogRecord {

    @Column(nullable = false)
    public String source;

    @Column(name = "verified_on", nullable = false)
    public LocalDate verifiedOn;

    /** The optimistic lock: If-Match is checked against it, and every write moves it on. */
    @Version public long version;

    /** The kind of record in change events: carrier, number-range, channel, promotion. */
    public abstract String entity();

    /** The record's id in the API and in change events. */
    public abstract String key();

    /** Gives a replacement the id of the record it replaces (the one in PUT's path). */
    public abstract void assignKey(String key);
}
