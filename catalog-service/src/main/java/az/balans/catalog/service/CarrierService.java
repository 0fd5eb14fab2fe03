package az.balans.catalog.service;

import az.balans.catalog.repository.Carrier;
import az.balans.catalog.repository.CarrierRepository;
import az.balans.catalog.repository.ChannelRepository;
import az.balans.problem.DomainException;
import az.balans.problem.InvalidFieldException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
public class CarrierService {

    private final CarrierRepository carriers;
    private final ChannelRepository channels;
    private final CatalogWriter writer;

    CarrierService(CarrierRepository carriers, ChannelRepository channels, CatalogWriter writer) {
        this.carriers = carriers;
        this.channels = channels;
        this.writer = writer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Carrier> list(int page, int size) {
        return ResultPage.of(carriers.findAll(Sort.by("id")), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Carrier> find(String id) {
        return carriers.findByIdOptional(id);
    }

    @Transactional
    public Carrier create(Carrier carrier) {
        requireRetiredOnWhenRetired(carrier);
        return writer.create(carrier);
    }

    @Transactional
    public Carrier replace(String id, ExpectedVersion expected, Carrier replacement) {
        requireRetiredOnWhenRetired(replacement);
        replacement.id = id;
        return writer.replace(Carrier.class, expected, replacement);
    }

    @Transactional
    public void delete(String id, ExpectedVersion expected) {
        // channels list their carriers in an array, which no foreign key covers
        long servedBy = channels.count("array_contains(carriers, ?1)", id);
        if (servedBy > 0) {
            throw new DomainException.Conflict(
                    "The carrier '"
                            + id
                            + "' is still served by "
                            + servedBy
                            + " channel(s); change or delete those first");
        }
        writer.delete(Carrier.class, id, expected);
    }

    private static void requireRetiredOnWhenRetired(Carrier carrier) {
        if ("retired".equals(carrier.status) != (carrier.retiredOn != null)) {
            throw new InvalidFieldException(
                    "retiredOn", "is required when status is retired, and only then");
        }
    }
}
