package com.bbangshop.query.kiosk;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The kiosk is {@code static/index.html} at {@code /}; the staff page lives at {@code /staff}. */
@Configuration
public class KioskPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/staff").setViewName("forward:/staff.html");
    }
}
