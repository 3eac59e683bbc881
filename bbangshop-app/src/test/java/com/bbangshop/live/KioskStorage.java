package com.bbangshop.live;

import com.microsoft.playwright.Page;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a kiosk tab keeps in the browser between two customers: that it is a kiosk, and nothing else. */
final class KioskStorage {

    private KioskStorage() {
    }

    static void assertForgotten(Page kiosk) {
        assertThat(kiosk.url()).endsWith("/?kiosk");
        assertThat(kiosk.evaluate("() => Object.keys(localStorage)")).as("localStorage").isEqualTo(List.of());
        assertThat(kiosk.evaluate("() => Object.keys(sessionStorage)")).as("sessionStorage")
                .isEqualTo(List.of("bbangshop.kiosk"));
    }
}
