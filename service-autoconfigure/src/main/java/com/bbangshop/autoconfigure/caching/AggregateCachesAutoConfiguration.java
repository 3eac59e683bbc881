package com.bbangshop.autoconfigure.caching;

import com.bbangshop.support.caching.AggregateCaches;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The {@link AggregateCaches} a service makes its aggregates' caches from, closed with the application context. */
@AutoConfiguration
public class AggregateCachesAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    AggregateCaches aggregateCaches() {
        return new AggregateCaches();
    }
}
