package com.bbangshop.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** query-service on its own; its settings live in query-service.yml. */
@SpringBootApplication
public class QueryServiceApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(QueryServiceApplication.class);
        app.setDefaultProperties(java.util.Map.of("spring.config.name", "application,query-service"));
        app.run(args);
    }
}
