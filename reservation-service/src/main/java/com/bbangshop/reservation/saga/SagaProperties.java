package com.bbangshop.reservation.saga;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code bbangshop.saga.*} (defaults in application.yml).
 *
 * @param decisionWindow how long a placed reservation may wait for its stock decision before its saga cancels it
 * @param retry          how a step that failed is tried again ({@code initial}, {@code max}, {@code flag-after})
 */
@ConfigurationProperties("bbangshop.saga")
public record SagaProperties(Duration decisionWindow, StepRetryPolicy retry) {

    public SagaProperties {
        if (decisionWindow == null || decisionWindow.isNegative() || decisionWindow.isZero()) {
            throw new IllegalArgumentException("bbangshop.saga.decision-window must be positive");
        }
        if (retry == null) {
            throw new IllegalArgumentException("bbangshop.saga.retry.* is not set");
        }
    }

}
