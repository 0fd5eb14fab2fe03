package az.balans.catalog.service;

import az.balans.catalog.repository.NumberRange;
import az.balans.catalog.repository.NumberRangeRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
public class NumberRangeService {

    private final NumberRangeRepository ranges;
    private final CatalogWriter writer;

    NumberRangeService(NumberRangeRepository ranges, CatalogWriter writer) {
        this.ranges = ranges;
        this.writer = writer;
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NumberRange> find(String prefix) {
        return ranges.findByIdOptional(prefix);
    }

    @Transactional
    public NumberRange create(NumberRange range) {
        return writer.create(range);
    }

    @Transactional
    public NumberRange replace(String prefix, ExpectedVersion expected, NumberRange replacement) {
        replacement.prefix = prefix;
        return writer.replace(NumberRange.class, expected, replacement);
    }

    @Transactional
    public void delete(String prefix, ExpectedVersion expected) {
        writer.delete(NumberRange.class, prefix, expected);
    }
}
