package az.balans.catalog.service;

import az.balans.catalog.repository.CatalogChange;
import az.balans.catalog.repository.CatalogRecord;
import az.balans.platform.tracing.TraceParent;
import az.balans.problem.DomainException;
import az.balans.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Every write to the catalog goes through here, and nowhere else: one transaction for the change
 * and its outbox row (so a change event exists exactly when the change was committed), the
 * If-Match check, and the database's constraints turned into answers a client can act on (the
 * resources carry the catalog-admin role check).
 */
@ApplicationScoped
public class CatalogWriter {

    private final EntityManager entityManager;
    private final Clock clock;

    CatalogWriter(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public <R extends CatalogRecord> R create(R record) {
        if (entityManager.find(record.getClass(), record.key()) != null) {
            throw new DomainException.Conflict(
                    "A " + record.entity() + " with id '" + record.key() + "' already exists");
        }
        entityManager.persist(record);
        flush(record.entity(), false);
        recordChange(record, "created");
        return record;
    }

    /**
     * Puts {@code replacement} (a new, unmanaged record carrying the key) in place of the stored record
     * of that key, at the stored version: every field is replaced, as PUT promises.
     */
    @Transactional
    public <R extends CatalogRecord> R replace(
            Class<R> type, ExpectedVersion expected, R replacement) {
        R stored = findForWrite(type, replacement.key(), expected);
        replacement.version = stored.version;
        R record = entityManager.merge(replacement);
        flush(record.entity(), false);
        recordChange(record, "updated");
        return record;
    }

    @Transactional
    public <R extends CatalogRecord> void delete(
            Class<R> type, String key, ExpectedVersion expected) {
        R record = findForWrite(type, key, expected);
        long version = record.version;
        String entity = record.entity();
        entityManager.remove(record);
        flush(entity, true);
        CatalogChange change = change(entity, key, "deleted", version);
        entityManager.persist(change);
    }

    private <R extends CatalogRecord> R findForWrite(
            Class<R> type, String key, ExpectedVersion expected) {
        R record = entityManager.find(type, key);
        if (record == null) {
            throw new DomainException.NotFound("No " + entityName(type) + " with id '" + key + "'");
        }
        if (!expected.matches(record.version)) {
            throw new DomainException.StaleVersion(
                    "The "
                            + record.entity()
                            + " '"
                            + key
                            + "' has changed: it is at version "
                            + record.version
                            + ", not "
                            + expected.version()
                            + ". Read it again and retry.");
        }
        return record;
    }

    private void recordChange(CatalogRecord record, String kind) {
        entityManager.persist(change(record.entity(), record.key(), kind, record.version));
    }

    private CatalogChange change(String entity, String key, String kind, long version) {
        CatalogChange change = new CatalogChange();
        change.entity = entity;
        change.entityId = key;
        change.change = kind;
        change.version = version;
        change.occurredAt = clock.instant();
        change.traceParent = TraceParent.ofCurrentSpan();
        return change;
    }

    /** Runs the SQL now, inside the transaction, so the database's verdict can be answered precisely. */
    private void flush(String entity, boolean deleting) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException
                    || causeOf(e, StaleStateException.class) != null) {
                throw new DomainException.StaleVersion(
                        "The "
                                + entity
                                + " was changed by someone else meanwhile. Read it again and retry.");
            }
            ConstraintViolationException violation = causeOf(e, ConstraintViolationException.class);
            if (violation == null) {
                throw e;
            }
            throw switch (violation.getKind()) {
                case FOREIGN_KEY ->
                        deleting
                                ? new DomainException.Conflict(
                                        "The "
                                                + entity
                                                + " is still referred to by other catalog records; "
                                                + "change or delete those first")
                                : new InvalidFieldException(
                                        fieldOfForeignKey(entity, violation.getConstraintName()),
                                        "refers to a record that does not exist");
                case UNIQUE -> new DomainException.Conflict("The " + entity + " already exists");
                default ->
                        new DomainException.InvalidRequest(
                                "The "
                                        + entity
                                        + " breaks a catalog rule ("
                                        + violation.getConstraintName()
                                        + ")");
            };
        }
    }

    /** PostgreSQL names a foreign key {@code <table>_<column>_fkey}: number_range_holder_id_fkey is holderId. */
    static String fieldOfForeignKey(String entity, String constraint) {
        String column =
                constraint == null
                        ? ""
                        : constraint
                                .replaceFirst("^" + entity.replace('-', '_') + "_", "")
                                .replaceFirst("_fkey$", "");
        StringBuilder field = new StringBuilder();
        for (String part : column.split("_")) {
            field.append(
                    field.isEmpty()
                            ? part
                            : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return field.toString();
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String entityName(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}
