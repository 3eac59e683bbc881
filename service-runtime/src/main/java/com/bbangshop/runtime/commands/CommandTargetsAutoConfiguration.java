package com.bbangshop.runtime.commands;

import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Every aggregate of the process finds its commands' targets through {@link RememberedCommandTargets}: an aggregate
 * without a resolver of its own takes the application context's {@link CommandTargetResolver}.
 */
@AutoConfiguration
public class CommandTargetsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CommandTargetResolver.class)
    RememberedCommandTargets rememberedCommandTargets() {
        return new RememberedCommandTargets();
    }
}
