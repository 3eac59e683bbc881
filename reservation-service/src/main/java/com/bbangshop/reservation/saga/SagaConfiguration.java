package com.bbangshop.reservation.saga;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SagaProperties.class)
public class SagaConfiguration {

    @Bean
    public StepRetryPolicy stepRetryPolicy(SagaProperties properties) {
        return properties.retry();
    }

    @Bean
    public DecisionWindow decisionWindow(SagaProperties properties) {
        return new DecisionWindow(properties.decisionWindow());
    }
}
