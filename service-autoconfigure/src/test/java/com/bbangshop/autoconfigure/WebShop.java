package com.bbangshop.autoconfigure;

import com.bbangshop.autoconfigure.security.StaffSecurityAutoConfiguration;
import com.bbangshop.autoconfigure.web.EarlyRefusalsAutoConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * A web process with service-autoconfigure's security and refusals and nothing else, on Tomcat: for tests that need real
 * HTTP but not Axon or a database. {@code GET /pages} is a staff page; the two {@code /breads} paths fail as a
 * filter or a bug would.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class,
        EmbeddedWebServerFactoryCustomizerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class, SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class, StaffSecurityAutoConfiguration.class,
        EarlyRefusalsAutoConfiguration.class})
@RestController
public class WebShop {

    public static final String STAFF_PASSWORD = "web-shop-staff-password";

    @GetMapping("/pages")
    String pages() {
        return "[]";
    }

    @GetMapping("/breads/teapot")
    void refusedOnTheResponse(HttpServletResponse response) throws IOException {
        response.sendError(418, "short and stout");
    }

    @GetMapping("/breads/broken")
    void broken() {
        throw new IllegalStateException("the internals of a bug");
    }
}
