package az.balans.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

@ApplicationScoped
public class CatalogChangeRepository implements PanacheRepositoryBase<CatalogChange, Long> {

    /**
     * The catalog's revision: the id of the latest write. Every write adds an outbox row in its own
     * transaction, so this moves exactly when the catalog does; one index lookup.
     */
    public long revision() {
        Long latest =
                getEntityManager()
                        .createQuery("select max(c.id) from CatalogChange c", Long.class)
                        .getSingleResult();
        return latest == null ? 0 : latest;
    }

    /**
     * The oldest unpublished changes, locked; another replica's relay skips them rather than
     * waiting or publishing them twice.
     */
    public List<CatalogChange> lockUnpublished(int limit) {
        return getEntityManager()
                .createQuery(
                        "from CatalogChange c where c.publishedAt is null order by c.id",
                        CatalogChange.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // Hibernate: SKIP LOCKED
                .setMaxResults(limit)
                .getResultList();
    }
}
