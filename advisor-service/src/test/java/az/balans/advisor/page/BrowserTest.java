package az.balans.advisor.page;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import az.balans.advisor.InjectNeighbours;
import az.balans.advisor.NeighboursStub;
import az.balans.advisor.channel.LiveChannelHealth;
import az.balans.testsupport.Management;
import az.balans.testsupport.WithKafka;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page as a person uses it: the advisor under test serving its page to a real headless
 * chromium, with the catalog's seed and a stubbed history as neighbours. Each test gets a fresh
 * browser, phone-sized (360 px) unless it asks otherwise, and may save screenshots under target/.
 */
@WithKafka
@WithTestResource(
        value = NeighboursStub.class,
        scope = TestResourceScope.RESTRICTED_TO_CLASS,
        initArgs =
                @ResourceArg(
                        name = NeighboursStub.CATALOG_FIXTURE,
                        value = "/stubs/catalog-seed.json"))
@ExtendWith(Chromium.class)
abstract class BrowserTest {

    static final int PHONE = 360;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @InjectNeighbours WireMockServer neighbours;

    @Inject CircuitBreakerMaintenance circuitBreakers;

    @Inject LiveChannelHealth liveHealth;

    @TestHTTPResource("/")
    URL root;

    WebDriver browser;
    private int width;

    @BeforeEach
    void readyWithHistoryKnowingNothing() {
        circuitBreakers.resetAll();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Management.given().get("/q/health/ready").statusCode() == 200);
        liveHealth.refresh();
        neighbours.stubFor(
                get(urlPathMatching("/subscribers/.*/recharges"))
                        .atPriority(9)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody("{\"items\":[],\"nextCursor\":null}")));
    }

    @AfterEach
    void closeBrowserAndForgetStubs() {
        if (browser != null) {
            browser.quit();
        }
        neighbours.getStubMappings().stream()
                .filter(stub -> stub.getPriority() == null || stub.getPriority() < 10)
                .forEach(neighbours::removeStub);
    }

    void open(boolean javascript, int width, String acceptLanguage, String path) {
        openAt(root.toString(), javascript, width, acceptLanguage, path);
    }

    /** The same, at another address of the advisor (through a {@link NetworkOutage}, say). */
    void openAt(String address, boolean javascript, int width, String acceptLanguage, String path) {
        if (browser != null) {
            // a test that opens the page again starts a browser afresh: the one before is closed,
            // not left running beside it until the JVM ends
            browser.quit();
        }
        browser = Chromium.start(javascript, acceptLanguage);
        viewport(width, 800);
        browser.get(address.replaceAll("/$", "") + path);
    }

    /** The page's viewport, emulated: a headless window is never narrower than 500 px, a phone is. */
    void viewport(int width, int height) {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of(
                                "width",
                                width,
                                "height",
                                height,
                                "deviceScaleFactor",
                                1,
                                "mobile",
                                width < 600));
        this.width = width;
    }

    void open(String path) {
        open(true, PHONE, "en", path);
    }

    WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks as a person does once the element is there to click: while the page is still moving under
     * it (the number's card filling in as it is typed), another element may be at that point for a moment.
     */
    void click(String css) {
        waitFor(
                driver -> {
                    try {
                        find(css).click();
                        return true;
                    } catch (ElementClickInterceptedException movedUnderThePointer) {
                        return null;
                    }
                });
    }

    /** Waits until {@code css} shows, up to 10 s; with JavaScript the answer comes in place, without it a new page loads. */
    WebElement awaitVisible(String css) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void awaitText(String css, String text) {
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Waits up to 10 s; on a time-out the page as it stood is kept under target/screenshots for a look. */
    <T> T waitFor(ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
        } catch (TimeoutException e) {
            String name = "timed-out-" + System.nanoTime();
            screenshot(name);
            try {
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
            } catch (IOException io) {
                e.addSuppressed(io);
            }
            throw e;
        }
    }

    String lang() {
        return find("html").getAttribute("lang");
    }

    /** The page is no wider than the window: nothing to scroll sideways. */
    void assertNoHorizontalScroll() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long scrollWidth =
                ((Number) js.executeScript("return document.documentElement.scrollWidth"))
                        .longValue();
        long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
        assertTrue(
                scrollWidth <= viewport,
                "the page is " + scrollWidth + " px wide in a " + viewport + " px window");
    }

    /** axe-core's WCAG 2.1 A and AA rules: no serious or critical violation. */
    void assertAccessible() {
        Results results =
                new AxeBuilder()
                        .withTags(
                                List.of(
                                        "wcag2a",
                                        "wcag2aa",
                                        "wcag21a",
                                        "wcag21aa",
                                        "best-practice"))
                        .analyze(browser);
        List<Rule> severe =
                results.getViolations().stream()
                        .filter(
                                rule ->
                                        "serious".equals(rule.getImpact())
                                                || "critical".equals(rule.getImpact()))
                        .toList();
        assertEquals(
                "",
                severe.stream()
                        .map(
                                rule ->
                                        rule.getId()
                                                + ": "
                                                + rule.getHelp()
                                                + " at "
                                                + rule.getNodes().stream()
                                                        .map(
                                                                node ->
                                                                        String.valueOf(
                                                                                node.getTarget()))
                                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")),
                "serious or critical accessibility violations on " + browser.getCurrentUrl());
    }

    /** The whole page as a PNG under target/screenshots, for a person to look at. */
    void screenshot(String name) {
        long height = browser.findElement(By.tagName("html")).getSize().getHeight();
        viewport(width, (int) Math.min(Math.max(height, 600), 8000));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            viewport(width, 800);
        }
    }
}
