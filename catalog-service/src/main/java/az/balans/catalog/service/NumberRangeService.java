package az.balans.catalog.service;

import az.balans.catalog.mapping.CatalogMapper;
import az.balans.catalog.repository.NumberRange;
import az.balans.catalog.repository.NumberRangeRepository;
import az.balans.catalog.rest.NumberRangeDto;
import az.balans.catalog.rest.Page;
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
    public Page<NumberRangeDto> list(String holder, int page, int size) {
        var query = holder == null
                ? ranges.findAll(Sort.by("prefix"))
                : ranges.find("holderId", Sort.by("prefix"), holder);
        query.page(page, size);
        return new Page<>(query.list().stream().map(CatalogMapper::toDto).toList(), page, size, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NumberRangeDto> find(String prefix) {
        return ranges.findByIdOptional(prefix).map(CatalogMapper::toDto);
    }

    @Transactional
    public NumberRangeDto create(NumberRangeDto dto) {
        NumberRange range = new NumberRange();
        range.prefix = dto.prefix();
        CatalogMapper.apply(dto, range);
        return CatalogMapper.toDto(writer.create(range));
    }

    @Transactional
    public NumberRangeDto update(String prefix, ExpectedVersion expected, NumberRangeDto dto) {
        return CatalogMapper.toDto(writer.update(NumberRange.class, prefix, expected, range -> CatalogMapper.apply(dto, range)));
    }

    @Transactional
    public void delete(String prefix, ExpectedVersion expected) {
        writer.delete(NumberRange.class, prefix, expected);
    }
}
