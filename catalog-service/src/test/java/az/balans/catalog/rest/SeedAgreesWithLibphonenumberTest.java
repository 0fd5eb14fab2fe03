package az.balans.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.testsupport.WithKafka;
import az.balans.testsupport.WithPostgres;
import com.google.i18n.phonenumbers.PhoneNumberToCarrierMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seeded ranges against libphonenumber's own metadata and carrier data: every Azerbaijani
 * mobile prefix libphonenumber knows is in the catalog with the same range holder, and every
 * mobile range in the catalog is one libphonenumber accepts as mobile.
 */
@QuarkusTest
@WithPostgres
@WithKafka
class SeedAgreesWithLibphonenumberTest {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final PhoneNumberToCarrierMapper HOLDERS =
            PhoneNumberToCarrierMapper.getInstance();

    @Test
    void everyMobilePrefixLibphonenumberKnowsHasTheSameHolderHere() throws Exception {
        Map<String, String> holderByPrefix = new HashMap<>();
        List<Map<String, Object>> ranges =
                given().when()
                        .get("/number-ranges?size=200")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items");
        ranges.forEach(
                range ->
                        holderByPrefix.put(
                                (String) range.get("prefix"), (String) range.get("holderId")));

        List<String> checked = new ArrayList<>();
        for (int twoDigits = 10; twoDigits <= 99; twoDigits++) {
            String prefix = "0" + twoDigits;
            String expected = libphonenumberHolder(prefix + "1234567");
            if (expected != null) {
                assertTrue(
                        holderByPrefix.containsKey(prefix),
                        "libphonenumber knows mobile prefix "
                                + prefix
                                + " ("
                                + expected
                                + "); the catalog does not");
                assertEquals(
                        expected,
                        holderNames(holderByPrefix.get(prefix)).stream()
                                .filter(expected::equals)
                                .findFirst()
                                .orElse(null),
                        "prefix "
                                + prefix
                                + ": libphonenumber says "
                                + expected
                                + ", the catalog says "
                                + holderByPrefix.get(prefix));
                checked.add(prefix);
            }
        }
        // the one five-digit block libphonenumber lists (Naxtel's 36554)
        String naxtelBlock = libphonenumberHolder("0365541234");
        assertEquals(
                List.of("Naxtel"),
                holderNames(holderByPrefix.get("036554")).stream()
                        .filter(name -> name.equals(naxtelBlock))
                        .toList());

        assertTrue(
                checked.containsAll(
                        List.of(
                                "010", "050", "051", "055", "099", "070", "077", "060", "040",
                                "044")),
                "checked only " + checked);
        for (Map.Entry<String, String> range : holderByPrefix.entrySet()) {
            String sample =
                    range.getKey().length() == 3
                            ? range.getKey() + "1234567"
                            : range.getKey() + "1234";
            assertTrue(
                    libphonenumberHolder(sample) != null,
                    "the catalog's range "
                            + range.getKey()
                            + " is not an AZ mobile range in libphonenumber");
        }
    }

    /** The range holder libphonenumber names for a mobile number written nationally, or null. */
    private static String libphonenumberHolder(String nationalNumber) throws Exception {
        PhoneNumber number = NUMBERS.parse(nationalNumber, "AZ");
        if (!NUMBERS.isValidNumberForRegion(number, "AZ")
                || NUMBERS.getNumberType(number) != PhoneNumberUtil.PhoneNumberType.MOBILE) {
            return null;
        }
        String name = HOLDERS.getNameForNumber(number, Locale.ENGLISH);
        return name.isEmpty() ? null : name;
    }

    /** The English name and the aliases of a carrier in the catalog. */
    private static List<String> holderNames(String carrierId) {
        List<String> names = new ArrayList<>();
        Map<String, Object> carrier =
                given().when()
                        .get("/carriers/" + carrierId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("");
        @SuppressWarnings("unchecked")
        Map<String, String> localized = (Map<String, String>) carrier.get("names");
        names.add(localized.get("en"));
        @SuppressWarnings("unchecked")
        List<String> aliases = (List<String>) carrier.get("aliases");
        names.addAll(aliases);
        return names;
    }
}
