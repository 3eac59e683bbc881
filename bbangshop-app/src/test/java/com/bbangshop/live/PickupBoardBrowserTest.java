package com.bbangshop.live;

import com.bbangshop.BbangshopClient;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The board above the counter, on a shop's screen: a code shows under baking, moves to ready when its loaves are
 * ready, and leaves once handed over.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PickupBoardBrowserTest extends PagesInChromium {

    @Test
    void aCodeMovesFromBakingToReadyAndLeavesTheBoardWhenHandedOver() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("board baguette", 5);
        String reservationId = shop.post("/reservations", Map.of("breadId", breadId)).text("reservationId");
        String code = shop.awaitJson("/reservations/" + reservationId,
                r -> r.path("status").asText().equals("CONFIRMED"), Duration.ofSeconds(10)).path("pickupCode").asText();
        Page board = open(1920, 1080, "/board");
        PlaywrightAssertions.assertThat(board.locator("#connection")).hasAttribute("data-state", "live");

        PlaywrightAssertions.assertThat(board.locator("#board-baking [data-code='" + code + "']")).isVisible();
        PlaywrightAssertions.assertThat(board.locator("#board-ready [data-code='" + code + "']")).hasCount(0);
        int readyBefore = Integer.parseInt(board.locator("#ready-count").textContent());

        shop.asStaff().post("/reservations/" + reservationId + "/ready", Map.of());
        PlaywrightAssertions.assertThat(board.locator("#board-ready [data-code='" + code + "']"))
                .hasText(Pattern.compile("^" + code + "~ \\d{2}:\\d{2}$"));
        PlaywrightAssertions.assertThat(board.locator("#board-baking [data-code='" + code + "']")).hasCount(0);
        PlaywrightAssertions.assertThat(board.locator("#ready-count")).hasText(String.valueOf(readyBefore + 1));
        assertNothingOverflows(board, "the board");
        screenshot(board, "70-pickup-board");

        shop.asStaff().post("/reservations/" + reservationId + "/pickup", Map.of());
        PlaywrightAssertions.assertThat(board.locator("[data-code='" + code + "']")).hasCount(0);
        PlaywrightAssertions.assertThat(board.locator("#ready-count")).hasText(String.valueOf(readyBefore));
    }
}
