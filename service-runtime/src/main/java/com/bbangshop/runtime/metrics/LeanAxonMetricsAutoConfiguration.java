package com.bbangshop.runtime.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** Registered before Axon's metrics autoconfiguration, whose module then stands back for {@link LeanAxonMetrics}. */
@AutoConfiguration(before = MicrometerMetricsAutoConfiguration.class)
@ConditionalOnClass(MetricsConfigurerModule.class)
public class LeanAxonMetricsAutoConfiguration {

    @Bean
    LeanAxonMetrics leanAxonMetrics(GlobalMetricRegistry axonRegistry, MeterRegistry registry) {
        return new LeanAxonMetrics(axonRegistry, registry);
    }
}
