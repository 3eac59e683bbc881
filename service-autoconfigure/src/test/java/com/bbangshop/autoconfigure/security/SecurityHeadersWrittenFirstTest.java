package com.bbangshop.autoconfigure.security;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live stream's frames are written from another thread while the request's filters unwind; the security headers
 * must already be on the response by then, or the two threads set its headers at once.
 */
class SecurityHeadersWrittenFirstTest {

    private final WebApplicationContextRunner app = new WebApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withPropertyValues("bbangshop.staff.password=a-test-password")
            .withConfiguration(AutoConfigurations.of(StaffSecurityAutoConfiguration.class,
                    SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
                    WebMvcAutoConfiguration.class));

    @Test
    void theSecurityHeadersAreOnTheResponseBeforeTheRequestIsHandled() {
        app.run(context -> {
            FilterChainProxy filters = new FilterChainProxy(
                    context.getBean("staffSecurityFilterChain", SecurityFilterChain.class));
            AtomicReference<String> seenByTheHandler = new AtomicReference<>();
            MockHttpServletResponse response = new MockHttpServletResponse();

            MockHttpServletRequest liveStream = new MockHttpServletRequest("GET", "/live/breads");
            liveStream.setServletPath("/live/breads");

            filters.doFilter(liveStream, response, (request, handled) ->
                    seenByTheHandler.set(((HttpServletResponse) handled).getHeader("X-Content-Type-Options")));

            assertThat(response.getStatus()).as("let through").isEqualTo(200);
            assertThat(seenByTheHandler.get()).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        });
    }
}
