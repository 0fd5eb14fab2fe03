package az.balans.catalog.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An outbox row: one committed catalog write, to be published to catalog-changes. */
@Entity
@Table(name = "catalog_change")
public class CatalogChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String entity;

    @Column(name = "entity_id", nullable = false)
    public String entityId;

    /** created, updated or deleted. */
    @Column(nullable = false)
    public String change;

    @Column(nullable = false)
    public long version;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** The W3C traceparent of the write, so its publication joins the write's trace; null outside a trace. */
    @Column(name = "trace_parent")
    public String traceParent;
}
