package com.bbangshop.query.deadletter;

import com.bbangshop.query.ProjectionConfiguration;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * A JPA dead-letter queue per projection, in the read model's own database: an event a projection fails on is parked
 * with the later events of its aggregate, and the projection goes on with every other aggregate. The failure has to
 * reach the queue, so {@link ProjectionConfiguration}'s propagating error handler stays. A rebuild empties the queues:
 * the replay brings every parked event again.
 */
@Configuration
@EnableConfigurationProperties(DeadLetterProperties.class)
public class DeadLetterConfiguration {

    @Autowired
    void parkFailedEvents(EventProcessingConfigurer configurer, DeadLetterProperties properties) {
        for (String group : ProjectionConfiguration.PROCESSING_GROUPS) {
            configurer.registerDeadLetterQueue(group, axon -> JpaSequencedDeadLetterQueue.builder()
                    .processingGroup(group)
                    .maxSequences(properties.maxSequences())
                    .maxSequenceSize(properties.maxSequenceSize())
                    .entityManagerProvider(axon.getComponent(EntityManagerProvider.class))
                    .transactionManager(axon.getComponent(TransactionManager.class))
                    .genericSerializer(axon.serializer())
                    .eventSerializer(axon.eventSerializer())
                    .build());
            configurer.registerDeadLetterPolicy(group, axon -> new ProjectionDeadLetterPolicy());
            configurer.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                    (axon, invoker) -> invoker.enableSequenceIdentifierCache().allowReset(true));
        }
    }
}
