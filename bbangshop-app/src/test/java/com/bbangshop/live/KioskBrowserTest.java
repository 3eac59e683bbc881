package com.bbangshop.live;

import com.bbangshop.BbangshopClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk and staff pages in Debian's chromium, driven by Playwright: everything a customer or the staff sees
 * changes without a reload. Screenshots of each step land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KioskBrowserTest extends PagesInChromium {

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
        double breadTop = phoneBread.boundingBox().y;
        phoneBread.locator(".reserve").click();
        Locator card = phone.locator(".reservation");
        PlaywrightAssertions.assertThat(phoneBread.locator(".note")).hasText("You have 2 × browser brioche.");
        assertThat(phoneBread.boundingBox().y).as("the bread under the finger did not move").isEqualTo(breadTop);
        PlaywrightAssertions.assertThat(card).hasAttribute("data-status", "CONFIRMED");
        PlaywrightAssertions.assertThat(card.locator(".baker"))
                .hasText(Pattern.compile("Baked by (Minji|Seojun|Hana|Jiho)"));
        PlaywrightAssertions.assertThat(card.locator(".what")).hasText("browser brioche × 2");
        String code = new BbangshopClient(port).get("/pages/" + card.getAttribute("data-reservation-id"))
                .text("pickupCode");
        assertThat(code).matches("[A-Z]{2}[2-9A-Z]{2,}");
        PlaywrightAssertions.assertThat(card.locator(".pickup-code")).hasText(code);
        assertThat((String) card.locator(".pickup-code").evaluate("code => getComputedStyle(code).fontSize"))
                .as("the code in large type").matches("(3[2-9]|[4-9]\\d)(\\.\\d+)?px");
        screenshot(phone, "02-reservation-confirmed");

        PlaywrightAssertions.assertThat(kioskCount).hasText("3");
        screenshot(kiosk, "03-second-kiosk-count-dropped");

        card.locator(".cancel").click();
        Locator confirm = phone.locator("#confirm");
        PlaywrightAssertions.assertThat(confirm.locator(".question"))
                .hasText("Cancel your reservation of browser brioche × 2? The loaves go back on sale.");
        screenshot(phone, "04-confirm-cancel");
        confirm.locator(".no").click();
        PlaywrightAssertions.assertThat(confirm).isHidden();
        assertThat(new BbangshopClient(port).get("/pages/" + card.getAttribute("data-reservation-id"))
                .text("status")).as("going back cancels nothing").isEqualTo("CONFIRMED");
        card.locator(".cancel").click();
        confirm.locator(".yes").click();
        PlaywrightAssertions.assertThat(card).hasAttribute("data-status", "CANCELED");
        PlaywrightAssertions.assertThat(card.locator(".status-text")).hasText("Canceled");
        PlaywrightAssertions.assertThat(card.locator(".note")).hasText("Your reservation was canceled.");
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
    void theShopKioskHandsTheReservationToAPhoneByQrCodeAndForgetsTheCustomerAtDone() throws Exception {
        String breadId = new BbangshopClient(port).registerBread("kiosk kouign-amann", 5);
        Page kiosk = open(1280, 900, "/?kiosk");
        Locator bread = kiosk.locator("[data-bread-id='" + breadId + "']");
        PlaywrightAssertions.assertThat(bread.locator(".count")).hasText("5");
        Request qrRequest = kiosk.waitForRequest("**/qr-codes", () -> bread.locator(".reserve").click());
        String link = new ObjectMapper().readTree(qrRequest.postData()).path("url").asText();
        Locator card = kiosk.locator(".reservation");
        PlaywrightAssertions.assertThat(card).hasAttribute("data-status", "CONFIRMED");
        String reservationId = card.getAttribute("data-reservation-id");
        assertThat(link).matches(Pattern.quote(url("/#reservation=" + reservationId + "&secret=")) + "[\\w-]{43}");
        Locator qr = card.locator(".handoff .qr");
        PlaywrightAssertions.assertThat(qr).isVisible();
        assertThat(qr.getAttribute("src")).startsWith("data:image/svg+xml");
        assertThat(qr.evaluate("img => img.naturalWidth")).as("the QR code image loaded").isNotEqualTo(0);
        assertThat(kiosk.evaluate("() => localStorage.length")).as("nothing kept in the kiosk").isEqualTo(0);
        screenshot(kiosk, "14-kiosk-mode-qr-code");

        Page phone = open(390, 844, link.substring(url("").length()));
        Locator onPhone = phone.locator(".reservation[data-reservation-id='" + reservationId + "']");
        PlaywrightAssertions.assertThat(onPhone).hasAttribute("data-status", "CONFIRMED");
        PlaywrightAssertions.assertThat(onPhone.locator(".what")).hasText("kiosk kouign-amann × 1");
        PlaywrightAssertions.assertThat(onPhone.locator(".qr")).isHidden();
        assertThat(phone.url()).as("the secret is taken off the address bar").doesNotContain("#");
        assertThat((String) phone.evaluate("() => localStorage.getItem('bbangshop.reservations')"))
                .contains(reservationId);
        screenshot(phone, "15-phone-took-over-the-reservation");

        kiosk.evaluate("window.sameDocument = true");
        card.locator(".dismiss").click();
        PlaywrightAssertions.assertThat(kiosk.locator(".reservation")).hasCount(0);
        assertThat(kiosk.evaluate("window.sameDocument")).as("a fresh page").isNull();
        KioskStorage.assertForgotten(kiosk);
        PlaywrightAssertions.assertThat(kiosk.locator("#no-reservations")).isVisible();
        screenshot(kiosk, "16-kiosk-mode-after-done");

        onPhone.locator(".cancel").click();
        phone.locator("#confirm .yes").click();
        PlaywrightAssertions.assertThat(onPhone).hasAttribute("data-status", "CANCELED");
        assertThat((String) phone.evaluate("() => localStorage.getItem('bbangshop.reservations')"))
                .as("an ended reservation is not kept").doesNotContain(reservationId);
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
        PlaywrightAssertions.assertThat(bread.locator(".note")).hasText(Pattern.compile("very busy"));
        screenshot(kiosk, "07-busy");
        kiosk.unrouteAll();

        assertThat(shop.post("/reservations", Map.of("breadId", breadId)).status()).isEqualTo(201);
        PlaywrightAssertions.assertThat(bread).hasAttribute("data-sold-out", "true");
        PlaywrightAssertions.assertThat(bread.locator(".reserve")).isDisabled();
        PlaywrightAssertions.assertThat(bread.locator(".sold-out-badge")).hasText("Sold out");

        kiosk.evaluate("document.querySelector(\"[data-bread-id='" + breadId + "'] .reserve\").disabled = false");
        bread.locator(".reserve").click();
        PlaywrightAssertions.assertThat(bread.locator(".note")).hasText("Sorry, last loaf is sold out.");
        screenshot(kiosk, "08-sold-out");
    }

    @Test
    void askingForMoreThanAreLeftSaysHowManyAreLeftNotSoldOut() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("few rolls", 3);
        Page phone = open(390, 844);
        Locator bread = phone.locator("[data-bread-id='" + breadId + "']");
        PlaywrightAssertions.assertThat(bread.locator(".count")).hasText("3");
        bread.locator(".plus").click();
        bread.locator(".plus").click();
        PlaywrightAssertions.assertThat(bread.locator(".quantity")).hasText("3");
        // someone else takes two while this customer's request for three is on its way
        phone.route("**/reservations", route -> {
            assertThat(shop.post("/reservations", Map.of("breadId", breadId, "quantity", 2)).status()).isEqualTo(201);
            route.resume();
        });
        bread.locator(".reserve").click();
        PlaywrightAssertions.assertThat(bread.locator(".note")).hasText("Only 1 left. Choose 1 or fewer.");
        PlaywrightAssertions.assertThat(bread.locator(".quantity")).hasText("1");
        PlaywrightAssertions.assertThat(bread.locator(".count")).hasText("1");
        screenshot(phone, "08b-only-one-left");
    }

    @Test
    void nothingOverflowsOnAPhoneOrAKioskScreenInEitherLanguage() {
        String breadId = new BbangshopClient(port).registerBread("Extraordinarily long-named sourdough miche", 9);
        // a bread counting down to its opening, with the phone number its limit per customer asks for
        new BbangshopClient(port).asStaff().post("/breads", Map.of("breadName", "Tomorrow's limited pain au chocolat",
                "quantity", 9, "maxPerCustomer", 2, "opensAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        for (int[] size : new int[][] {{390, 844}, {1280, 900}}) {
            Page page = open(size[0], size[1]);
            page.locator("[data-bread-id='" + breadId + "'] .reserve").click();
            PlaywrightAssertions.assertThat(page.locator(".reservation")).hasAttribute("data-status", "CONFIRMED");
            for (String language : List.of("en", "ko")) {
                if (language.equals("ko")) {
                    page.locator("#language").click();
                    PlaywrightAssertions.assertThat(page.locator("#breads-title")).hasText("오늘의 빵");
                }
                String what = size[0] + " px, " + language;
                assertNothingOverflows(page, what);
                assertThat(page.evaluate(CHIPS_OUTSIDE_THEIR_CARD)).as(what + ": status chips outside their card")
                        .isEqualTo(List.of());
                assertThat(page.evaluate(HEADER_IN_ONE_ROW)).as(what + ": the header is one row").isEqualTo(true);
                screenshot(page, "08c-layout-" + size[0] + "-" + language);
            }
        }
    }

    private static final String CHIPS_OUTSIDE_THEIR_CARD = """
            () => [...document.querySelectorAll('.reservation')].flatMap(card => {
              const box = card.getBoundingClientRect();
              return [...card.querySelectorAll('.steps li')].filter(chip => {
                const c = chip.getBoundingClientRect();
                const range = document.createRange();
                range.selectNodeContents(chip);
                const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
                return c.left < box.left || c.right > box.right || c.top < box.top || c.bottom > box.bottom
                  || chip.scrollWidth > chip.clientWidth || lines > 1;
              }).map(chip => chip.textContent);
            })""";

    /** The title and the language button side by side, and each line of text in the header on one line. */
    private static final String HEADER_IN_ONE_ROW = """
            () => {
              const t = document.querySelector('header h1').getBoundingClientRect();
              const b = document.querySelector('#language').getBoundingClientRect();
              const oneLine = [...document.querySelectorAll('header h1, header .tagline')].every(text => {
                const range = document.createRange();
                range.selectNodeContents(text);
                return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size <= 1;
              });
              return t.bottom > b.top && b.bottom > t.top && oneLine;
            }""";

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
        PlaywrightAssertions.assertThat(staff.locator("#message")).hasText("3 loaves added to staff sourdough: 7 left.");
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
        staff.locator("#confirm .yes").click();
        PlaywrightAssertions.assertThat(page).hasAttribute("data-status", "PICKED_UP");
        screenshot(staff, "11-staff-picked-up");

        staff.locator("#rebuild").click();
        staff.locator("#confirm .yes").click();
        PlaywrightAssertions.assertThat(staff.locator("#message")).hasText("The shop screens are up to date.");
        PlaywrightAssertions.assertThat(staff.locator("#read-model-state")).hasAttribute("data-state", "READY");
        PlaywrightAssertions.assertThat(page).hasAttribute("data-status", "PICKED_UP");
        PlaywrightAssertions.assertThat(bread.locator(".remaining")).hasText("6");
        screenshot(staff, "12-staff-after-rebuild");

        staff.locator("a[href='/swagger-ui.html']").click();
        PlaywrightAssertions.assertThat(staff.locator(".swagger-ui .info .title")).containsText("bbangshop");
        PlaywrightAssertions.assertThat(staff.locator(".opblock-summary-path").first()).isVisible();
        screenshot(staff, "13-api-documentation");
    }
}
