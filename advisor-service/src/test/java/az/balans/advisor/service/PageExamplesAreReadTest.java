package az.balans.advisor.service;

import az.balans.advisor.StubbedNeighboursTest;
import az.balans.advisor.mapping.PageMessages;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example the page gives under "what happened", in each language, is read as the person means it. */
@QuarkusTest
class PageExamplesAreReadTest extends StubbedNeighboursTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "az", "ru", "zh"})
    void thePagesOwnExampleIsCreditedButMissing(String language) {
        String hint = Messages.in(PageMessages.class, language).descriptionHint();
        String example = hint.substring(hint.indexOf(language.equals("zh") ? '：' : ':') + 1).strip();
        List<CauseCode> read = DescriptionReader.standard().read(example).stream().map(DescriptionReader.Reading::cause).toList();
        assertTrue(read.contains(CauseCode.CREDITED_BUT_MISSING), example + " -> " + read);
    }
}
