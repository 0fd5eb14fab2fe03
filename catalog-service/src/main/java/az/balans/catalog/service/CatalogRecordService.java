package az.balans.catalog.service;

import az.balans.catalog.repository.CatalogRecord;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Reading one record and writing any, the same for every kind of catalog record: each kind's
 * service adds only its own searches and the rules between its fields ({@link #checkRules}) or
 * before it may go ({@link #checkDeletable}). Every write goes through {@link CatalogWriter}.
 */
public abstract class CatalogRecordService<R extends CatalogRecord> {

    // not final: the container's client proxy is made with the constructor below
    private Class<R> type;
    private PanacheRepositoryBase<R, String> records;
    private CatalogWriter writer;

    /** For the container's client proxy, which passes every call to the bean itself. */
    protected CatalogRecordService() {}

    protected CatalogRecordService(
            Class<R> type, PanacheRepositoryBase<R, String> records, CatalogWriter writer) {
        this.type = type;
        this.records = records;
        this.writer = writer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<R> find(String key) {
        return records.findByIdOptional(key);
    }

    @Transactional
    public R create(R record) {
        checkRules(record);
        return writer.create(record);
    }

    /** Every field of the stored record of {@code key} is replaced, as PUT promises. */
    @Transactional
    public R replace(String key, ExpectedVersion expected, R replacement) {
        replacement.assignKey(key);
        checkRules(replacement);
        return writer.replace(type, expected, replacement);
    }

    @Transactional
    public void delete(String key, ExpectedVersion expected) {
        checkDeletable(key);
        writer.delete(type, key, expected);
    }

    /** Throws a domain exception naming the field when a record breaks a rule of its kind. */
    protected void checkRules(R record) {}

    /** Throws a domain exception when other records still need the one of {@code key}. */
    protected void checkDeletable(String key) {}
}
