package az.balans.catalog.service;

import az.balans.catalog.mapping.CatalogMapper;
import az.balans.catalog.repository.CarrierRepository;
import az.balans.catalog.repository.CatalogChangeRepository;
import az.balans.catalog.repository.ChannelRepository;
import az.balans.catalog.repository.FailureCodeRepository;
import az.balans.catalog.repository.NumberRangeRepository;
import az.balans.catalog.repository.PromotionRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The whole catalog as one JSON document with a strong ETag. It is rendered once per catalog
 * revision and served from memory after that: a request costs one index lookup (the revision),
 * not a rebuild. The revision comes from the database, so every replica sees every write.
 */
@ApplicationScoped
public class CatalogSnapshotService {

    /** The rendered document; {@code etag} is a hash of {@code json}, so equal content gives an equal tag. */
    public record Rendered(long revision, String etag, byte[] json) {}

    private final CatalogChangeRepository changes;
    private final CarrierRepository carriers;
    private final NumberRangeRepository ranges;
    private final ChannelRepository channels;
    private final PromotionRepository promotions;
    private final FailureCodeRepository failureCodes;
    private final ObjectMapper json;
    private volatile Rendered current;

    CatalogSnapshotService(
            CatalogChangeRepository changes,
            CarrierRepository carriers,
            NumberRangeRepository ranges,
            ChannelRepository channels,
            PromotionRepository promotions,
            FailureCodeRepository failureCodes,
            ObjectMapper json) {
        this.changes = changes;
        this.carriers = carriers;
        this.ranges = ranges;
        this.channels = channels;
        this.promotions = promotions;
        this.failureCodes = failureCodes;
        this.json = json;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Rendered current() {
        long revision = changes.revision();
        Rendered cached = current;
        if (cached != null && cached.revision() == revision) {
            return cached;
        }
        synchronized (this) {
            if (current == null || current.revision() != revision) {
                // a write committed while rendering is in the document but not in this revision
                // number: the next request sees a newer revision and renders again
                current = render(revision);
            }
            return current;
        }
    }

    private Rendered render(long revision) {
        var snapshot =
                CatalogMapper.toSnapshot(
                        revision,
                        carriers.listAll(Sort.by("id")),
                        ranges.listAll(Sort.by("prefix")),
                        channels.listAll(Sort.by("id")),
                        promotions.listAll(Sort.by("id")),
                        failureCodes.listAll(Sort.by("id")));
        try {
            byte[] document = json.writeValueAsBytes(snapshot);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(document);
            return new Rendered(
                    revision,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(hash),
                    document);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("could not render the catalog", e);
        }
    }
}
