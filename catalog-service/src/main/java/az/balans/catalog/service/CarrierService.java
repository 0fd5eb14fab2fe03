package az.balans.catalog.service;

import az.balans.catalog.repository.Carrier;
import az.balans.catalog.repository.CarrierRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CarrierService {

    private final CarrierRepository carriers;

    CarrierService(CarrierRepository carriers) {
        this.carriers = carriers;
    }

    public List<Carrier> findAll() {
        return carriers.listAll(Sort.by("id"));
    }

    public Optional<Carrier> findById(String id) {
        return carriers.findByIdOptional(id);
    }
}
