package az.balans.platform.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One reading of a number for every service: each way people write it is the same E.164, and nothing else is a number. */
class MobileNumbersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+994501234567",
                "+994 50 123 45 67",
                "050 123 45 67",
                "050-123-45-67",
                "501234567",
                "994501234567",
                "00994501234567",
                "+994 050 123 45 67",
                "994 050 123 45 67",
                "０５０ １２３ ４５ ６７"
            })
    void everyWayOfWritingANumberIsOneNumber(String written) {
        assertEquals(Optional.of("+994501234567"), MobileNumbers.e164Of(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "050 123", "+7 916 123 45 67", "+994 12 404 00 00", "not a number"})
    void whatIsNotAnAzerbaijaniMobileNumberIsNone(String written) {
        assertEquals(Optional.empty(), MobileNumbers.e164Of(written));
    }

    @Test
    void noNumberIsNone() {
        assertEquals(Optional.empty(), MobileNumbers.e164Of(null));
    }

    @Test
    void aMaskedNumberKeepsTheCarrierPrefixAndTheLastFourDigits() {
        assertEquals("+99450***4567", MobileNumbers.mask("+994501234567"));
        assertEquals("***", MobileNumbers.mask(null));
    }
}
