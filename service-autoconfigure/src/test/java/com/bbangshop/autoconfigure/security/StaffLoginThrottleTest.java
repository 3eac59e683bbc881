package com.bbangshop.autoconfigure.security;

import com.bbangshop.autoconfigure.WebShop;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed staff logins are throttled per client address and for all addresses together, over HTTP: the client's
 * address is its X-Forwarded-For here, as behind the gateway.
 */
@SpringBootTest(classes = WebShop.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bbangshop.staff.password=" + WebShop.STAFF_PASSWORD,
                "bbangshop.staff.login-throttle.window=PT10S",
                "bbangshop.staff.login-throttle.failures-per-address=3",
                "bbangshop.staff.login-throttle.failures=8",
                "server.forward-headers-strategy=native"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class StaffLoginThrottleTest {

    private static final String PASSWORD = WebShop.STAFF_PASSWORD;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void anAddressPastItsAllowanceIsRefusedUntilItsWindowEndsThenItsLoginWorks() throws Exception {
        for (int failure = 0; failure < 3; failure++) {
            assertThat(login("203.0.113.1", "a-guess").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> refused = login("203.0.113.1", PASSWORD);
        assertThat(refused.statusCode()).as("the right password, unchecked").isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 10L);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("detail").asText()).isEqualTo("too many failed staff logins; try again in "
                + retryAfter + " s");
        assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login("203.0.113.2", PASSWORD).statusCode()).as("another address").isEqualTo(200);

        Thread.sleep(Duration.ofSeconds(retryAfter).plusMillis(200).toMillis());
        assertThat(login("203.0.113.1", PASSWORD).statusCode()).as("after the window").isEqualTo(200);
    }

    @Test
    void whileAllAddressesArePastTheirAllowanceOnlyOnesThatLoggedInLatelyGetIn() throws Exception {
        assertThat(login("198.51.100.7", PASSWORD).statusCode()).isEqualTo(200);
        for (int address = 0; address < 8; address++) {
            assertThat(login("203.0.113." + (30 + address), "a-guess").statusCode()).isEqualTo(401);
        }

        assertThat(login("203.0.113.99", PASSWORD).statusCode()).as("an address never seen").isEqualTo(429);
        assertThat(login("203.0.113.30", PASSWORD).statusCode()).as("an address that guessed").isEqualTo(429);
        assertThat(login("198.51.100.7", PASSWORD).statusCode()).as("the staff's own address").isEqualTo(200);
    }

    @Test
    void successfulLoginsAreNeitherCountedNorRefused() throws Exception {
        for (int call = 0; call < 50; call++) {
            assertThat(login("203.0.113.5", PASSWORD).statusCode()).isEqualTo(200);
        }
        assertThat(login("203.0.113.5", "a-guess").statusCode()).isEqualTo(401);
        assertThat(login("203.0.113.5", PASSWORD).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> login(String address, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("staff:" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/pages"))
                .header("Authorization", "Basic " + basic).header("X-Forwarded-For", address)
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
