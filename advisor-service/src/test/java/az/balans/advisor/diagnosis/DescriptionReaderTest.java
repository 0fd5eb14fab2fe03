package az.balans.advisor.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * A person's own words point to each cause, in each language: at least ten phrasings per cause and
 * language as people write them (descriptions.csv), inflected, informal, without Azerbaijani letters
 * or in Russian typed in Latin letters, with other words around; and what must not be read as a
 * cause (descriptions-misses.csv).
 */
class DescriptionReaderTest {

    private final DescriptionReader reader = DescriptionReader.standard();

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvFileSource(resources = "/descriptions.csv", delimiter = '|', numLinesToSkip = 1)
    void eachPhrasingPointsToItsCause(String language, String text, String cause) {
        List<DescriptionReader.Reading> readings = reader.read(text);
        assertTrue(
                readings.stream().anyMatch(reading -> reading.cause().name().equals(cause)),
                () -> text + " -> " + readings);
    }

    /** What must not be read as a cause: a phrase inside another word, or inside a longer phrase that means something else. */
    @ParameterizedTest(name = "{0}: {1} -/-> {2}")
    @CsvFileSource(resources = "/descriptions-misses.csv", delimiter = '|', numLinesToSkip = 1)
    void aPhrasingThatMeansSomethingElsePointsNotThere(String language, String text, String cause) {
        List<DescriptionReader.Reading> readings = reader.read(text);
        assertTrue(
                readings.stream().noneMatch(reading -> reading.cause().name().equals(cause)),
                () -> text + " -> " + readings);
    }

    @Test
    void everyCauseHasTenPhrasingsInEveryLanguage() throws Exception {
        Map<String, Long> count = new TreeMap<>();
        try (var lines =
                new java.io.BufferedReader(
                        new java.io.InputStreamReader(
                                DescriptionReaderTest.class.getResourceAsStream(
                                        "/descriptions.csv"),
                                java.nio.charset.StandardCharsets.UTF_8))) {
            lines.lines()
                    .skip(1)
                    .map(line -> line.split("\\|"))
                    .forEach(
                            row ->
                                    count.merge(
                                            row[0].strip() + " " + row[2].strip(), 1L, Long::sum));
        }
        List<String> causes =
                List.of(
                        "MALFORMED_NUMBER",
                        "WRONG_CARRIER",
                        "CARRIER_NOT_DETECTABLE",
                        "AMOUNT_OUT_OF_RANGE",
                        "LINE_BARRED",
                        "TOO_FREQUENT",
                        "DUPLICATE",
                        "CHANNEL_DOWN",
                        "PAYMENT_REFUSED",
                        "PENDING",
                        "CREDITED_BUT_MISSING",
                        "BALANCE_EXPIRED",
                        "SCRATCH_CARD",
                        "REVERSED",
                        "NETWORK_INTERRUPTED");
        String missing =
                causes.stream()
                        .flatMap(
                                cause ->
                                        List.of("en", "az", "ru", "zh").stream()
                                                .map(language -> language + " " + cause))
                        .filter(key -> count.getOrDefault(key, 0L) < 10)
                        .collect(Collectors.joining(", "));
        assertEquals("", missing, "fewer than ten phrasings");
    }

    @Test
    void theMeasuredAzerbaijaniCaseNeedsNoAttemptId() {
        // "the money went, the balance did not grow"
        List<DescriptionReader.Reading> readings = reader.read("pul gəldi amma balans artmadı");
        assertEquals(
                List.of(
                        new DescriptionReader.Reading(
                                CauseCode.CREDITED_BUT_MISSING, "pul … balans artmadı", true)),
                readings);
    }

    @Test
    void wordsThatSayTheOppositeOrNothingPointNowhere() {
        assertEquals(List.of(), reader.read("balans artdı, hər şey qaydasındadır"));
        assertEquals(List.of(), reader.read("the money arrived, thank you"));
        assertEquals(List.of(), reader.read("деньги пришли, спасибо"));
        assertEquals(List.of(), reader.read(""));
        assertEquals(List.of(), reader.read(null));
    }

    @Test
    void thePersonsOwnWordsAreGivenBack() {
        assertEquals(
                "Карту отклонили", reader.read("Карту отклонили вчера вечером").get(0).words());
        assertEquals(
                "didn't arrive",
                reader.read("The money didn't arrive").stream()
                        .filter(reading -> reading.cause() == CauseCode.PENDING)
                        .findFirst()
                        .orElseThrow()
                        .words());
        // Chinese is written without spaces, and is quoted without them
        assertEquals(
                "还没到账",
                reader.read("钱还没到账").stream()
                        .filter(reading -> reading.cause() == CauseCode.PENDING)
                        .findFirst()
                        .orElseThrow()
                        .words());
        // words that stand apart in the text are quoted apart, never run together
        assertEquals(
                "余额…没变",
                reader.read("余额为什么没变").stream()
                        .filter(reading -> reading.cause() == CauseCode.CREDITED_BUT_MISSING)
                        .findFirst()
                        .orElseThrow()
                        .words());
    }
}
