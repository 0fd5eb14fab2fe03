package az.balans.catalog.service;

import az.balans.catalog.repository.FailureCode;
import az.balans.catalog.repository.FailureCodeRepository;
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
    public ResultPage<FailureCode> search(
            String provider, String code, String cause, int page, int size) {
        return ResultPage.of(codes.search(provider, code, cause), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FailureCode> find(String id) {
        return codes.findByIdOptional(id);
    }

    @Transactional
    public FailureCode create(FailureCode code) {
        return writer.create(code);
    }

    /** The provider and the code are the id: the resource has checked that the replacement names the same. */
    @Transactional
    public FailureCode replace(String id, ExpectedVersion expected, FailureCode replacement) {
        replacement.id = id;
        return writer.replace(FailureCode.class, expected, replacement);
    }

    @Transactional
    public void delete(String id, ExpectedVersion expected) {
        writer.delete(FailureCode.class, id, expected);
    }
}
