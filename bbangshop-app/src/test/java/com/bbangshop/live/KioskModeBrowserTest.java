package com.bbangshop.live;

import com.bbangshop.BbangshopClient;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A kiosk in the shop left alone after a customer: it forgets them after the idle time, set short here. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bbangshop.kiosk.idle-reset=PT3S")
class KioskModeBrowserTest extends PagesInChromium {

    @Test
    void aKioskLeftAloneAfterAReservationStartsOverWithNothingOfTheCustomer() {
        String breadId = new BbangshopClient(port).registerBread("idle baguette", 5);
        Page kiosk = open(390, 844, "/?kiosk");
        Locator bread = kiosk.locator("[data-bread-id='" + breadId + "']");
        PlaywrightAssertions.assertThat(bread.locator(".count")).hasText("5");
        kiosk.locator("#language").click();
        PlaywrightAssertions.assertThat(kiosk.locator("#breads-title")).hasText("오늘의 빵");
        bread.locator(".reserve").click();
        Locator card = kiosk.locator(".reservation");
        PlaywrightAssertions.assertThat(card.locator(".qr")).isVisible();
        PlaywrightAssertions.assertThat(card.locator(".pickup-label")).hasText("수령 번호");
        PlaywrightAssertions.assertThat(card.locator(".pickup-code")).hasText(Pattern.compile("[A-Z]{2}[2-9A-Z]{2,}"));
        kiosk.evaluate("window.sameDocument = true");
        screenshot(kiosk, "20-kiosk-mode-before-idle");

        PlaywrightAssertions.assertThat(card).hasCount(0);
        PlaywrightAssertions.assertThat(kiosk.locator("#breads-title")).hasText("Today's breads");
        assertThat(kiosk.evaluate("window.sameDocument")).as("a fresh page").isNull();
        KioskStorage.assertForgotten(kiosk);
        PlaywrightAssertions.assertThat(bread.locator(".count")).hasText("4");
        screenshot(kiosk, "21-kiosk-mode-after-idle");
    }
}
