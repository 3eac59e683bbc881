package com.bbangshop.autoconfigure.processing;

import io.axoniq.axonserver.connector.AxonServerConnection;
import io.axoniq.axonserver.connector.admin.AdminChannel;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SegmentBalancingTest {

    private final AxonServerConnectionManager axonServer = mock(AxonServerConnectionManager.class);
    private final AdminChannel admin = mock(AdminChannel.class);
    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final TokenStore tokens = mock(TokenStore.class);

    @BeforeEach
    void aReplicaWithThePagesProcessor() {
        AxonServerConnection connection = mock(AxonServerConnection.class);
        when(axonServer.getConnection()).thenReturn(connection);
        when(connection.adminChannel()).thenReturn(admin);
        when(admin.loadBalanceEventProcessor(anyString(), anyString(), anyString()))
                .thenReturn(CompletableFuture.completedFuture(null));
        when(processing.eventProcessor("pages")).thenReturn(Optional.of(mock(EventProcessor.class)));
        when(processing.eventProcessor("ReservationSagaProcessor")).thenReturn(Optional.empty());
        when(processing.tokenStore(any())).thenReturn(tokens);
        when(processing.transactionManager(any())).thenReturn(NoTransactionManager.INSTANCE);
        when(tokens.retrieveStorageIdentifier()).thenReturn(Optional.of("the-token-store"));
    }

    @Test
    void asks_axon_server_to_balance_each_processor_of_this_replica_by_its_strategy() {
        balancing().balance();

        verify(admin).loadBalanceEventProcessor("pages", "the-token-store", "threadNumber");
        verify(admin, never()).loadBalanceEventProcessor("ReservationSagaProcessor", "the-token-store",
                "threadNumber");
    }

    @Test
    void asks_nothing_while_the_token_store_cannot_tell_which_store_it_is_and_keeps_going() {
        when(tokens.retrieveStorageIdentifier()).thenThrow(new IllegalStateException("database down"));
        SegmentBalancing balancing = balancing();

        balancing.balance();
        verify(admin, never()).loadBalanceEventProcessor(anyString(), anyString(), anyString());

        doReturn(Optional.of("the-token-store")).when(tokens).retrieveStorageIdentifier();
        balancing.balance();
        verify(admin).loadBalanceEventProcessor("pages", "the-token-store", "threadNumber");
    }

    private SegmentBalancing balancing() {
        return new SegmentBalancing(axonServer, () -> processing,
                Map.of("pages", "threadNumber", "ReservationSagaProcessor", "threadNumber"), Duration.ofSeconds(10));
    }
}
