package com.bbangshop.reservation;

import com.bbangshop.api.page.FindReservationQuery;
import com.bbangshop.api.page.ReservationView;
import com.bbangshop.api.reservation.MarkReservationReadyCommand;
import com.bbangshop.api.reservation.ReservationStatus;
import com.bbangshop.api.rules.BusinessRuleException;
import com.bbangshop.api.stock.BreadView;
import com.bbangshop.api.stock.FindBreadQuery;
import com.bbangshop.autoconfigure.json.StrictRequestJsonAutoConfiguration;
import com.bbangshop.autoconfigure.security.StaffSecurityAutoConfiguration;
import com.bbangshop.reservation.pickup.PickupProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The ready endpoints over real HTTP with the shop's security and problem answers, the gateways standing in for the
 * reservations: staff only, bad input a 400 problem that changes nothing, and each id of a batch answered on its own.
 */
@SpringBootTest(classes = ReadyEndpointsTest.Shop.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bbangshop.staff.password=" + ReadyEndpointsTest.PASSWORD)
class ReadyEndpointsTest {

    static final String PASSWORD = "ready-endpoints-staff-password";
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void customersCannotMarkLoavesReady() throws Exception {
        HttpResponse<String> one = post("/reservations/r-1/ready", "", false);
        HttpResponse<String> many = post("/reservations/ready", "{\"reservationIds\":[\"r-1\"]}", false);

        assertThat(one.statusCode()).isEqualTo(401);
        assertThat(many.statusCode()).isEqualTo(401);
        assertThat(many.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aBatchOfNoIdsOrOfMoreThanAHundredIsBadInput() throws Exception {
        String tooMany = IntStream.rangeClosed(1, 101).mapToObj(i -> "\"r-" + i + "\"")
                .collect(Collectors.joining(",", "{\"reservationIds\":[", "]}"));

        for (String body : new String[]{"{\"reservationIds\":[]}", tooMany}) {
            HttpResponse<String> answer = post("/reservations/ready", body, true);
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(json.readTree(answer.body()).path("detail").asText())
                    .isEqualTo("reservationIds size must be between 1 and 100");
        }
    }

    @Test
    void aBatchWithoutIdsOrWithABlankOneIsBadInput() throws Exception {
        HttpResponse<String> missing = post("/reservations/ready", "{}", true);
        HttpResponse<String> blank = post("/reservations/ready", "{\"reservationIds\":[\"r-1\",\" \"]}", true);

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json.readTree(missing.body()).path("detail").asText()).isEqualTo("reservationIds must not be null");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(json.readTree(blank.body()).path("detail").asText()).contains("must not be blank");
    }

    @Test
    void anUnknownReservationIsNotFound() throws Exception {
        reservation("r-unknown", null);

        HttpResponse<String> answer = post("/reservations/r-unknown/ready", "", true);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(answer.body()).path("detail").asText()).isEqualTo("no reservation with id r-unknown");
    }

    @Test
    void eachIdOfABatchIsAnsweredWithItsDeadlineOrItsPreciseRefusalInTheOrderGiven() throws Exception {
        bread("own-window", 45);
        bread("shop-window", null);
        reservation("r-own", "own-window");
        reservation("r-shop", "shop-window");
        reservation("r-picked", "shop-window");
        reservation("r-gone", null);
        Instant ownDeadline = NOW.plus(Duration.ofMinutes(45));
        Instant shopDeadline = NOW.plus(Duration.ofHours(2));
        when(commands.send(new MarkReservationReadyCommand("r-own", ownDeadline)))
                .thenReturn(CompletableFuture.completedFuture(ownDeadline));
        Instant firstGiven = NOW.minusSeconds(60);
        when(commands.send(new MarkReservationReadyCommand("r-shop", shopDeadline)))
                .thenReturn(CompletableFuture.completedFuture(firstGiven));
        when(commands.send(new MarkReservationReadyCommand("r-picked", shopDeadline)))
                .thenReturn(CompletableFuture.failedFuture(BusinessRuleException.conflict(
                        "reservation r-picked is PICKED_UP; only a CONFIRMED reservation can be marked ready")));

        HttpResponse<String> answer = post("/reservations/ready",
                "{\"reservationIds\":[\"r-own\",\"r-shop\",\"r-picked\",\"r-gone\",\"r-own\"]}", true);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode outcomes = json.readTree(answer.body()).path("outcomes");
        assertThat(outcomes).hasSize(4);
        assertThat(outcomes.get(0).path("reservationId").asText()).isEqualTo("r-own");
        assertThat(outcomes.get(0).path("ready").asBoolean()).isTrue();
        assertThat(outcomes.get(0).path("pickupBy").asText()).isEqualTo(ownDeadline.toString());
        assertThat(outcomes.get(1).path("pickupBy").asText()).as("ready already: the deadline first given")
                .isEqualTo(firstGiven.toString());
        assertThat(outcomes.get(2).path("ready").asBoolean()).isFalse();
        assertThat(outcomes.get(2).path("status").asInt()).isEqualTo(409);
        assertThat(outcomes.get(2).path("detail").asText())
                .isEqualTo("reservation r-picked is PICKED_UP; only a CONFIRMED reservation can be marked ready");
        assertThat(outcomes.get(3).path("status").asInt()).isEqualTo(404);
        assertThat(outcomes.get(3).path("detail").asText()).isEqualTo("no reservation with id r-gone");
    }

    @SuppressWarnings("unchecked")
    private void reservation(String reservationId, String breadId) {
        Optional<ReservationView> view = breadId == null ? Optional.empty() : Optional.of(new ReservationView(
                reservationId, breadId, "a bread", 1, ReservationStatus.CONFIRMED, "breadSucceed", "Hana", NOW, NOW,
                false, null, null, "AA23", null));
        when(queries.query(eq(new FindReservationQuery(reservationId)), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(view));
    }

    @SuppressWarnings("unchecked")
    private void bread(String breadId, Integer pickupWindowMinutes) {
        when(queries.query(eq(new FindBreadQuery(breadId)), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.of(new BreadView(breadId, "a bread", 10, 5, 5,
                        2, false, null, null, 0, pickupWindowMinutes))));
    }

    private HttpResponse<String> post(String path, String body, boolean asStaff) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (asStaff) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("staff:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class,
            EmbeddedWebServerFactoryCustomizerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
            JacksonAutoConfiguration.class, ValidationAutoConfiguration.class, SecurityAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
            StaffSecurityAutoConfiguration.class, StrictRequestJsonAutoConfiguration.class})
    @Import({ReadyController.class, ReservationProblems.class, PickupDeadlines.class, KnownBreads.class})
    static class Shop {

        @Bean
        CommandGateway commandGateway() {
            return mock(CommandGateway.class);
        }

        @Bean
        QueryGateway queryGateway() {
            return mock(QueryGateway.class);
        }

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        PickupProperties pickupProperties() {
            return new PickupProperties(Duration.ofHours(2), Duration.ofMinutes(15));
        }

        @Bean
        ReservationProperties reservationProperties() {
            return new ReservationProperties(Duration.ofSeconds(3), 1, 1, 10);
        }
    }
}
