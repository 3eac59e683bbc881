package com.bbangshop.live;

import com.bbangshop.BbangshopClient;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff page as staff use it: asked before what cannot be undone, on a phone too, and logged out for real. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffPageBrowserTest extends PagesInChromium {

    private static final String STATUS_OF_A_STAFF_CALL = "() => fetch('/admin/rebuild').then(answer => answer.status)";

    @Test
    void loggingOutMakesTheBrowserForgetTheStaffLogin() {
        Page staff = open(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-US"), "/");
        staff.navigate("http://" + BbangshopClient.STAFF_USER + ":" + BbangshopClient.STAFF_PASSWORD
                + "@localhost:" + port + "/staff");
        // the browser keeps the login it was given in the address; the page itself is opened without it, as a
        // page whose address holds a login may not fetch anything
        staff.navigate(url("/staff"));
        PlaywrightAssertions.assertThat(staff.locator("#read-model-state")).hasAttribute("data-state", "READY");
        assertThat(staff.evaluate(STATUS_OF_A_STAFF_CALL)).as("logged in").isEqualTo(200);

        staff.locator("#logout").click();
        PlaywrightAssertions.assertThat(staff.locator("#message")).hasText("You are logged out of the staff page.");
        PlaywrightAssertions.assertThat(staff.locator("#pages-title")).isHidden();
        PlaywrightAssertions.assertThat(staff.locator("#signed-out a")).hasText("Log in again");
        screenshot(staff, "30-staff-logged-out");
        // a script's call would now wait on the browser's login prompt; a page load shows the refusal instead (and
        // the prompt, which nobody answers here, ends the load)
        Response again = staff.waitForResponse(url("/admin/rebuild"), () -> {
            try {
                staff.navigate(url("/admin/rebuild"));
            } catch (PlaywrightException loginPromptNotAnswered) {
                // the refusal itself is what counts
            }
        });
        assertThat(again.status()).as("the browser forgot the login").isEqualTo(401);
    }

    @Test
    void staffConfirmCancelsAndHandOversAndSeeDatesAndPlainWords() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("staff croissant", 6);
        BbangshopClient.Response reserved = shop.post("/reservations", Map.of("breadId", breadId));
        String handedOver = reserved.text("reservationId");
        String canceled = shop.post("/reservations", Map.of("breadId", breadId)).text("reservationId");
        Page staff = openAsStaff(1280, 900);
        staff.navigate(url("/staff"));
        Locator pickUpRow = staff.locator("#pages tr[data-reservation-id='" + handedOver + "']");
        Locator cancelRow = staff.locator("#pages tr[data-reservation-id='" + canceled + "']");
        PlaywrightAssertions.assertThat(pickUpRow).hasAttribute("data-status", "CONFIRMED");
        PlaywrightAssertions.assertThat(cancelRow).hasAttribute("data-status", "CONFIRMED");
        PlaywrightAssertions.assertThat(pickUpRow.locator("td").first())
                .hasText(Pattern.compile("^[A-Z][a-z]{2} \\d{1,2}, \\d{2}:\\d{2}( [AP]M)?$"));
        PlaywrightAssertions.assertThat(staff.locator("#dead-letters-title"))
                .hasText("Updates the shop screens missed");
        PlaywrightAssertions.assertThat(staff.locator("#rebuild")).hasText("Refresh the shop screens");

        Locator confirm = staff.locator("#confirm");
        pickUpRow.locator(".pickup").click();
        PlaywrightAssertions.assertThat(confirm.locator(".question"))
                .hasText("Hand over reservation " + reserved.text("pickupCode") + ": staff croissant × 1?");
        confirm.locator(".no").click();
        cancelRow.locator(".cancel").click();
        PlaywrightAssertions.assertThat(confirm.locator(".question")).hasText("Cancel reservation "
                + shop.get("/pages/" + canceled).text("pickupCode") + " (staff croissant × 1)? The loaves go back on "
                + "sale.");
        screenshot(staff, "31-staff-confirm-cancel");
        confirm.locator(".no").click();
        staff.locator("#rebuild").click();
        PlaywrightAssertions.assertThat(confirm.locator(".question")).containsText("Refresh every shop screen");
        confirm.locator(".no").click();
        assertThat(shop.get("/pages/" + handedOver).text("status")).as("going back changes nothing")
                .isEqualTo("CONFIRMED");
        assertThat(shop.get("/pages/" + canceled).text("status")).isEqualTo("CONFIRMED");
        PlaywrightAssertions.assertThat(staff.locator("#read-model-state")).hasAttribute("data-state", "READY");

        cancelRow.locator(".cancel").click();
        confirm.locator(".yes").click();
        PlaywrightAssertions.assertThat(cancelRow).hasAttribute("data-status", "CANCELED");
        pickUpRow.locator(".pickup").click();
        confirm.locator(".yes").click();
        PlaywrightAssertions.assertThat(pickUpRow).hasAttribute("data-status", "PICKED_UP");
        screenshot(staff, "32-staff-after-confirmations");
    }

    @Test
    void staffSeeTheCodeFindAReservationByItAndHandOverByTypingIt() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("counter kouign-amann", 6);
        BbangshopClient.Response first = shop.post("/reservations", Map.of("breadId", breadId, "quantity", 2));
        BbangshopClient.Response second = shop.post("/reservations", Map.of("breadId", breadId));
        String code = first.text("pickupCode");
        Page staff = openAsStaff(1280, 900);
        staff.navigate(url("/staff"));
        Locator row = staff.locator("#pages tr[data-reservation-id='" + first.text("reservationId") + "']");
        PlaywrightAssertions.assertThat(row).hasAttribute("data-status", "CONFIRMED");
        PlaywrightAssertions.assertThat(row.locator("td.code")).hasText(code);
        PlaywrightAssertions.assertThat(staff.locator("#pages tr[data-reservation-id='"
                + second.text("reservationId") + "'] td.code")).hasText(second.text("pickupCode"));

        String typed = code.substring(0, 2).toLowerCase() + "-" + code.substring(2);
        staff.locator("#code").fill(typed);
        staff.locator("#find-code").click();
        PlaywrightAssertions.assertThat(staff.locator("#found tbody tr")).hasCount(1);
        PlaywrightAssertions.assertThat(staff.locator("#found tbody tr"))
                .hasAttribute("data-reservation-id", first.text("reservationId"));
        PlaywrightAssertions.assertThat(staff.locator("#message"))
                .hasText(code + ": counter kouign-amann × 2, Confirmed.");
        screenshot(staff, "34-staff-found-by-code");

        staff.locator("#hand-over-code").click();
        Locator confirm = staff.locator("#confirm");
        PlaywrightAssertions.assertThat(confirm.locator(".question"))
                .hasText("Hand over " + code + ": counter kouign-amann × 2?");
        confirm.locator(".no").click();
        assertThat(shop.get("/pages/" + first.text("reservationId")).text("status")).as("going back changes nothing")
                .isEqualTo("CONFIRMED");
        staff.locator("#hand-over-code").click();
        confirm.locator(".yes").click();
        PlaywrightAssertions.assertThat(staff.locator("#message"))
                .hasText(code + " handed over: counter kouign-amann × 2.");
        PlaywrightAssertions.assertThat(row).hasAttribute("data-status", "PICKED_UP");
        PlaywrightAssertions.assertThat(staff.locator("#code")).hasValue("");

        staff.locator("#code").fill("ZZZZ");
        staff.locator("#hand-over-code").click();
        PlaywrightAssertions.assertThat(staff.locator("#message")).hasText("No reservation has the code ZZZZ.");
        PlaywrightAssertions.assertThat(confirm).isHidden();
        screenshot(staff, "35-staff-handed-over-by-code");
    }

    @Test
    void staffPrepareASaleThenOpenPostponeRenameAndCloseIt() {
        BbangshopClient shop = new BbangshopClient(port);
        shop.registerBread("shop rye", 5);
        Page staff = openAsStaff(1280, 900);
        staff.navigate(url("/staff"));
        staff.locator("input[name=breadName]").fill("shop brioche");
        staff.locator("input[name=quantity]").fill("8");
        staff.locator("input[name=opensAt]").fill(localInput(LocalDateTime.now().plusHours(2)));
        staff.locator("input[name=maxPerCustomer]").fill("3");
        staff.locator("#register button[type=submit]").click();
        String breadId = staff.locator("#breads tr", new Page.LocatorOptions().setHasText("shop brioche"))
                .getAttribute("data-bread-id");
        Locator bread = staff.locator("#breads tr[data-bread-id='" + breadId + "']");
        PlaywrightAssertions.assertThat(bread.locator("td").nth(4))
                .hasText(Pattern.compile("^Opens .+ · max 3 per customer$"));
        assertThat(shop.get("/breads/" + breadId).body().path("maxPerCustomer").asInt()).isEqualTo(3);

        bread.locator(".open-now").click();
        PlaywrightAssertions.assertThat(staff.locator("#message")).hasText("shop brioche is on sale now.");
        PlaywrightAssertions.assertThat(bread.locator("td").nth(4)).hasText("On sale · max 3 per customer");
        PlaywrightAssertions.assertThat(bread.locator(".open-now")).isHidden();

        LocalDateTime later = LocalDateTime.now().plusHours(3).withSecond(0).withNano(0);
        bread.locator(".postpone").click();
        bread.locator(".postpone-time").fill(localInput(later));
        bread.locator(".postpone-edit .save").click();
        PlaywrightAssertions.assertThat(staff.locator("#message"))
                .hasText(Pattern.compile("^shop brioche opens at .+"));
        assertThat(Instant.parse(shop.get("/breads/" + breadId).text("opensAt")))
                .isEqualTo(later.atZone(ZoneId.systemDefault()).toInstant());
        PlaywrightAssertions.assertThat(bread.locator(".postpone-edit")).isHidden();

        bread.locator(".rename").click();
        bread.locator(".new-name").fill("shop rye");
        bread.locator(".rename-edit .save").click();
        PlaywrightAssertions.assertThat(staff.locator("#message"))
                .hasText("Another bread on sale is already called “shop rye”. Choose another name.");
        bread.locator(".new-name").fill("golden brioche");
        bread.locator(".rename-edit .save").click();
        PlaywrightAssertions.assertThat(staff.locator("#message"))
                .hasText("shop brioche is now called golden brioche.");
        PlaywrightAssertions.assertThat(bread.locator("td").first()).hasText("golden brioche");
        screenshot(staff, "36-staff-run-a-sale");

        bread.locator(".close-sale").click();
        Locator confirm = staff.locator("#confirm");
        PlaywrightAssertions.assertThat(confirm.locator(".question")).hasText("End the sale of golden brioche now? "
                + "Nobody can reserve it any more; reservations already made stay.");
        confirm.locator(".no").click();
        assertThat(shop.get("/breads/" + breadId).body().path("closesAt").isNull()).as("going back").isTrue();
        bread.locator(".close-sale").click();
        confirm.locator(".yes").click();
        PlaywrightAssertions.assertThat(staff.locator("#message")).hasText("The sale of golden brioche has ended.");
        PlaywrightAssertions.assertThat(bread).hasAttribute("data-sale", "ended");
        PlaywrightAssertions.assertThat(bread.locator("td").nth(4)).hasText(Pattern.compile("^Closed .+"));
        PlaywrightAssertions.assertThat(bread.locator(".close-sale")).isHidden();
        PlaywrightAssertions.assertThat(bread.locator(".rename")).isHidden();
        staff.locator("#language").click();
        PlaywrightAssertions.assertThat(bread.locator("td").nth(4)).hasText(Pattern.compile(".+ 판매 종료.*"));
        screenshot(staff, "37-staff-sale-closed");
    }

    /** What a datetime-local input holds: the shop's local time, to the minute. */
    private static String localInput(LocalDateTime time) {
        return time.withSecond(0).withNano(0).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    @Test
    void theStaffPageFitsAPhoneInEitherLanguage() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("phone-sized pain de campagne", 4);
        shop.post("/reservations", Map.of("breadId", breadId));
        for (int width : List.of(390, 1280)) {
            Page staff = openAsStaff(width, 844);
            staff.navigate(url("/staff"));
            PlaywrightAssertions.assertThat(staff.locator("#pages tbody tr")).not().hasCount(0);
            for (String language : List.of("en", "ko")) {
                if (language.equals("ko")) {
                    staff.locator("#language").click();
                    PlaywrightAssertions.assertThat(staff.locator("#rebuild")).hasText("매장 화면 새로 고치기");
                }
                assertNothingOverflows(staff, "staff page, " + width + " px, " + language);
                screenshot(staff, "33-staff-" + width + "-" + language);
            }
        }
    }
}
