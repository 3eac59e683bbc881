package com.bbangshop.live;

import com.bbangshop.BbangshopClient;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The kiosk and staff pages in Debian's chromium, driven by Playwright: everything a customer or the staff sees
 * changes without a reload. Screenshots of each step land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KioskBrowserTest {

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

    @Test
    void aCustomerReservesSeesItConfirmedAndCancelsItWhileASecondKioskSeesTheCountMove() {
        String breadId = new BbangshopClient(port).registerBread("browser brioche", 5);
        Page phone = open(390, 844);
        Page kiosk = open(1280, 900);
        Locator phoneBread = phone.locator("[data-bread-id='" + breadId + "']");
        Locator kioskCount = kiosk.locator("[data-bread-id='" + breadId + "'] .count");
        PlaywrightAssertions.assertThat(phoneBread.locator(".count")).hasText("5");
        PlaywrightAssertions.assertThat(kioskCount).hasText("5");
        phone.evaluate("window.sameDocument = true");
        screenshot(phone, "01-kiosk-breads");

        phoneBread.locator(".plus").click();
        PlaywrightAssertions.assertThat(phoneBread.locator(".quantity")).hasText("2");
        phoneBread.locator(".reserve").click();
        Locator card = phone.locator(".reservation");
        PlaywrightAssertions.assertThat(card).hasAttribute("data-status", "CONFIRMED");
        PlaywrightAssertions.assertThat(card.locator(".baker"))
                .hasText(Pattern.compile("Baked by (Minji|Seojun|Hana|Jiho)"));
        PlaywrightAssertions.assertThat(card.locator(".what")).hasText("browser brioche × 2");
        screenshot(phone, "02-reservation-confirmed");

        PlaywrightAssertions.assertThat(kioskCount).hasText("3");
        screenshot(kiosk, "03-second-kiosk-count-dropped");

        card.locator(".cancel").click();
        PlaywrightAssertions.assertThat(card).hasAttribute("data-status", "CANCELED");
        PlaywrightAssertions.assertThat(card.locator(".status-text")).hasText("Canceled");
        screenshot(phone, "04-reservation-canceled");
        PlaywrightAssertions.assertThat(kioskCount).hasText("5");
        screenshot(kiosk, "05-second-kiosk-count-back");

        phone.locator("#language").click();
        PlaywrightAssertions.assertThat(phoneBread.locator(".reserve")).hasText("예약하기");
        PlaywrightAssertions.assertThat(card.locator(".status-text")).hasText("취소됨");
        PlaywrightAssertions.assertThat(phone.locator("#breads-title")).hasText("오늘의 빵");
        screenshot(phone, "06-korean");
        phone.locator("#language").click();
        PlaywrightAssertions.assertThat(phoneBread.locator(".reserve")).hasText("Reserve");

        assertThat(phone.evaluate("window.sameDocument")).as("no reload happened").isEqualTo(true);
    }

    @Test
    void theKioskSaysClearlyWhenABreadIsSoldOutOrTheShopIsBusy() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("last loaf", 1);
        Page kiosk = open(1280, 900);
        Locator bread = kiosk.locator("[data-bread-id='" + breadId + "']");
        PlaywrightAssertions.assertThat(bread.locator(".count")).hasText("1");

        kiosk.route("**/reservations", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(503).setContentType("application/problem+json")
                .setBody("{\"title\":\"Service Unavailable\",\"status\":503}")));
        bread.locator(".reserve").click();
        PlaywrightAssertions.assertThat(kiosk.locator("#message")).hasText(Pattern.compile("very busy"));
        screenshot(kiosk, "07-busy");
        kiosk.unrouteAll();

        assertThat(shop.post("/reservations", Map.of("breadId", breadId)).status()).isEqualTo(201);
        PlaywrightAssertions.assertThat(bread).hasAttribute("data-sold-out", "true");
        PlaywrightAssertions.assertThat(bread.locator(".reserve")).isDisabled();
        PlaywrightAssertions.assertThat(bread.locator(".sold-out-badge")).hasText("Sold out");

        kiosk.evaluate("document.querySelector(\"[data-bread-id='" + breadId + "'] .reserve\").disabled = false");
        bread.locator(".reserve").click();
        PlaywrightAssertions.assertThat(kiosk.locator("#message")).hasText("Sorry, last loaf is sold out.");
        screenshot(kiosk, "08-sold-out");
    }

    @Test
    void theStaffRegisterAndRestockABreadHandOverAReservationAndRebuildOnLiveTables() {
        Page staff = openAsStaff(1280, 900);
        staff.navigate(url("/staff"));
        staff.locator("input[name=breadName]").fill("staff sourdough");
        staff.locator("input[name=quantity]").fill("4");
        staff.locator("input[name=maxPerReservation]").fill("2");
        staff.locator("#register button[type=submit]").click();
        Locator bread = staff.locator("#breads tr", new Page.LocatorOptions().setHasText("staff sourdough"));
        PlaywrightAssertions.assertThat(bread.locator(".remaining")).hasText("4");

        bread.locator(".restock-quantity").fill("3");
        bread.locator(".restock").click();
        PlaywrightAssertions.assertThat(bread.locator(".remaining")).hasText("7");
        screenshot(staff, "09-staff-breads");

        String breadId = bread.getAttribute("data-bread-id");
        String reservationId = new BbangshopClient(port).post("/reservations", Map.of("breadId", breadId))
                .text("reservationId");
        Locator page = staff.locator("#pages tr[data-reservation-id='" + reservationId + "']");
        PlaywrightAssertions.assertThat(page).hasAttribute("data-status", "CONFIRMED");
        PlaywrightAssertions.assertThat(staff.locator("#assignments tr[data-reservation-id='" + reservationId + "']"))
                .containsText("staff sourdough");
        PlaywrightAssertions.assertThat(bread.locator(".remaining")).hasText("6");
        screenshot(staff, "10-staff-live-tables");

        page.locator(".pickup").click();
        PlaywrightAssertions.assertThat(page).hasAttribute("data-status", "PICKED_UP");
        screenshot(staff, "11-staff-picked-up");

        staff.locator("#rebuild").click();
        PlaywrightAssertions.assertThat(staff.locator("#message")).hasText("Read model rebuilt.");
        PlaywrightAssertions.assertThat(staff.locator("#read-model-state")).hasAttribute("data-state", "READY");
        PlaywrightAssertions.assertThat(page).hasAttribute("data-status", "PICKED_UP");
        PlaywrightAssertions.assertThat(bread.locator(".remaining")).hasText("6");
        screenshot(staff, "12-staff-after-rebuild");

        staff.locator("a[href='/swagger-ui.html']").click();
        PlaywrightAssertions.assertThat(staff.locator(".swagger-ui .info .title")).containsText("bbangshop");
        PlaywrightAssertions.assertThat(staff.locator(".opblock-summary-path").first()).isVisible();
        screenshot(staff, "13-api-documentation");
    }

    private Page open(int width, int height) {
        return open(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US"));
    }

    /** A browser that answers the staff page's login prompt. */
    private Page openAsStaff(int width, int height) {
        return open(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US")
                .setHttpCredentials(BbangshopClient.STAFF_USER, BbangshopClient.STAFF_PASSWORD));
    }

    private Page open(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") && message.text().contains("Content Security Policy")) {
                refusedByThePolicy.add(page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> scriptErrors.add(page.url() + ": " + error));
        page.navigate(url("/"));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
