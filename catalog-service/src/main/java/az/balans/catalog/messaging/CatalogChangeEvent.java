package az.balans.catalog.messaging;

import java.time.Instant;

/**
 * What catalog-changes carries for each committed write: which record, what happened, and the
 * version it now has (for a deletion, the version deleted). Readers refetch what they need.
 */
public record CatalogChangeEvent(
        long sequence, String entity, String id, String change, long version, Instant occurredAt) {}
