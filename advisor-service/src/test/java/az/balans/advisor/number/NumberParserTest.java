package az.balans.advisor.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    private final NumberParser parser = new NumberParser();

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "+994501234567",
                "+994 50 123 45 67",
                "+994-50-123-45-67",
                "+994 (50) 123-45-67",
                "00994501234567",
                "00 994 50 123 45 67",
                "994501234567",
                "994 50 123 45 67",
                "+994 050 123 45 67",
                "+9940501234567",
                "0501234567",
                "050 123 45 67",
                "(050) 123-45-67",
                "501234567",
                "50 123 45 67",
                "＋９９４ ５０ １２３ ４５ ６７",
                "０５０１２３４５６７",
                "050\u00a0123\u00a045\u00a067",
                "\t+994 50 123 45 67 \n"
            })
    void everyFormPeopleTypeReadsAsTheSameNumber(String input) {
        NumberAnalysis analysis = parser.parse(input);
        assertTrue(analysis.valid(), () -> input + " -> " + analysis);
        assertEquals("+994501234567", analysis.e164());
        assertEquals("050 123 45 67", analysis.national());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "+994 050 123 45 67 | REMOVED_TRUNK_ZERO_AFTER_COUNTRY_CODE",
                "994501234567       | ADDED_PLUS",
                "00994501234567     | REPLACED_00_WITH_PLUS",
                "0501234567         | NATIONAL_FORM",
                "501234567          | ASSUMED_AZERBAIJAN",
                "０５０１２３４５６７     | NORMALISED_CHARACTERS"
            })
    void theFixesAppliedAreSaid(String input, NumberAnalysis.Correction correction) {
        assertTrue(
                parser.parse(input).corrections().contains(correction),
                () -> String.valueOf(parser.parse(input)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                 | EMPTY",
                "call me            | NOT_A_NUMBER",
                "---                | NOT_A_NUMBER",
                "+7 912 345 67 89   | FOREIGN_COUNTRY",
                "0086 138 0013 8000 | FOREIGN_COUNTRY",
                "050 123 45 6       | TOO_SHORT",
                "+994 50 123        | TOO_SHORT",
                "050 123 45 678     | TOO_LONG",
                "+994 33 123 45 67  | UNKNOWN_PREFIX",
                "012 497 00 00      | NOT_MOBILE"
            })
    void whatIsWrongIsNamedPrecisely(String input, NumberAnalysis.Problem problem) {
        NumberAnalysis analysis = parser.parse(input);
        assertFalse(analysis.valid(), () -> input + " -> " + analysis);
        assertEquals(problem, analysis.problem(), () -> input + " -> " + analysis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "010 123 45 67 | +994101234567", "055 123 45 67 | +994551234567",
                        "099 123 45 67 | +994991234567",
                "070 123 45 67 | +994701234567", "077 123 45 67 | +994771234567",
                        "060 456 78 90 | +994604567890",
                "040 123 45 67 | +994401234567", "044 123 45 67 | +994441234567",
                        "036 554 12 34 | +994365541234"
            })
    void everyMobileRangeIsValid(String input, String e164) {
        NumberAnalysis analysis = parser.parse(input);
        assertTrue(analysis.valid(), () -> String.valueOf(analysis));
        assertEquals(e164, analysis.e164());
        assertNull(analysis.problem());
    }
}
