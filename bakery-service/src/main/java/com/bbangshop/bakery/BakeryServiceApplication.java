package com.bbangshop.bakery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** bakery-service on its own; its settings live in bakery-service.yml so they never clash with the launcher's. */
@SpringBootApplication
public class BakeryServiceApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(BakeryServiceApplication.class);
        app.setDefaultProperties(java.util.Map.of("spring.config.name", "application,bakery-service"));
        app.run(args);
    }
}
