package com.bbangshop.bakery.assignment;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.security.SecureRandom;

@Configuration
@EnableConfigurationProperties(BakerRosterProperties.class)
public class AssignmentConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public BakerPicker bakerPicker(BakerRosterProperties roster) {
        return new RandomBakerPicker(roster.bakers(), new SecureRandom());
    }
}
