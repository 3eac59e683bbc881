package com.bbangshop.autoconfigure.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which pages may send a changing request: the shop's own, and the origins allowed besides. */
class CrossSiteRequestGuardTest {

    private final CrossSiteRequestGuard guard = new CrossSiteRequestGuard(List.of("https://shop.example"));

    @Test
    void aPageOfTheAddressTheRequestWasSentToMaySendChanges() throws Exception {
        assertThat(statusOf("POST", "http://localhost:8080", "localhost:8080")).isEqualTo(200);
        assertThat(statusOf("PATCH", "https://Bakery.Example", "bakery.example")).isEqualTo(200);
    }

    @Test
    void anAllowedOriginMaySendChangesWhateverTheHost() throws Exception {
        assertThat(statusOf("POST", "https://shop.example", "bbangshop-gateway:8080")).isEqualTo(200);
    }

    @Test
    void anyOtherPageMayNot() throws Exception {
        assertThat(statusOf("POST", "http://evil.example", "localhost:8080")).isEqualTo(403);
        assertThat(statusOf("POST", "http://localhost:8081", "localhost:8080")).isEqualTo(403);
        assertThat(statusOf("POST", "http://localhost:8080.evil.example", "localhost:8080")).isEqualTo(403);
        assertThat(statusOf("DELETE", "null", "localhost:8080")).isEqualTo(403);
        assertThat(statusOf("POST", "not an origin", "localhost:8080")).isEqualTo(403);
        assertThat(statusOf("POST", "http://localhost:8080", null)).isEqualTo(403);
    }

    @Test
    void readingIsNeverRefused() throws Exception {
        assertThat(statusOf("GET", "http://evil.example", "localhost:8080")).isEqualTo(200);
    }

    private int statusOf(String method, String origin, String host) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/reservations/r-1/pickup");
        request.addHeader("Origin", origin);
        if (host != null) {
            request.addHeader("Host", host);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
