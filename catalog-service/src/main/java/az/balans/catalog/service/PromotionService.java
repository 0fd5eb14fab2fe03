package az.balans.catalog.service;

import az.balans.catalog.mapping.CatalogMapper;
import az.balans.catalog.repository.Promotion;
import az.balans.catalog.repository.PromotionRepository;
import az.balans.catalog.rest.Page;
import az.balans.catalog.rest.PromotionDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class PromotionService {

    private final PromotionRepository promotions;
    private final CatalogWriter writer;

    PromotionService(PromotionRepository promotions, CatalogWriter writer) {
        this.promotions = promotions;
        this.writer = writer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PromotionDto> search(String carrier, Instant at, int page, int size) {
        var query = promotions.search(carrier, at).page(page, size);
        return new Page<>(query.list().stream().map(CatalogMapper::toDto).toList(), page, size, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PromotionDto> find(String id) {
        return promotions.findByIdOptional(id).map(CatalogMapper::toDto);
    }

    @Transactional
    public PromotionDto create(PromotionDto dto) {
        Promotion promotion = new Promotion();
        promotion.id = dto.id();
        CatalogMapper.apply(dto, promotion);
        return CatalogMapper.toDto(writer.create(promotion));
    }

    @Transactional
    public PromotionDto update(String id, ExpectedVersion expected, PromotionDto dto) {
        return CatalogMapper.toDto(writer.update(Promotion.class, id, expected, promotion -> CatalogMapper.apply(dto, promotion)));
    }

    @Transactional
    public void delete(String id, ExpectedVersion expected) {
        writer.delete(Promotion.class, id, expected);
    }
}
