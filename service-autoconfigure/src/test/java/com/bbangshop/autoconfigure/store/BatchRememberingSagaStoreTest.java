package com.bbangshop.autoconfigure.store;

import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class BatchRememberingSagaStoreTest {

    private static final AssociationValue RESERVATION = new AssociationValue("reservationId", "r-1");
    private static final AssociationValue OTHER = new AssociationValue("reservationId", "r-2");

    @SuppressWarnings("unchecked")
    private final SagaStore<Object> database = mock(SagaStore.class);
    private final BatchRememberingSagaStore<Object> store = new BatchRememberingSagaStore<>(database);
    private UnitOfWork<?> batch;

    @AfterEach
    void endBatch() {
        if (batch != null && batch.isActive()) {
            batch.rollback();
        }
    }

    @Test
    void anAssociationIsLookedUpInTheDatabaseOnceInAUnitOfWork() {
        when(database.findSagas(Object.class, RESERVATION)).thenReturn(Set.of("saga-1"));
        batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("event"));

        assertThat(store.findSagas(Object.class, RESERVATION)).containsExactly("saga-1");
        assertThat(store.findSagas(Object.class, RESERVATION)).containsExactly("saga-1");
        assertThat(store.findSagas(Object.class, OTHER)).isEmpty();

        verify(database, times(1)).findSagas(Object.class, RESERVATION);
        verify(database, times(1)).findSagas(Object.class, OTHER);
    }

    @Test
    void aNestedUnitOfWorkSharesWhatItsRootLookedUp() {
        batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("event"));
        store.findSagas(Object.class, RESERVATION);

        UnitOfWork<?> nested = DefaultUnitOfWork.startAndGet(new GenericMessage<>("inner"));
        store.findSagas(Object.class, RESERVATION);
        nested.commit();

        verify(database, times(1)).findSagas(Object.class, RESERVATION);
    }

    @Test
    void aWriteMakesTheNextLookupAskTheDatabaseAgain() {
        batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("event"));
        store.findSagas(Object.class, RESERVATION);

        store.insertSaga(Object.class, "saga-1", new Object(), Set.of(RESERVATION));
        store.findSagas(Object.class, RESERVATION);
        store.deleteSaga(Object.class, "saga-1", Set.of(RESERVATION));
        store.findSagas(Object.class, RESERVATION);

        verify(database, times(3)).findSagas(Object.class, RESERVATION);
    }

    @Test
    void eachUnitOfWorkAndEachLookupOutsideOneAsksTheDatabase() {
        batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("first batch"));
        store.findSagas(Object.class, RESERVATION);
        batch.commit();
        batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("second batch"));
        store.findSagas(Object.class, RESERVATION);
        batch.commit();

        store.findSagas(Object.class, RESERVATION);
        store.findSagas(Object.class, RESERVATION);

        verify(database, times(4)).findSagas(Object.class, RESERVATION);
    }
}
