package az.balans.advisor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A city as people write it: in their language, in ASCII, in any case. */
class CitiesTest {

    private final Cities cities = Cities.standard();

    @ParameterizedTest(name = "{1} is {0}")
    @CsvSource({
        "Baku, Baku",
        "Baku, Bakı",
        "Baku, BAKI",
        "Baku, baki",
        "Baku, Баку",
        "Baku, 巴库",
        "Baku, ' bakı '",
        "Ganja, Ganja",
        "Ganja, Gəncə",
        "Ganja, Gence",
        "Ganja, GƏNCƏ",
        "Ganja, Гянджа",
        "Ganja, 占贾",
        "Sumgait, Sumgait",
        "Sumgait, Sumqayıt",
        "Sumgait, Sumqayit",
        "Sumgait, Сумгаит",
        "Sumgait, 苏姆盖特"
    })
    void eachSpellingIsTheCatalogsCity(String catalogCity, String typed) {
        assertTrue(cities.matches(catalogCity, typed));
    }

    @Test
    void anotherCityIsNotTakenForOne() {
        assertFalse(cities.matches("Baku", "Gəncə"));
        assertFalse(cities.matches("Baku", "Bak"));
        assertFalse(cities.matches("Ganja", "Şəki"));
        // a city the list does not know is matched by the catalog's own name
        assertTrue(cities.matches("Şəki", "şəki"));
        assertEquals("Şəki", cities.name("Şəki", "ru"));
    }

    @ParameterizedTest
    @CsvSource({"en, Baku, Ganja", "az, Bakı, Gəncə", "ru, Баку, Гянджа", "zh, 巴库, 占贾"})
    void aCityIsNamedInThePersonsLanguage(String language, String baku, String ganja) {
        assertEquals(baku, cities.name("Baku", language));
        assertEquals(ganja, cities.name("Ganja", language));
    }

    /** Every city the catalog's seed names has its spellings here, or people typing it in their language would miss it. */
    @Test
    void everyCityOfTheSeedIsKnown() throws IOException {
        Set<String> named = new TreeSet<>();
        try (InputStream in = getClass().getResourceAsStream("/stubs/catalog-seed.json")) {
            for (JsonNode channel : new ObjectMapper().readTree(in).get("channels")) {
                channel.get("cities").forEach(city -> named.add(city.asText()));
            }
        }
        assertFalse(named.isEmpty());
        assertEquals(
                Set.of(),
                named.stream()
                        .filter(city -> !cities.knows(city))
                        .collect(java.util.stream.Collectors.toSet()));
    }
}
