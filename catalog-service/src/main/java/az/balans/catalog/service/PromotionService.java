package az.balans.catalog.service;

import az.balans.catalog.repository.Promotion;
import az.balans.catalog.repository.PromotionRepository;
import az.balans.problem.InvalidFieldException;
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
    public ResultPage<Promotion> search(String carrier, Instant at, int page, int size) {
        return ResultPage.of(promotions.search(carrier, at), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Promotion> find(String id) {
        return promotions.findByIdOptional(id);
    }

    @Transactional
    public Promotion create(Promotion promotion) {
        requireValidity(promotion);
        return writer.create(promotion);
    }

    @Transactional
    public Promotion replace(String id, ExpectedVersion expected, Promotion replacement) {
        requireValidity(replacement);
        replacement.id = id;
        return writer.replace(Promotion.class, expected, replacement);
    }

    @Transactional
    public void delete(String id, ExpectedVersion expected) {
        writer.delete(Promotion.class, id, expected);
    }

    private static void requireValidity(Promotion promotion) {
        if (!promotion.validTo.isAfter(promotion.validFrom)) {
            throw new InvalidFieldException("validTo", "must be after validFrom");
        }
    }
}
