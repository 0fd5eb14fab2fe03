package az.balans.catalog.service;

import az.balans.catalog.repository.NumberRange;
import az.balans.catalog.repository.NumberRangeRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class NumberRangeService extends CatalogRecordService<NumberRange> {

    private final NumberRangeRepository ranges;

    NumberRangeService(NumberRangeRepository ranges, CatalogWriter writer) {
        super(NumberRange.class, ranges, writer);
        this.ranges = ranges;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<NumberRange> list(String holder, int page, int size) {
        return ResultPage.of(
                holder == null
                        ? ranges.findAll(Sort.by("prefix"))
                        : ranges.find("holderId", Sort.by("prefix"), holder),
                page,
                size);
    }
}
