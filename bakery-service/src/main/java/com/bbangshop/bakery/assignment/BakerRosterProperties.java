package com.bbangshop.bakery.assignment;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/** {@code bbangshop.bakers}: the shop's roster. */
@Validated
@ConfigurationProperties("bbangshop")
public record BakerRosterProperties(@NotEmpty List<String> bakers) {

    public BakerRosterProperties {
        bakers = bakers == null || bakers.isEmpty() ? List.of("Minji", "Seojun", "Hana", "Jiho") : List.copyOf(bakers);
    }
}
