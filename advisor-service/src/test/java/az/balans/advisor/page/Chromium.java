package az.balans.advisor.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium, driven through Debian's chromium-driver: never a downloaded browser.
 * Where they are missing the browser tests do not run, and the build says so in one line; under CI
 * (CI=true), where .ci/run installs them, they always run, so a missing browser fails loudly.
 */
public final class Chromium implements ExecutionCondition {

    static final Path BROWSER =
            Path.of(System.getenv().getOrDefault("BALANS_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER =
            Path.of(System.getenv().getOrDefault("BALANS_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ((Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER))
                || "true".equals(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled(
                    "chromium and chromium-driver are installed (or CI requires them)");
        }
        String reason =
                "BROWSER TESTS NOT RUN: "
                        + BROWSER
                        + " or "
                        + DRIVER
                        + " is missing. "
                        + "Install Debian's browser with: apt-get install chromium chromium-driver (.ci/run does). Every other test ran.";
        if (TOLD.compareAndSet(false, true)) {
            System.out.println("[WARNING] " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    /** A new headless browser asking for {@code language} first. */
    static ChromeDriver start(boolean javascript, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--no-first-run",
                "--disable-extensions",
                "--hide-scrollbars",
                "--window-size=1280,900",
                "--lang=" + language);
        Map<String, Object> preferences = new HashMap<>();
        preferences.put("intl.accept_languages", language);
        if (!javascript) {
            preferences.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", preferences);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        return new ChromeDriver(service, options);
    }
}
