package com.bbangshop.live;

import com.bbangshop.BbangshopClient;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sold-out bread's waitlist on the customer's phone: join, follow the place live, take the loaf a cancel freed
 * (or let it go to the next in line), and follow the reservation it became until it is ready at the counter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bbangshop.customers.key=waitlist-browser-test", "bbangshop.waitlist.hold=PT2M"})
class WaitlistBrowserTest extends PagesInChromium {

    private static final Pattern CODE = Pattern.compile("^[A-Z]{2}[2-9A-Z]{2,}$");

    @Test
    void aCustomerJoinsTheWaitlistIsOfferedTheLoafACancelFreedAndTakesIt() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("waited melon pan", 1);
        BbangshopClient.Response taken = shop.post("/reservations", Map.of("breadId", breadId));
        Page phone = open(390, 844);
        Locator bread = phone.locator("[data-bread-id='" + breadId + "']");
        PlaywrightAssertions.assertThat(bread).hasAttribute("data-sold-out", "true");

        bread.locator(".join-phone-number").fill("010-5555-1212");
        bread.locator(".join-waitlist").click();
        PlaywrightAssertions.assertThat(bread.locator(".note")).hasText("You are number 1 in line for waited melon pan.");
        Locator place = phone.locator(".waiter");
        PlaywrightAssertions.assertThat(place.locator(".status-text")).hasText("You are number 1 in line.");
        PlaywrightAssertions.assertThat(place.locator(".leave")).isVisible();
        screenshot(phone, "50-waitlist-joined");

        shop.patch("/reservations/" + taken.text("reservationId"), Map.of("status", "cancellation"),
                Map.of("X-Cancel-Secret", taken.text("cancelSecret")));
        PlaywrightAssertions.assertThat(place).hasAttribute("data-status", "OFFERED");
        PlaywrightAssertions.assertThat(place.locator(".status-text"))
                .hasText(Pattern.compile("^A loaf is held for you until .*\\d\\d:\\d\\d"));
        PlaywrightAssertions.assertThat(place.locator(".hold")).hasText(Pattern.compile("^(2:00|1:[0-5]\\d)$"));
        PlaywrightAssertions.assertThat(bread.locator(".count")).hasText("0");
        screenshot(phone, "51-waitlist-offer");

        place.locator(".accept").click();
        Locator reservation = phone.locator(".reservation");
        PlaywrightAssertions.assertThat(reservation.locator(".pickup-code")).hasText(CODE);
        PlaywrightAssertions.assertThat(reservation).hasAttribute("data-status", "CONFIRMED");
        PlaywrightAssertions.assertThat(place.locator(".status-text"))
                .hasText("You took the loaf: see your reservation below.");
        screenshot(phone, "52-waitlist-accepted");

        String reservationId = reservation.getAttribute("data-reservation-id");
        assertThat(shop.asStaff().post("/reservations/" + reservationId + "/ready", Map.of()).status())
                .isIn(200, 202);
        PlaywrightAssertions.assertThat(reservation).hasAttribute("data-status", "READY");
        PlaywrightAssertions.assertThat(reservation.locator(".pickup-by"))
                .hasText(Pattern.compile("^Ready at the counter until .*\\d\\d:\\d\\d"));
        assertNothingOverflows(phone, "the waitlist and its reservation");
        screenshot(phone, "53-offered-loaf-ready");
    }

    @Test
    void aDeclinedLoafGoesToTheNextInLineWhoseCardShowsTheOfferLive() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("waited cruller", 1);
        BbangshopClient.Response taken = shop.post("/reservations", Map.of("breadId", breadId));
        Page first = open(390, 844);
        Page second = open(390, 844);
        join(first, breadId, "010-5555-2001");
        PlaywrightAssertions.assertThat(first.locator(".waiter .status-text")).hasText("You are number 1 in line.");
        join(second, breadId, "010-5555-2002");
        PlaywrightAssertions.assertThat(second.locator(".waiter .status-text")).hasText("You are number 2 in line.");

        shop.patch("/reservations/" + taken.text("reservationId"), Map.of("status", "cancellation"),
                Map.of("X-Cancel-Secret", taken.text("cancelSecret")));
        PlaywrightAssertions.assertThat(first.locator(".waiter")).hasAttribute("data-status", "OFFERED");
        PlaywrightAssertions.assertThat(second.locator(".waiter .status-text")).hasText("You are number 1 in line.");

        first.locator(".waiter .decline").click();
        first.locator("#confirm .yes").click();
        PlaywrightAssertions.assertThat(first.locator(".waiter .status-text"))
                .hasText("You let the loaf go to the next customer.");
        PlaywrightAssertions.assertThat(second.locator(".waiter")).hasAttribute("data-status", "OFFERED");
        screenshot(second, "54-waitlist-offer-passed-on");
    }

    private static void join(Page phone, String breadId, String number) {
        Locator bread = phone.locator("[data-bread-id='" + breadId + "']");
        PlaywrightAssertions.assertThat(bread).hasAttribute("data-sold-out", "true");
        bread.locator(".join-phone-number").fill(number);
        bread.locator(".join-waitlist").click();
    }
}
