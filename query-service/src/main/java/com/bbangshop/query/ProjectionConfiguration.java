package com.bbangshop.query;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's default is to log a failing event and skip it, which lets a view drift silently; the projections instead
 * propagate the failure, so that their dead-letter queues (see DeadLetterConfiguration) park the event for a retry.
 */
@Configuration
public class ProjectionConfiguration {

    public static final String[] PROCESSING_GROUPS = {"pages", "breads", "assignments"};

    @Autowired
    void propagateProjectionErrors(EventProcessingConfigurer configurer) {
        for (String group : PROCESSING_GROUPS) {
            configurer.registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance());
        }
    }
}
