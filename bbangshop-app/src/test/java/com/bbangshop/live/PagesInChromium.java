package com.bbangshop.live;

import com.bbangshop.BbangshopClient;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shop's pages in Debian's chromium, driven by Playwright, for the browser tests of the running app: every page
 * must do all it does within its Content-Security-Policy and without an uncaught script error. Screenshots land in
 * target/screenshots.
 */
abstract class PagesInChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    /** What the pages' Content-Security-Policy kept them from doing, as Chromium reports it on the console. */
    private final List<String> refusedByThePolicy = new CopyOnWriteArrayList<>();
    private final List<String> scriptErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (scripts/test.sh installs it)");
        Files.createDirectories(SCREENSHOTS);
        // the browser is Debian's: Playwright must not try to download its own
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setArgs(List.of("--no-sandbox")).setHeadless(true));
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void stopChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void thePagesDidAllTheyDidWithinTheirContentSecurityPolicy() {
        assertThat(refusedByThePolicy).as("Content-Security-Policy violations").isEmpty();
        assertThat(scriptErrors).as("uncaught script errors").isEmpty();
    }

    /** The kiosk page, as a phone or a screen of that size in English shows it. */
    Page open(int width, int height) {
        return open(width, height, "/");
    }

    Page open(int width, int height, String path) {
        return open(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US"), path);
    }

    /** A browser that answers the staff page's login prompt. */
    Page openAsStaff(int width, int height) {
        return open(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US")
                .setHttpCredentials(BbangshopClient.STAFF_USER, BbangshopClient.STAFF_PASSWORD), "/");
    }

    Page open(Browser.NewContextOptions options, String path) {
        BrowserContext context = browser.newContext(options);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") && message.text().contains("Content Security Policy")) {
                refusedByThePolicy.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> scriptErrors.add(page.url() + ": " + error));
        page.navigate(url(path));
        return page;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Nothing wider than the window: no sideways scrolling of the whole page. */
    static void assertNothingOverflows(Page page, String what) {
        Object overflow = page.evaluate("() => document.scrollingElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as(what + ": page wider than the window by").isLessThanOrEqualTo(0);
    }
}
