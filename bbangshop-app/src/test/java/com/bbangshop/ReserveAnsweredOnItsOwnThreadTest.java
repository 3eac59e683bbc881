package com.bbangshop;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reserve request is answered on its own thread, without a second pass through the filters and the dispatcher
 * (a flash sale's CPU), and the container keeps more threads than reservations may be in flight, so that the
 * in-flight limit, not a shortage of threads, is what turns customers away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ReserveAnsweredOnItsOwnThreadTest.AsyncDispatches.class)
class ReserveAnsweredOnItsOwnThreadTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("bbangshop.data-dir", dataDir::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    AsyncDispatches asyncDispatches;

    @Autowired
    ServerProperties server;

    @Value("${bbangshop.reservation.max-in-flight}")
    int maxInFlight;

    @Test
    void aReservationAndASoldOutAnswerComeWithoutAnAsyncDispatch() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("one-thread baguette", 1);

        assertThat(shop.post("/reservations", Map.of("breadId", breadId)).status()).isEqualTo(201);
        assertThat(shop.post("/reservations", Map.of("breadId", breadId)).status()).isEqualTo(409);

        assertThat(asyncDispatches.seen).as("async dispatches").noneMatch(dispatch -> dispatch.startsWith("POST"));
    }

    @Test
    void anAsyncEndpointIsSeenByTheSameCounter() {
        BbangshopClient shop = new BbangshopClient(port);
        String breadId = shop.registerBread("counted croissant", 5);
        String reservationId = shop.post("/reservations", Map.of("breadId", breadId)).text("reservationId");

        assertThat(shop.get("/reservations/" + reservationId).status()).isEqualTo(200);

        assertThat(asyncDispatches.seen).contains("GET /reservations/" + reservationId);
    }

    @Test
    void theContainerHasMoreThreadsThanReservationsMayBeInFlight() {
        assertThat(server.getTomcat().getThreads().getMax()).isGreaterThan(maxInFlight);
    }

    @TestConfiguration
    static class AsyncDispatches {

        final List<String> seen = new CopyOnWriteArrayList<>();

        @Bean
        FilterRegistrationBean<Filter> asyncDispatchCounter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                HttpServletRequest http = (HttpServletRequest) request;
                seen.add(http.getMethod() + " " + http.getRequestURI());
                chain.doFilter(request, response);
            });
            registration.setDispatcherTypes(DispatcherType.ASYNC);
            return registration;
        }
    }
}
