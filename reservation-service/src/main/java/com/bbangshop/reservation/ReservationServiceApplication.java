package com.bbangshop.reservation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** reservation-service on its own; its settings live in reservation-service.yml. */
@SpringBootApplication
public class ReservationServiceApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(ReservationServiceApplication.class);
        app.setDefaultProperties(java.util.Map.of("spring.config.name", "application,reservation-service"));
        app.run(args);
    }
}
