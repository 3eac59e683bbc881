package com.bbangshop.live;

import com.bbangshop.BbangshopClient;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.util.Map;

/**
 * The kitchen on the staff page: a baker's queue shows what to bake, a tray of them is marked ready at once, and the
 * ready ones wait with their pickup deadline until handed over.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KitchenBrowserTest extends PagesInChromium {

    @Test
    void staffMarkATrayReadyAndTheQueueShowsItWaitingAtTheCounter() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("kitchen kouign", 5);
        String first = confirmed(shop, breadId);
        String second = confirmed(shop, breadId);
        Page staff = openAsStaff(1280, 900);
        staff.navigate(url("/staff"));
        Locator firstRow = staff.locator("#queues tr[data-reservation-id='" + first + "']");
        Locator secondRow = staff.locator("#queues tr[data-reservation-id='" + second + "']");
        PlaywrightAssertions.assertThat(firstRow.locator(".ready")).isVisible();
        PlaywrightAssertions.assertThat(secondRow.locator(".ready")).isVisible();
        screenshot(staff, "60-kitchen-to-bake");

        firstRow.locator(".pick").check();
        secondRow.locator(".pick").check();
        staff.locator("#mark-selected-ready").click();
        PlaywrightAssertions.assertThat(staff.locator("#message")).hasText("2 marked ready.");
        PlaywrightAssertions.assertThat(firstRow.locator(".ready")).hasCount(0);
        PlaywrightAssertions.assertThat(staff.locator("#pages tr[data-reservation-id='" + first + "'] .status"))
                .hasText("Ready");
        PlaywrightAssertions.assertThat(staff.locator("#pages tr[data-reservation-id='" + second + "'] .pickup"))
                .isVisible();
        screenshot(staff, "61-kitchen-tray-ready");
    }

    private static String confirmed(BbangshopClient shop, String breadId) {
        String reservationId = shop.post("/reservations", Map.of("breadId", breadId)).text("reservationId");
        shop.awaitJson("/reservations/" + reservationId, view -> view.path("status").asText().equals("CONFIRMED"),
                Duration.ofSeconds(15));
        return reservationId;
    }
}
