package az.balans.advisor.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

@QuarkusTest
class PageBrowserTest extends BrowserTest {

    private static final String ONLINE_ONLY = "Azercell Kabinetim (website and app)";

    @Test
    void
            aNumberTypedWithFullWidthDigitsShowsAzercellAsItIsTypedAndATooShortOneShowsTheProblemAtTheField() {
        open("/");
        type("number", "０５０ １２３ ４５ ６７");
        // no button pressed: the page checks the number as it is typed
        awaitText("#number-info .e164", "+994501234567");
        assertEquals("050 123 45 67", find("#number-info dd:nth-of-type(2)").getText());
        assertThat(find("#number-info .range-holder").getText(), containsString("Azercell"));
        assertThat(find("#number-info .serving").getText(), containsString("Azercell"));
        assertThat(find("#number-info .corrections").getText(), containsString("plain digits"));
        assertThat(find("#number-info .balance-code").getText(), containsString("2112"));
        screenshot("topup-number-checked");

        type("number", "050 123 45");
        click("button[value=check]");
        WebElement error = awaitVisible("#number-error");
        assertThat(error.getText(), containsString("Too short"));
        WebElement field = find("#number");
        assertEquals("true", field.getAttribute("aria-invalid"));
        assertThat(field.getAttribute("aria-describedby"), containsString("number-error"));
        assertNoHorizontalScroll();
        assertAccessible();
        screenshot("topup-number-too-short");

        // typed, not submitted: the problem shows as the digits come, and the field says it is
        // wrong
        type("number", "050 123 45 6789");
        awaitText("#number-error", "Too long");
        assertEquals("true", find("#number").getAttribute("aria-invalid"));
        type("number", "050 123 45 68");
        awaitText("#number-info .e164", "+994501234568");
        assertEquals("false", find("#number").getAttribute("aria-invalid"));
    }

    @Test
    void a060NumberPortedToBakcellShowsBakcellAndAnUnseenOneExplainsNaxtelsClosure() {
        neighbours.stubFor(
                get("/subscribers/+994605550001/summary")
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"msisdn\":\"+994605550001\",\"servingCarrier\":{\"carrier\":\"bakcell\",\"seenAt\":\"2026-11-20T10:00:00Z\","
                                                        + "\"attemptId\":\"att-p1\"},\"countsByState\":{\"succeeded\":1},\"lastActivity\":\"2026-11-20T10:00:00Z\"}")));
        open("/");
        type("number", "060 555 00 01");
        click("button[value=check]");
        awaitText("#number-info .serving", "Bakcell");
        assertThat(
                find("#number-info .serving").getText(),
                containsString("Moved here from the carrier that holds its range"));
        assertThat(find("#number-info .range-holder").getText(), containsString("Naxtel"));
        assertThat(texts("#number-info .note"), hasItem(containsString("ported to Bakcell")));
        screenshot("topup-060-ported");

        type("number", "060 555 00 02");
        click("button[value=check]");
        awaitText("#number-info .e164", "+994605550002");
        assertThat(find("#number-info .serving").getText(), containsString("not known"));
        assertThat(
                texts("#number-info .note"),
                hasItem(
                        allOf(
                                "Naxtel stopped all services on 2025-12-01",
                                "does not know which carrier serves it now")));
    }

    @Test
    void
            cashOnlyInGanjaAtNineShowsTheGanjaShopAndKiosksNoOnlineChannelAndSaysWhyTheOthersAreLeftOut() {
        open("/");
        fillTopUp("050 123 45 67", "Ganja", "09:00", "cash");
        click("button.primary");
        awaitVisible("#options-heading");
        assertEquals(
                null, find("#flow").getAttribute("aria-busy"), "the form is not left greyed out");
        assertThat(find(".when").getText(), containsString("9:00"));
        List<String> options = texts(".option h3");
        assertThat(
                options,
                hasItems(
                        containsString("Azercell shop, Ganja"),
                        containsString("MilliÖN payment kiosks"),
                        containsString("E-manat payment kiosks")));
        assertThat(options, everyItem(not(containsString("Baku"))));
        assertThat(options, everyItem(not(containsString("Kabinetim"))));
        assertThat(options, everyItem(not(containsString("Birbank"))));
        // every card says whether the place is open, how soon the money comes, the fee and the live
        // status in words
        for (WebElement card : browser.findElements(By.cssSelector(".option"))) {
            assertThat(
                    card.findElement(By.cssSelector(".status")).getText(),
                    containsString("Live status"));
            assertFalse(
                    card.findElements(By.cssSelector(".steps li")).isEmpty(),
                    "numbered steps on " + card.getText());
        }
        assertThat(texts(".option .warnings li"), hasItem(containsString("not verified")));
        // each card says where its facts come from: eManat's own rules for its kiosks
        WebElement emanat =
                browser.findElements(By.cssSelector(".option")).stream()
                        .filter(
                                card ->
                                        card.findElement(By.tagName("h3"))
                                                .getText()
                                                .contains("E-manat"))
                        .findFirst()
                        .orElseThrow();
        emanat.findElement(By.cssSelector("details.sources summary")).click();
        WebElement page = emanat.findElement(By.cssSelector("details.sources a"));
        assertEquals("https://www.emanat.az/en/terminal-usage-rules", page.getAttribute("href"));
        assertThat(
                emanat.findElement(By.cssSelector("details.sources li")).getText(),
                containsString("own page, checked on 2026-12-03"));

        WebElement excluded = find("details.excluded");
        assertFalse(excluded.getAttribute("open") != null, "left-out channels start folded");
        excluded.findElement(By.tagName("summary")).click();
        List<String> reasons = texts("details.excluded li");
        assertThat(reasons, hasItem(allOf(ONLINE_ONLY, "Needs a local card or a foreign card")));
        assertThat(reasons, hasItem(allOf("Azercell shop, Baku", "Only in Baku, not in Ganja")));
        assertNoHorizontalScroll();
        assertAccessible();
        screenshot("topup-cash-ganja");
    }

    @Test
    void switchingLanguageKeepsWhatWasEnteredAndSpeaksChineseAzerbaijaniAndRussian() {
        open("/");
        fillTopUp("050 123 45 67", "Ganja", "09:00", "cash");
        click("button.primary");
        awaitVisible("#options-heading");
        // no page publishes a fee or a shop's hours: each card says so, never "no fee", never "open
        // now"
        assertThat(
                texts(".option .facts li"),
                hasItems("Fee not published: ask before paying", "Opening hours not published"));
        assertThat(texts(".option .facts li"), everyItem(not(equalTo("No fee"))));

        click("nav.languages button[lang=zh]");
        awaitText("h1", "为号码充值");
        assertEquals("zh", lang());
        assertThat(browser.getCurrentUrl(), containsString("lang=zh"));
        assertThat(browser.getCurrentUrl(), not(containsString("123")));
        assertKept("050 123 45 67", "Ganja", "09:00", "cash");
        assertThat(find("#options-heading").getText(), containsString("充值方式"));
        assertThat(texts(".option .reasons li"), hasItem(containsString("现金")));
        assertThat(texts(".option .facts li"), hasItems("手续费未公布：付款前请先询问", "营业时间未公布"));
        assertAccessible();
        screenshot("topup-zh");

        click("nav.languages button[lang=az]");
        awaitText("h1", "Nömrənin balansını artırın");
        assertEquals("az", lang());
        assertKept("050 123 45 67", "Ganja", "09:00", "cash");
        assertThat(find("#options-heading").getText(), containsString("Balans artırma yolları"));
        assertThat(
                texts(".option .facts li"),
                hasItems(
                        "Komissiya dərc olunmayıb: ödəməzdən əvvəl soruşun",
                        "İş saatları dərc olunmayıb"));
        screenshot("topup-az");

        click("nav.languages button[lang=ru]");
        awaitText("h1", "Пополнить номер");
        assertEquals("ru", lang());
        assertKept("050 123 45 67", "Ganja", "09:00", "cash");
        assertThat(find("#options-heading").getText(), containsString("Способы пополнения"));
        assertThat(texts(".option .status"), everyItem(containsString("Состояние сейчас")));
        assertThat(
                texts(".option .facts li"),
                hasItems(
                        "Комиссия не опубликована: уточните перед оплатой",
                        "Часы работы не опубликованы"));
        screenshot("topup-ru");
    }

    @Test
    void theLanguageComesFromTheBrowserWhenNotChosen() {
        open(true, PHONE, "ru", "/");
        assertEquals("ru", lang());
        assertEquals("Пополнить номер", find("h1").getText());
    }

    @Test
    void aDescribedCardRefusalRanksPaymentRefusedFirstInPlainWords() {
        open("/failed");
        type("number", "+994 55 123 45 67");
        new Select(find("#channel")).selectByVisibleText("Bakcell app and website");
        type("amount", "10");
        type("description", "I paid with my card but it was declined");
        click("button.primary");
        awaitVisible("#causes-heading");
        List<WebElement> causes = browser.findElements(By.cssSelector(".cause"));
        assertThat(
                causes.get(0).findElement(By.tagName("h3")).getText(),
                startsWith("The payment itself was refused"));
        assertThat(
                causes.get(0).findElement(By.cssSelector(".evidence")).getText(),
                containsString("You wrote: “card … declined”"));
        // the remedy names another channel, says whether to try again, and gives that channel's
        // steps
        String remedy = causes.get(0).findElement(By.cssSelector(".remedy")).getText();
        assertThat(remedy, startsWith("Pay through "));
        assertThat(
                causes.get(0).findElement(By.cssSelector(".retry")).getText(),
                containsString("Do not try the same top-up again"));
        assertThat(
                causes.get(0).findElements(By.tagName("h4")).stream()
                        .map(WebElement::getText)
                        .toList(),
                hasItem(startsWith("How to top up through ")));
        assertFalse(causes.get(0).findElements(By.cssSelector(".steps li")).isEmpty());
        assertThat(texts(".evidence li"), everyItem(not(containsString("history."))));
        assertNoHorizontalScroll();
        assertAccessible();
        screenshot("failed-card-refused");
    }

    /** A cause a provider's failure code says shows the page the code's meaning comes from, in the person's language. */
    @Test
    void aCauseFromAFailureCodeShowsWhereItsMeaningComesFrom() {
        open("/failed?lang=ru");
        type("number", "050 123 45 67");
        type("failureCode", "ProviderTimedOut");
        click("button.primary");
        awaitVisible("#causes-heading");
        WebElement cause = browser.findElements(By.cssSelector(".cause")).get(0);
        WebElement sources = cause.findElement(By.cssSelector("details.sources"));
        assertEquals("Откуда эти сведения", sources.findElement(By.tagName("summary")).getText());
        sources.findElement(By.tagName("summary")).click();
        assertEquals(
                "https://www.dingconnect.com/Api",
                sources.findElement(By.tagName("a")).getAttribute("href"));
        assertThat(
                sources.findElement(By.tagName("li")).getText(),
                containsString(
                        "собственная страница оператора или провайдера, проверено 2026-12-03"));
        assertNoHorizontalScroll();
        assertAccessible();
        screenshot("failed-cause-sources-ru");
    }

    @Test
    void anAnonymousVisitorCannotReadAnAttemptThroughThePage() {
        neighbours.stubFor(
                get("/attempts/att-secret")
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"attemptId\":\"att-secret\",\"msisdn\":\"+994551234567\",\"state\":\"succeeded\",\"carrier\":\"bakcell\","
                                                        + "\"channelId\":\"millon-kiosk\",\"paymentMethod\":\"cash\",\"amount\":{\"value\":\"10.00\",\"currency\":\"AZN\"},"
                                                        + "\"requestedAt\":\"2026-11-25T08:00:00Z\",\"succeededAt\":\"2026-11-25T08:00:40Z\",\"events\":[]}")));
        open("/failed");
        type("number", "055 123 45 67");
        type("attemptId", "att-secret");
        click("button.primary");
        WebElement error = awaitVisible("#attemptId-error");
        assertThat(error.getText(), containsString("sign in"));
        assertTrue(
                browser.findElements(By.cssSelector(".cause")).isEmpty(),
                "no diagnosis built on someone's attempt");
        neighbours.verify(0, getRequestedFor(urlPathEqualTo("/attempts/att-secret")));
        screenshot("failed-attempt-refused");
    }

    @Test
    void theStatusBoardShowsADownChannelInWordsWithItsDay() {
        neighbours.stubFor(
                get("/channels/health")
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                """
                        [{"channelId":"millon-kiosk","attempts":20,"successRate":0.2,"medianSecondsToCredit":95.0,"status":"down"},
                         {"channelId":"birbank-app","attempts":40,"successRate":0.975,"medianSecondsToCredit":12.0,"status":"ok"}]""")));
        StringBuilder points = new StringBuilder();
        for (int hour = 0; hour < 24; hour++) {
            double rate = hour < 20 ? 0.95 : 0.2;
            points.append(hour == 0 ? "" : ",")
                    .append(
                            "{\"from\":\"2026-11-25T%02d:00:00Z\",\"to\":\"2026-11-25T%02d:59:59Z\",\"attempts\":10,"
                                    .formatted(hour, hour))
                    .append("\"succeeded\":")
                    .append(Math.round(rate * 10))
                    .append(",\"failed\":")
                    .append(10 - Math.round(rate * 10))
                    .append(",\"successRate\":")
                    .append(rate)
                    .append(",\"status\":\"")
                    .append(rate < 0.5 ? "down" : "ok")
                    .append("\"}");
        }
        neighbours.stubFor(
                get(urlPathMatching("/channels/health/series"))
                        .atPriority(1)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "[{\"channelId\":\"millon-kiosk\",\"from\":\"2026-11-25T00:00:00Z\","
                                                        + "\"to\":\"2026-11-26T00:00:00Z\",\"step\":\"PT1H\",\"points\":["
                                                        + points
                                                        + "]}]")));
        liveHealth.refresh();
        open("/status");
        WebElement kiosk =
                browser.findElements(By.cssSelector(".channel")).stream()
                        .filter(
                                card ->
                                        card.findElement(By.tagName("h2"))
                                                .getText()
                                                .equals("MilliÖN payment kiosks"))
                        .findFirst()
                        .orElseThrow();
        WebElement status = kiosk.findElement(By.cssSelector(".status"));
        assertEquals("Failing", status.findElement(By.tagName("strong")).getText());
        assertThat(status.getAttribute("class"), containsString("status-down"));
        assertThat(
                kiosk.findElement(By.cssSelector(".last-hour")).getText(),
                containsString("20% of 20 top-ups went through"));
        assertEquals(24, kiosk.findElements(By.cssSelector("svg rect")).size());
        assertThat(
                kiosk.findElement(By.cssSelector("svg")).getAttribute("aria-label"),
                containsString("24 of 24 hours with data, lowest 20%"));
        assertThat(texts(".channel .status strong"), hasItems("Working", "No live data"));
        assertNoHorizontalScroll();
        assertAccessible();
        screenshot("status-board");
        viewport(1280, 900);
        screenshot("status-board-desktop");
    }

    @Test
    void withoutJavaScriptTheTopUpAndFailureFlowsWorkAsPlainForms() {
        open(false, PHONE, "en", "/");
        type("number", "050 123 45 67");
        // without JavaScript nothing is checked while typing
        assertTrue(find("#number-info").getText().isBlank());
        fillTopUp("050 123 45 67", "Ganja", "09:00", "cash");
        click("button.primary");
        awaitVisible("#options-heading");
        assertThat(texts(".option h3"), hasItem(containsString("Azercell shop, Ganja")));
        assertEquals("+994501234567", find("#number-info .e164").getText());
        assertThat(browser.getCurrentUrl(), not(containsString("123")));
        screenshot("nojs-topup");

        click("nav.languages button[lang=zh]");
        awaitVisible("#options-heading");
        assertEquals("zh", lang());
        assertKept("050 123 45 67", "Ganja", "09:00", "cash");

        browser.get(root.toString() + "failed");
        type("number", "055 123 45 67");
        type("description", "my card was declined");
        click("button.primary");
        awaitVisible("#causes-heading");
        assertThat(find(".cause h3").getText(), startsWith("The payment itself was refused"));
        screenshot("nojs-failed");
    }

    @Test
    void onADesktopThePageUsesTheWidth() {
        open(true, 1280, "en", "/");
        fillTopUp("050 123 45 67", "Baku", "", "cash", "international-card");
        click("button.primary");
        awaitVisible("#options-heading");
        assertNoHorizontalScroll();
        screenshot("topup-desktop");
    }

    /** The measured case: a person who typed their city in their own language saw every shop and kiosk left out. */
    @Test
    void aCityTypedAsPeopleWriteItFindsTheSamePlaces() {
        open("/?lang=en");
        fillTopUp("050 123 45 67", "Ganja", "09:00", "cash");
        click("button.primary");
        awaitVisible("#options-heading");
        int inGanja = texts(".option h3").size();
        assertTrue(inGanja >= 3, "the Ganja shop and the kiosks");
        // language, what the person types, and how the answer names the city back
        for (List<String> typed :
                List.of(
                        List.of("az", "Gəncə", "Gəncə"),
                        List.of("az", "gence", "Gəncə"),
                        List.of("ru", "Гянджа", "Гянджа"),
                        List.of("zh", "占贾", "占贾"),
                        List.of("en", "GANJA", "Ganja"))) {
            open("/?lang=" + typed.get(0));
            fillTopUp("050 123 45 67", typed.get(1), "09:00", "cash");
            click("button.primary");
            awaitVisible("#options-heading");
            assertEquals(inGanja, texts(".option h3").size(), typed.get(1));
            assertThat(texts(".option .reasons li"), hasItem(containsString(typed.get(2))));
        }
        assertNoHorizontalScroll();
        assertAccessible();
        screenshot("topup-city-zh");
    }

    /**
     * The person with a zero balance and nothing at hand, in each language, on a phone: the carrier's
     * credit advance with its code and what it costs, and a message to send someone elsewhere, with
     * the number in it and never in the address.
     */
    @Test
    void nothingAtHandShowsTheCreditAdvanceAndAMessageForSomeoneElseInEachLanguage() {
        for (List<String> expected :
                List.of(
                        List.of("en", "What it costs", "Could you top up my Bakcell number"),
                        List.of("az", "Qiyməti", "Bakcell nömrəmin"),
                        List.of("ru", "Стоимость", "пополнить мой номер Bakcell"),
                        List.of("zh", "费用", "Bakcell 号码"))) {
            String language = expected.get(0);
            if (browser == null) {
                open("/?lang=" + language);
            } else {
                // the same browser, as a person switching language would
                browser.get(root.toString() + "?lang=" + language);
            }
            fillTopUp("055 234 56 78", "", "", "cash");
            // "nothing at hand" goes alone: ticking it clears what was ticked before
            find("input[name=method][value=nothing]").click();
            assertFalse(find("input[name=method][value=cash]").isSelected());
            click("button.primary");
            awaitVisible("#options-heading");
            assertThat(texts(".option h3"), everyItem(containsString("KlassKredit")));
            assertThat(texts(".option .steps li"), hasItem(containsString("*250*1#")));
            assertThat(texts(".option .reasons li"), hasItem(startsWith(expected.get(1))));
            String message = find("#someone-else-message").getAttribute("value");
            assertThat(message, containsString(expected.get(2)));
            assertThat(message, containsString("+994552345678"));
            assertTrue(find("[data-copy]").isDisplayed(), "the message can be copied");
            assertThat(browser.getCurrentUrl(), not(containsString("552345678")));
            assertNoHorizontalScroll();
            assertAccessible();
            screenshot("topup-nothing-at-hand-" + language);
        }
    }

    private void fillTopUp(String number, String city, String time, String... methods) {
        type("number", number);
        for (String method : methods) {
            WebElement box = find("input[name=method][value=" + method + "]");
            if (!box.isSelected()) {
                box.click();
            }
        }
        type("city", city);
        type("time", time);
    }

    private void assertKept(String number, String city, String time, String method) {
        assertEquals(number, find("#number").getAttribute("value"));
        assertEquals(city, find("#city").getAttribute("value"));
        assertEquals(time, find("#time").getAttribute("value"));
        assertTrue(
                find("input[name=method][value=" + method + "]").isSelected(),
                method + " stays ticked");
    }

    private static org.hamcrest.Matcher<String> allOf(String... parts) {
        return org.hamcrest.Matchers.allOf(
                java.util.Arrays.stream(parts)
                        .map(part -> containsString(part))
                        .toList()
                        .toArray(new org.hamcrest.Matcher[0]));
    }
}
