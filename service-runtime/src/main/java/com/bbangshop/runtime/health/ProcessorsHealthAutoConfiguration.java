package com.bbangshop.runtime.health;

import org.axonframework.config.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** The {@code eventProcessors} health component, part of the readiness group (application.yml). */
@AutoConfiguration
public class ProcessorsHealthAutoConfiguration {

    @Bean
    CaughtUpEventProcessors eventProcessorsHealthIndicator(ObjectProvider<Configuration> axon) {
        // asked only when probed: the processors exist once Axon's configuration has started
        return new CaughtUpEventProcessors(() -> axon.getObject().eventProcessingConfiguration(),
                () -> axon.getObject().eventStore().createHeadToken(), Clock.systemUTC());
    }
}
