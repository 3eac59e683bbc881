package com.bbangshop.autoconfigure.health;

import org.axonframework.config.Configuration;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Duration;

/** The {@code eventProcessors} health component, part of the readiness group (application.yml). */
@AutoConfiguration
@EnableConfigurationProperties(TokenStoreProperties.class)
public class ProcessorsHealthAutoConfiguration {

    /** How often a tracking processor tries to claim a segment it does not hold (Axon's default). */
    private static final Duration CLAIM_ATTEMPTS = Duration.ofSeconds(5);

    @Bean
    ProcessorsCaughtUpHealthIndicator eventProcessorsHealthIndicator(ObjectProvider<Configuration> axon,
                                                           TokenStoreProperties tokenStore) {
        // asked only when probed: the processors exist once Axon's configuration has started. A dead process's
        // claims are free once the token store's claim timeout has passed, and taken at the next claim attempt.
        // The processors here all read the event store.
        return new ProcessorsCaughtUpHealthIndicator(() -> axon.getObject().eventProcessingConfiguration(),
                () -> axon.getObject().eventStore(),
                tokenStore.getClaimTimeout().plus(CLAIM_ATTEMPTS), Clock.systemUTC());
    }
}
