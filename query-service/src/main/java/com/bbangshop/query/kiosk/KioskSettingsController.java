package com.bbangshop.query.kiosk;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the kiosk page reads at start: the shop's settings for a kiosk in the shop. */
@RestController
@EnableConfigurationProperties(KioskProperties.class)
public class KioskSettingsController {

    private final KioskProperties kiosk;

    public KioskSettingsController(KioskProperties kiosk) {
        this.kiosk = kiosk;
    }

    @Operation(summary = "The kiosk's settings", description = "idleResetSeconds: an in-shop kiosk (/?kiosk) "
            + "forgets its customer and returns to a clean start after this many seconds without a touch")
    @GetMapping("/kiosk/settings")
    public KioskSettings settings() {
        return new KioskSettings(kiosk.idleReset().toSeconds());
    }

    public record KioskSettings(long idleResetSeconds) {
    }
}
