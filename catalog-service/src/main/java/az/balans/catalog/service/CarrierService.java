package az.balans.catalog.service;

import az.balans.catalog.repository.Carrier;
import az.balans.catalog.repository.CarrierRepository;
import az.balans.catalog.repository.ChannelRepository;
import az.balans.problem.DomainException;
import az.balans.problem.InvalidFieldException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

@ApplicationScoped
public class CarrierService extends CatalogRecordService<Carrier> {

    private final CarrierRepository carriers;
    private final ChannelRepository channels;

    CarrierService(CarrierRepository carriers, ChannelRepository channels, CatalogWriter writer) {
        super(Carrier.class, carriers, writer);
        this.carriers = carriers;
        this.channels = channels;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Carrier> list(int page, int size) {
        return ResultPage.of(carriers.findAll(Sort.by("id")), page, size);
    }

    @Override
    protected void checkRules(Carrier carrier) {
        SourcedFacts.require(
                carrier.facts,
                Carrier.FACTS,
                Map.of(
                        "balanceCode", carrier.balanceCode != null,
                        "topUpCode", carrier.topUpCode != null));
        if ("retired".equals(carrier.status) != (carrier.retiredOn != null)) {
            throw new InvalidFieldException(
                    "retiredOn", "is required when status is retired, and only then");
        }
    }

    /** Channels list their carriers in an array, which no foreign key covers. */
    @Override
    protected void checkDeletable(String id) {
        long servedBy = channels.count("array_contains(carriers, ?1)", id);
        if (servedBy > 0) {
            throw new DomainException.Conflict(
                    "The carrier '"
                            + id
                            + "' is still served by "
                            + servedBy
                            + " channel(s); change or delete those first");
        }
    }
}
