package az.balans.catalog.rest;

import az.balans.catalog.mapping.CatalogMapper;
import az.balans.catalog.service.CatalogSnapshotService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The whole catalog as one JSON document with a strong ETag. It is rendered once per catalog
 * revision and served from memory after that: a request costs one index lookup (the revision), not
 * a rebuild.
 */
@ApplicationScoped
class CatalogDocument {

    /** The rendered document; {@code etag} is a hash of {@code json}, so equal content gives an equal tag. */
    record Rendered(long revision, String etag, byte[] json) {}

    private final CatalogSnapshotService snapshots;
    private final ObjectMapper json;
    private volatile Rendered current;

    CatalogDocument(CatalogSnapshotService snapshots, ObjectMapper json) {
        this.snapshots = snapshots;
        this.json = json;
    }

    Rendered current() {
        long revision = snapshots.revision();
        Rendered cached = current;
        if (cached != null && cached.revision() == revision) {
            return cached;
        }
        synchronized (this) {
            if (current == null || current.revision() != revision) {
                current = render(snapshots.snapshot());
            }
            return current;
        }
    }

    private Rendered render(CatalogSnapshotService.Snapshot snapshot) {
        try {
            byte[] document = json.writeValueAsBytes(CatalogMapper.toDto(snapshot));
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(document);
            return new Rendered(
                    snapshot.revision(),
                    Base64.getUrlEncoder().withoutPadding().encodeToString(hash),
                    document);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("could not render the catalog", e);
        }
    }
}
