package az.balans.advisor.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.advisor.catalog.CatalogSnapshots;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;

/**
 * The page after one visit, without data: a person opens it once online, loses the network (the
 * relay to the advisor cut, and DevTools' network emulation offline), opens it again from the
 * phone's history, types a number and gets the kept answer for its carrier, saying it is offline
 * and as of when. A catalog change reaches the kept copy on the next visit online.
 */
@QuarkusTest
class OfflineBrowserTest extends BrowserTest {

    /** What the page may keep on a phone, in all. */
    private static final long KEPT_BUDGET = 300 * 1024;

    @Inject CatalogSnapshots catalog;

    @Test
    void afterOneVisitTheTopUpFormAnswersOfflineFromWhatItKeptAndACatalogChangeReachesIt() {
        try (NetworkOutage network = NetworkOutage.relayTo(root.getPort())) {
            openAt(network.url(), true, PHONE, "ru", "/?lang=ru");
            awaitKept("Nar Kredit");
            long kept = keptBytes();
            assertTrue(kept < KEPT_BUDGET, "the page keeps " + kept + " bytes");

            offline(network, true);
            browser.navigate().refresh();
            assertEquals("ru", lang(), "the kept page, in the visitor's language");
            type("number", "070 345 67 89");
            click("button.primary");
            awaitVisible("#offline-heading");
            String savedAt =
                    (String)
                            script(
                                    "return (await (await caches.match('/offline/ru.json')).json()).savedAt;");
            assertThat(find(".offline-notice").getText(), containsString("Нет подключения"));
            assertThat(find(".offline-notice").getText(), containsString(savedAt));
            assertThat(find(".offline .holder").getText(), containsString("Nar"));
            assertThat(texts(".offline .steps li"), hasItem(containsString("*700#01#YES")));
            assertThat(texts(".offline h4"), hasItem(containsString("Скретч-карта Nar")));
            assertThat(
                    find("#someone-else-message").getAttribute("value"),
                    containsString("+994703456789"));
            assertNoHorizontalScroll();
            assertAccessible();
            screenshot("offline-answer-ru");

            // a number no kept range holds says so, and guesses nothing
            type("number", "040 123 45 67");
            click("button.primary");
            awaitText(".offline .empty", "ничего не сохранил");

            // the catalog changes; the next visit online renews the kept copy
            StubMapping changed = changeNarKreditsFirstStep();
            try {
                offline(network, false);
                browser.navigate().refresh();
                awaitKept("*700#09#YES");
                offline(network, true);
                browser.navigate().refresh();
                type("number", "070 345 67 89");
                click("button.primary");
                awaitVisible("#offline-heading");
                assertThat(texts(".offline .steps li"), hasItem(containsString("*700#09#YES")));
            } finally {
                neighbours.removeStub(changed);
                catalog.refresh();
            }
        }
    }

    /** Both ways a phone is offline: no route to the advisor, and the browser saying it is offline. */
    private void offline(NetworkOutage network, boolean offline) {
        if (offline) {
            network.cut();
        } else {
            network.restore();
        }
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        ((HasNetworkConditions) browser).setNetworkConditions(conditions);
    }

    /** Waits until the kept copy of the instructions in Russian holds {@code text}. */
    private void awaitKept(String text) {
        waitFor(
                driver ->
                        Boolean.TRUE.equals(
                                        script(
                                                "const kept = await caches.match('/offline/ru.json');"
                                                        + " return !!kept && (await kept.text()).includes("
                                                        + "'"
                                                        + text
                                                        + "') && !!navigator.serviceWorker.controller;"))
                                ? true
                                : null);
    }

    /** Everything the page keeps on the phone, in bytes. */
    private long keptBytes() {
        return ((Number)
                        script(
                                "let total = 0; for (const name of await caches.keys()) {"
                                        + " const cache = await caches.open(name);"
                                        + " for (const key of await cache.keys()) {"
                                        + " total += (await (await cache.match(key)).arrayBuffer()).byteLength; } }"
                                        + " return total;"))
                .longValue();
    }

    /** Runs an async function body in the page and returns what it returns. */
    private Object script(String body) {
        return ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " (async () => { "
                                + body
                                + " })().then(done, () => done(null));");
    }

    /** The catalog as seeded, but Nar Kredit's first step in Russian names another code. */
    private StubMapping changeNarKreditsFirstStep() {
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/stubs/catalog-seed.json")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String changed = seed.replace("Наберите *700#05#YES", "Наберите *700#09#YES");
        assertTrue(!changed.equals(seed), "the seed names Nar Kredit's first code in Russian");
        StubMapping stub =
                neighbours.stubFor(
                        get("/catalog")
                                .atPriority(1)
                                .willReturn(
                                        aResponse()
                                                .withStatus(200)
                                                .withHeader("Content-Type", "application/json")
                                                .withHeader("ETag", "\"fixture-changed\"")
                                                .withBody(changed)));
        catalog.refresh();
        return stub;
    }
}
