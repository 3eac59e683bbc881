package com.bbangshop.counter;

import com.bbangshop.BbangshopClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** No key is built in: a shop that has not set bbangshop.customers.key cannot sell a bread limited per customer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerLimitWithoutKeyTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void aLimitedBreadIsRefusedWithA503ThatSaysWhichSettingIsMissingAndOthersSellAsUsual() {
        BbangshopClient shop = new BbangshopClient(port);
        String limited = shop.asStaff().post("/breads", Map.of("breadName", "keyless loaf", "quantity", 5,
                "maxPerCustomer", 1)).text("breadId");
        shop.awaitJson("/breads/" + limited, b -> b.path("maxPerCustomer").asInt() == 1, Duration.ofSeconds(10));

        BbangshopClient.Response refused = shop.post("/reservations", Map.of("breadId", limited,
                "phone", "010-1234-5678"));
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("bbangshop.customers.key");
        assertThat(shop.get("/breads/" + limited).body().path("remaining").asInt()).isEqualTo(5);

        String free = shop.registerBread("keyless bun", 5);
        assertThat(shop.post("/reservations", Map.of("breadId", free, "phone", "010-1234-5678")).status())
                .isEqualTo(201);
    }
}
