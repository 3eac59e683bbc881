package com.bbangshop.autoconfigure.store;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValues;
import org.axonframework.modelling.saga.repository.SagaStore;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A saga store that asks its database which sagas an association value belongs to once per unit of work. A saga
 * processor's batch often holds all of a reservation's events (placed, stock reserved, accepted, baker assigned,
 * confirmed), and Axon looks the association up in the database for each of them, though the saga only reaches the
 * database when the batch commits: until then the answer cannot change. The saga started in the batch itself is found
 * by Axon's repository among the sagas it is handling. Any write clears what was remembered, so a lookup after one
 * asks the database again.
 */
public class BatchRememberingSagaStore<T> implements SagaStore<T> {

    private static final String FOUND = BatchRememberingSagaStore.class.getName() + ".found";

    private final SagaStore<T> delegate;

    public BatchRememberingSagaStore(SagaStore<T> delegate) {
        this.delegate = delegate;
    }

    SagaStore<T> delegate() {
        return delegate;
    }

    @Override
    public Set<String> findSagas(Class<? extends T> sagaType, AssociationValue associationValue) {
        if (!CurrentUnitOfWork.isStarted()) {
            return delegate.findSagas(sagaType, associationValue);
        }
        return found().computeIfAbsent(new Lookup(sagaType, associationValue),
                lookup -> Set.copyOf(delegate.findSagas(sagaType, associationValue)));
    }

    @Override
    public <S extends T> Entry<S> loadSaga(Class<S> sagaType, String sagaIdentifier) {
        return delegate.loadSaga(sagaType, sagaIdentifier);
    }

    @Override
    public void deleteSaga(Class<? extends T> sagaType, String sagaIdentifier,
                           Set<AssociationValue> associationValues) {
        forget();
        delegate.deleteSaga(sagaType, sagaIdentifier, associationValues);
    }

    @Override
    public void insertSaga(Class<? extends T> sagaType, String sagaIdentifier, T saga,
                           Set<AssociationValue> associationValues) {
        forget();
        delegate.insertSaga(sagaType, sagaIdentifier, saga, associationValues);
    }

    @Override
    public void updateSaga(Class<? extends T> sagaType, String sagaIdentifier, T saga,
                           AssociationValues associationValues) {
        forget();
        delegate.updateSaga(sagaType, sagaIdentifier, saga, associationValues);
    }

    private Map<Lookup, Set<String>> found() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(FOUND, key -> new HashMap<>());
    }

    private void forget() {
        if (CurrentUnitOfWork.isStarted()) {
            Map<Lookup, Set<String>> found = CurrentUnitOfWork.get().root().getResource(FOUND);
            if (found != null) {
                found.clear();
            }
        }
    }

    private record Lookup(Class<?> sagaType, AssociationValue associationValue) {
    }
}
