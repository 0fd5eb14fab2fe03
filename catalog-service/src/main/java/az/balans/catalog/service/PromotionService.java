package az.balans.catalog.service;

import az.balans.catalog.repository.Promotion;
import az.balans.catalog.repository.PromotionRepository;
import az.balans.problem.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

@ApplicationScoped
public class PromotionService extends CatalogRecordService<Promotion> {

    private final PromotionRepository promotions;

    PromotionService(PromotionRepository promotions, CatalogWriter writer) {
        super(Promotion.class, promotions, writer);
        this.promotions = promotions;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<Promotion> search(String carrier, Instant at, int page, int size) {
        return ResultPage.of(promotions.search(carrier, at), page, size);
    }

    @Override
    protected void checkRules(Promotion promotion) {
        if (!promotion.validTo.isAfter(promotion.validFrom)) {
            throw new InvalidFieldException("validTo", "must be after validFrom");
        }
    }
}
