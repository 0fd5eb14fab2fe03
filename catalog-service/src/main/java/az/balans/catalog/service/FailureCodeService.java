package az.balans.catalog.service;

import az.balans.catalog.repository.FailureCode;
import az.balans.catalog.repository.FailureCodeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/** A failure code's id is {@code provider:code}: the resource checks a replacement names the same. */
@ApplicationScoped
public class FailureCodeService extends CatalogRecordService<FailureCode> {

    private final FailureCodeRepository codes;

    FailureCodeService(FailureCodeRepository codes, CatalogWriter writer) {
        super(FailureCode.class, codes, writer);
        this.codes = codes;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultPage<FailureCode> search(
            String provider, String code, String cause, int page, int size) {
        return ResultPage.of(codes.search(provider, code, cause), page, size);
    }

    @Override
    protected void checkRules(FailureCode code) {
        // what a code means may rest on no page (a demo code); a wait is never guessed
        SourcedFacts.require(
                code.facts,
                FailureCode.FACTS,
                Map.of("meaning", false, "wait", code.waitSeconds != null));
    }
}
