package com.bbangshop.live;

import com.bbangshop.BbangshopClient;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk at a flash sale: a bread not open yet counts down on the server's clock and opens by itself, a closed
 * one cannot be reserved, a bread limited per customer asks for a phone number and says when the limit is reached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bbangshop.customers.key=a secret only this shop knows")
class CounterBrowserTest extends PagesInChromium {

    /** A device whose clock is ten minutes behind the server's: only the server's clock may open the sale. */
    private static final String SLOW_DEVICE_CLOCK = """
            (() => {
              const realNow = Date.now;
              Date.now = () => realNow() - 10 * 60 * 1000;
            })()""";

    @Test
    void aBreadOpeningInFiveSecondsEnablesItsButtonByItselfOnTheServersClock() {
        Page kiosk = open(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("en-US"), "/");
        kiosk.addInitScript(SLOW_DEVICE_CLOCK);
        kiosk.navigate(url("/"));
        PlaywrightAssertions.assertThat(kiosk.locator("#connection")).hasAttribute("data-state", "live");
        BbangshopClient staff = new BbangshopClient(port).asStaff();
        String later = staff.post("/breads", Map.of("breadName", "evening stollen", "quantity", 5,
                "opensAt", Instant.now().plus(1, ChronoUnit.HOURS).toString())).text("breadId");
        Instant opensAt = Instant.now().plusSeconds(5);
        String breadId = staff.post("/breads", Map.of("breadName", "flash focaccia", "quantity", 5,
                "opensAt", opensAt.toString())).text("breadId");
        Locator bread = kiosk.locator("[data-bread-id='" + breadId + "']");

        PlaywrightAssertions.assertThat(bread.locator(".sale-text")).hasText(Pattern.compile("Opens at \\d{2}:\\d{2}"));
        PlaywrightAssertions.assertThat(bread.locator(".countdown")).hasText(Pattern.compile("^0:0[0-5]$"));
        PlaywrightAssertions.assertThat(bread.locator(".reserve")).isDisabled();
        screenshot(kiosk, "40-counting-down");

        PlaywrightAssertions.assertThat(bread.locator(".reserve")).isEnabled();
        PlaywrightAssertions.assertThat(bread.locator(".sale")).isHidden();
        assertThat(Instant.now()).as("not before the server's opening").isAfterOrEqualTo(opensAt.minusMillis(1500));
        bread.locator(".reserve").click();
        PlaywrightAssertions.assertThat(bread.locator(".note")).hasText("You have 1 × flash focaccia.");

        Locator notYet = kiosk.locator("[data-bread-id='" + later + "']");
        PlaywrightAssertions.assertThat(notYet.locator(".reserve")).isDisabled();
        // enabled and clicked in one task: the card's next countdown tick disables the button again
        notYet.locator(".reserve").evaluate("button => { button.disabled = false; button.click(); }");
        PlaywrightAssertions.assertThat(notYet.locator(".note"))
                .hasText(Pattern.compile("evening stollen is not on sale yet: "
                        + "it opens at \\d{2}:\\d{2}( [AP]M)?\\."));
        screenshot(kiosk, "41-not-on-sale-yet");
    }

    @Test
    void aClosedBreadSaysTheSaleEndedAndCannotBeReserved() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("ended eclair", 5);
        Page kiosk = open(1280, 900);
        Locator bread = kiosk.locator("[data-bread-id='" + breadId + "']");
        PlaywrightAssertions.assertThat(bread.locator(".reserve")).isEnabled();

        assertThat(shop.asStaff().post("/breads/" + breadId + "/close", Map.of()).status()).isEqualTo(200);

        PlaywrightAssertions.assertThat(bread.locator(".sale-text")).hasText("Sale ended");
        PlaywrightAssertions.assertThat(bread.locator(".reserve")).isDisabled();
        PlaywrightAssertions.assertThat(bread.locator(".reserve")).hasText("Sale ended");
        kiosk.locator("#language").click();
        PlaywrightAssertions.assertThat(bread.locator(".sale-text")).hasText("판매 종료");
        screenshot(kiosk, "42-sale-ended");
    }

    @Test
    void aLimitedBreadAsksForAPhoneNumberSaysWhyAndTellsWhenTheLimitIsReached() {
        String breadId = new BbangshopClient(port).asStaff().post("/breads", Map.of("breadName", "fair baguette",
                "quantity", 10, "maxPerCustomer", 1)).text("breadId");
        Page kiosk = open(390, 844, "/?kiosk");
        Locator bread = kiosk.locator("[data-bread-id='" + breadId + "']");
        Locator phone = bread.locator(".phone-number");
        PlaywrightAssertions.assertThat(phone).isVisible();
        PlaywrightAssertions.assertThat(bread.locator(".phone-why")).hasText("Up to 1 per customer, to keep this "
                + "edition fair. Your number is never stored: only a coded fingerprint of it.");

        bread.locator(".reserve").click();
        PlaywrightAssertions.assertThat(bread.locator(".note"))
                .hasText("Please enter your phone number (7 to 15 digits).");

        phone.fill("010-5555-0101");
        Request sent = kiosk.waitForRequest("**/reservations", () -> bread.locator(".reserve").click());
        assertThat(sent.postData()).contains("\"phone\":\"010-5555-0101\"");
        PlaywrightAssertions.assertThat(bread.locator(".note")).hasText("You have 1 × fair baguette.");
        PlaywrightAssertions.assertThat(kiosk.locator(".reservation .pickup-code"))
                .hasText(Pattern.compile("[A-Z]{2}[2-9A-Z]{2,}"));

        bread.locator(".reserve").click();
        PlaywrightAssertions.assertThat(bread.locator(".note"))
                .hasText("You already have the most fair baguette one customer may have (1).");
        assertNothingOverflows(kiosk, "a limited bread, 390 px");
        screenshot(kiosk, "43-limit-per-customer");

        // a shop that has not set its customer key yet: the bread cannot be reserved, which is not "busy"
        kiosk.route("**/reservations", route -> route.fulfill(new Route.FulfillOptions().setStatus(503)
                .setContentType("application/problem+json").setBody("{\"title\":\"Service Unavailable\","
                        + "\"status\":503,\"detail\":\"this bread limits loaves per customer, and the shop has "
                        + "not set the key that tells customers apart (bbangshop.customers.key)\"}")));
        bread.locator(".reserve").click();
        PlaywrightAssertions.assertThat(bread.locator(".note")).hasText("fair baguette cannot be reserved yet: the "
                + "shop is still setting up its limit per customer. Please ask the staff.");
        kiosk.unrouteAll();

        kiosk.locator(".reservation .dismiss").click();
        PlaywrightAssertions.assertThat(kiosk.locator(".reservation")).hasCount(0);
        PlaywrightAssertions.assertThat(phone).isVisible();
        PlaywrightAssertions.assertThat(phone).hasValue("");
        KioskStorage.assertForgotten(kiosk);
    }
}
