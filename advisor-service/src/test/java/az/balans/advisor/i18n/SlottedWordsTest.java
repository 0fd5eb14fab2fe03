package az.balans.advisor.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.advisor.StubbedNeighboursTest;
import az.balans.advisor.diagnosis.CauseCode;
import az.balans.advisor.diagnosis.DescriptionReader;
import az.balans.advisor.page.PageMessages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sentences with values slotted in, rendered at the edges in Russian and Azerbaijani and read
 * against what a native speaker writes: every weekday, counts of 1, 2, 5 and 21, one method and two,
 * every channel of the seed. A value that must change its form to fit (в среду, через Карту)
 * stands after a colon instead, so no value can break the grammar. And the page's own example of
 * what happened is understood in each language.
 */
@QuarkusTest
class SlottedWordsTest extends StubbedNeighboursTest {

    @Test
    void everyWeekdayAfterClosedReadsRight() {
        List<String> ru =
                List.of(
                        "понедельник",
                        "вторник",
                        "среда",
                        "четверг",
                        "пятница",
                        "суббота",
                        "воскресенье");
        List<String> az =
                List.of(
                        "bazar ertəsi",
                        "çərşənbə axşamı",
                        "çərşənbə",
                        "cümə axşamı",
                        "cümə",
                        "şənbə",
                        "bazar");
        for (DayOfWeek day : DayOfWeek.values()) {
            assertEquals(
                    "В это время закрыто (по бакинскому времени). Откроется: "
                            + ru.get(day.ordinal())
                            + ", 09:00.",
                    Messages.in("ru")
                            .reasonClosed(
                                    day.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("ru")),
                                    "09:00"));
            assertEquals(
                    "Bu vaxt bağlıdır (Bakı vaxtı). Açılma vaxtı: "
                            + az.get(day.ordinal())
                            + ", saat 09:00.",
                    Messages.in("az")
                            .reasonClosed(
                                    day.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("az")),
                                    "09:00"));
        }
    }

    @Test
    void aCountOfTopUpsNeverAgreesWithItsNumber() {
        PageMessages ru = Messages.in(PageMessages.class, "ru");
        PageMessages az = Messages.in(PageMessages.class, "az");
        for (long attempts : List.of(1L, 2L, 5L, 21L)) {
            assertEquals(
                    "Успешно 90% (пополнений за час: " + attempts + ")",
                    ru.successRate(90, attempts));
            assertEquals(
                    attempts + " balans artırmanın 90%-i uğurla keçib",
                    az.successRate(90, attempts));
        }
    }

    @Test
    void oneMethodOrTwoStandInTheirOwnForm() {
        AdvisorMessages ru = Messages.in("ru");
        AdvisorMessages az = Messages.in("az");
        assertEquals(
                "Можно заплатить тем, что у вас есть: наличные.",
                ru.reasonPaymentFits(Messages.paymentMethods(ru, List.of("cash"), "ru")));
        assertEquals(
                "Способы оплаты здесь: азербайджанская банковская карта или иностранная банковская карта. У вас ничего из этого нет.",
                ru.excludedPayment(
                        Messages.paymentMethods(
                                ru, List.of("local-card", "international-card"), "ru")));
        assertEquals(
                "Sizdə olan ödəniş üsulunu qəbul edir: nağd pul.",
                az.reasonPaymentFits(Messages.paymentMethods(az, List.of("cash"), "az")));
        assertEquals(
                "Qəbul etdiyi ödəniş üsulu sizdə yoxdur: Azərbaycan bank kartı və ya elektron pul kisəsi.",
                az.excludedPayment(
                        Messages.paymentMethods(az, List.of("local-card", "wallet"), "az")));
        // Chinese writes no spaces between words
        AdvisorMessages zh = Messages.in("zh");
        assertEquals(
                zh.methodCash() + zh.or() + zh.methodWallet(),
                Messages.paymentMethods(zh, List.of("cash", "wallet"), "zh"));
    }

    /** The example the page gives under "what happened", in each language, is read as the person means it. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "az", "ru", "zh"})
    void thePagesOwnExampleIsReadAsCreditedButMissing(String language) {
        String hint = Messages.in(PageMessages.class, language).descriptionHint();
        String example =
                hint.substring(hint.indexOf(language.equals("zh") ? '：' : ':') + 1).strip();
        List<CauseCode> read =
                DescriptionReader.standard().read(example).stream()
                        .map(DescriptionReader.Reading::cause)
                        .toList();
        assertTrue(read.contains(CauseCode.CREDITED_BUT_MISSING), example + " -> " + read);
    }

    @Test
    void everyChannelOfTheSeedStandsAfterAColon() throws Exception {
        List<String> checked = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/stubs/catalog-seed.json")) {
            for (JsonNode channel : new ObjectMapper().readTree(in).get("channels")) {
                String ruName = channel.get("names").get("ru").asText();
                assertEquals(
                        "Заплатите в другом месте: " + ruName + ". Способы оплаты там: наличные.",
                        Messages.in("ru").remedyPaymentRefusedThrough(ruName, "наличные"));
                assertEquals(
                        "Этот номер можно пополнить и так: " + ruName + ".",
                        Messages.in("ru").remedyAlsoThrough(ruName));
                checked.add(channel.get("id").asText());
            }
        }
        assertEquals(22, checked.size(), checked.toString());
    }
}
