package az.balans.catalog.service;

import az.balans.catalog.mapping.CatalogMapper;
import az.balans.catalog.repository.Carrier;
import az.balans.catalog.repository.CarrierRepository;
import az.balans.catalog.repository.ChannelRepository;
import az.balans.catalog.rest.CarrierDto;
import az.balans.catalog.rest.Page;
import az.balans.problem.DomainException;
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
    public Page<CarrierDto> list(int page, int size) {
        var query = carriers.findAll(Sort.by("id")).page(page, size);
        return new Page<>(query.list().stream().map(CatalogMapper::toDto).toList(), page, size, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CarrierDto> find(String id) {
        return carriers.findByIdOptional(id).map(CatalogMapper::toDto);
    }

    @Transactional
    public CarrierDto create(CarrierDto dto) {
        Carrier carrier = new Carrier();
        carrier.id = dto.id();
        CatalogMapper.apply(dto, carrier);
        return CatalogMapper.toDto(writer.create(carrier));
    }

    @Transactional
    public CarrierDto update(String id, ExpectedVersion expected, CarrierDto dto) {
        return CatalogMapper.toDto(writer.update(Carrier.class, id, expected, carrier -> CatalogMapper.apply(dto, carrier)));
    }

    @Transactional
    public void delete(String id, ExpectedVersion expected) {
        // channels list their carriers in an array, which no foreign key covers
        long servedBy = channels.count("array_contains(carriers, ?1)", id);
        if (servedBy > 0) {
            throw new DomainException.Conflict("The carrier '" + id + "' is still served by " + servedBy
                    + " channel(s); change or delete those first");
        }
        writer.delete(Carrier.class, id, expected);
    }
}
