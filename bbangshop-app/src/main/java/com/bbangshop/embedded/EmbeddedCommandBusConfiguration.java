package com.bbangshop.embedded;

import org.axonframework.commandhandling.AsynchronousCommandBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * In one JVM Axon's default command bus runs a command inside the thread, and the transaction, of whoever sent it.
 * A saga's command would then hold the bread's lock until the saga's whole batch commits, and every reservation
 * would queue behind the one saga thread. Apart, on Axon Server, commands never run inside the sender; this bus gives
 * the embedded mode the same shape: the customers' commands each in its own transaction on a bounded pool, the
 * saga's follow-ups apart, committed in groups. Only a sender that opened a unit of work for several commands on
 * purpose (placing a reservation with its decision) has them run inside it; see {@link CommandRoutingExecutor}.
 */
@org.springframework.context.annotation.Configuration
@EnableConfigurationProperties(EmbeddedCommandProperties.class)
public class EmbeddedCommandBusConfiguration {

    @Bean(destroyMethod = "shutdown")
    public ExecutorService commandExecutor(EmbeddedCommandProperties properties) {
        return Executors.newFixedThreadPool(properties.commandThreads(), new AxonThreadFactory("commands"));
    }

    /**
     * The saga's and deadlines' commands, committed in groups; see {@link CommandRoutingExecutor}. One thread by default: a
     * group holds its aggregates' locks until it commits, and two groups could each wait for the other's.
     */
    @Bean(destroyMethod = "shutdown")
    FollowUpCommandExecutor followUpCommands(EmbeddedCommandProperties properties) {
        return new FollowUpCommandExecutor(properties.followUpCommandThreads(), properties.followUpGroup());
    }

    @Bean
    @Qualifier("localSegment")
    public CommandBus commandBus(TransactionManager transactionManager, Configuration axon,
                                 DuplicateCommandHandlerResolver duplicateResolver,
                                 @Qualifier("commandExecutor") ExecutorService commandExecutor,
                                 FollowUpCommandExecutor followUps) {
        AsynchronousCommandBus bus = AsynchronousCommandBus.builder()
                .executor(new CommandRoutingExecutor(commandExecutor, followUps))
                .transactionManager(new JoiningTransactionManager(transactionManager))
                .duplicateCommandHandlerResolver(duplicateResolver)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus"))
                .build();
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return bus;
    }
}
