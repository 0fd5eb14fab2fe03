package az.balans.catalog.service;

import az.balans.catalog.repository.Carrier;
import az.balans.catalog.repository.CarrierRepository;
import az.balans.catalog.repository.CatalogChangeRepository;
import az.balans.catalog.repository.Channel;
import az.balans.catalog.repository.ChannelRepository;
import az.balans.catalog.repository.FailureCode;
import az.balans.catalog.repository.FailureCodeRepository;
import az.balans.catalog.repository.NumberRange;
import az.balans.catalog.repository.NumberRangeRepository;
import az.balans.catalog.repository.Promotion;
import az.balans.catalog.repository.PromotionRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The whole catalog at one revision. The revision comes from the database (the last change
 * committed), so every replica sees every write, and asking for it costs one index lookup.
 */
@ApplicationScoped
public class CatalogSnapshotService {

    /** Every record of the catalog, each kind in the order of its id. */
    public record Snapshot(
            long revision,
            List<Carrier> carriers,
            List<NumberRange> numberRanges,
            List<Channel> channels,
            List<Promotion> promotions,
            List<FailureCode> failureCodes) {}

    private final CatalogChangeRepository changes;
    private final CarrierRepository carriers;
    private final NumberRangeRepository ranges;
    private final ChannelRepository channels;
    private final PromotionRepository promotions;
    private final FailureCodeRepository failureCodes;

    CatalogSnapshotService(
            CatalogChangeRepository changes,
            CarrierRepository carriers,
            NumberRangeRepository ranges,
            ChannelRepository channels,
            PromotionRepository promotions,
            FailureCodeRepository failureCodes) {
        this.changes = changes;
        this.carriers = carriers;
        this.ranges = ranges;
        this.channels = channels;
        this.promotions = promotions;
        this.failureCodes = failureCodes;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long revision() {
        return changes.revision();
    }

    /**
     * A write committed while the records are read is in them but not in this revision number: the
     * next reader sees a newer revision and reads again.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot snapshot() {
        return new Snapshot(
                changes.revision(),
                carriers.listAll(Sort.by("id")),
                ranges.listAll(Sort.by("prefix")),
                channels.listAll(Sort.by("id")),
                promotions.listAll(Sort.by("id")),
                failureCodes.listAll(Sort.by("id")));
    }
}
