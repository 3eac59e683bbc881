package com.bbangshop.autoconfigure.processing;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.config.Configuration;
import org.axonframework.springboot.autoconfig.AxonServerAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where Axon Server routes the events and a processor has a load-balancing strategy
 * ({@code axon.axonserver.eventhandling.processors.<name>.load-balancing-strategy}), the replicas ask it to spread
 * that processor's segments every {@code bbangshop.processing.balance-every}.
 */
@AutoConfiguration(after = AxonServerAutoConfiguration.class)
@ConditionalOnBean(AxonServerConnectionManager.class)
@ConditionalOnProperty("bbangshop.processing.balance-every")
@EnableConfigurationProperties(ProcessingProperties.class)
public class SegmentBalancingAutoConfiguration {

    /** Axon's name for no strategy. */
    private static final String NONE = "disabled";

    @Bean
    SegmentBalancing segmentBalancing(AxonServerConnectionManager axonServer, AxonServerConfiguration settings,
                                      ObjectProvider<Configuration> axon,
                                      ProcessingProperties properties) {
        Map<String, String> strategies = new TreeMap<>();
        settings.getEventhandling().getProcessors().forEach((name, processor) -> {
            if (!NONE.equals(processor.getLoadBalancingStrategy())) {
                strategies.put(name, processor.getLoadBalancingStrategy());
            }
        });
        return new SegmentBalancing(axonServer, () -> axon.getObject().eventProcessingConfiguration(), strategies,
                properties.balanceEvery());
    }
}
