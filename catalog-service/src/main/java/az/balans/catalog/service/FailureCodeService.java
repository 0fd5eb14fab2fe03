package az.balans.catalog.service;

import az.balans.catalog.mapping.CatalogMapper;
import az.balans.catalog.repository.FailureCode;
import az.balans.catalog.repository.FailureCodeRepository;
import az.balans.catalog.rest.FailureCodeDto;
import az.balans.catalog.rest.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

@ApplicationScoped
public class FailureCodeService {

    private final FailureCodeRepository codes;
    private final CatalogWriter writer;

    FailureCodeService(FailureCodeRepository codes, CatalogWriter writer) {
        this.codes = codes;
        this.writer = writer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FailureCodeDto> search(String provider, String code, String cause, int page, int size) {
        var query = codes.search(provider, code, cause).page(page, size);
        return new Page<>(query.list().stream().map(CatalogMapper::toDto).toList(), page, size, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FailureCodeDto> find(String id) {
        return codes.findByIdOptional(id).map(CatalogMapper::toDto);
    }

    @Transactional
    public FailureCodeDto create(FailureCodeDto dto) {
        FailureCode code = new FailureCode();
        code.provider = dto.provider();
        code.code = dto.code();
        code.id = FailureCode.idOf(dto.provider(), dto.code());
        CatalogMapper.apply(dto, code);
        return CatalogMapper.toDto(writer.create(code));
    }

    @Transactional
    public FailureCodeDto update(String id, ExpectedVersion expected, FailureCodeDto dto) {
        return CatalogMapper.toDto(writer.update(FailureCode.class, id, expected, code -> CatalogMapper.apply(dto, code)));
    }

    @Transactional
    public void delete(String id, ExpectedVersion expected) {
        writer.delete(FailureCode.class, id, expected);
    }
}
