package com.bbangshop.reservation.saga;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

@Configuration
public class SagaConfiguration {

    @Bean
    public StepRetryPolicy stepRetryPolicy(@Value("${bbangshop.saga.retry.initial:PT30S}") Duration initial,
                                           @Value("${bbangshop.saga.retry.max:PT5M}") Duration max,
                                           @Value("${bbangshop.saga.retry.flag-after:PT15M}") Duration flagAfter) {
        return new StepRetryPolicy(initial, max, flagAfter);
    }

    @Bean
    public DecisionWindow decisionWindow(@Value("${bbangshop.saga.decision-window:PT1M}") Duration length) {
        return new DecisionWindow(length);
    }
}
