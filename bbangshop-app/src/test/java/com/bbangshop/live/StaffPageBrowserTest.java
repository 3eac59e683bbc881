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
        String handedOver = shop.post("/reservations", Map.of("breadId", breadId)).text("reservationId");
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
                .hasText("Hand over reservation " + shortId(handedOver) + ": staff croissant × 1?");
        confirm.locator(".no").click();
        cancelRow.locator(".cancel").click();
        PlaywrightAssertions.assertThat(confirm.locator(".question")).hasText("Cancel reservation "
                + shortId(canceled) + " (staff croissant × 1)? The loaves go back on sale.");
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

    /** How the staff page names a reservation: the end of its id, where ids made together differ. */
    private static String shortId(String id) {
        return id.substring(id.length() - 8);
    }
}
