package com.bbangshop.autoconfigure.store;

import org.springframework.orm.jpa.persistenceunit.ManagedClassNameFilter;

import java.util.List;

/**
 * Axon's autoconfiguration registers its JPA entities for events, snapshots, tokens and sagas with Hibernate, whose
 * schema validation would then expect those tables in its own shape (a sequence for the event index, an association
 * id that the JDBC saga store never fills), and the events in the main database. Those tables belong to the JDBC
 * stores now, so Hibernate does not map them; the dead-letter queue's entities, still JPA, stay.
 */
final class AxonEntitiesLeftToJdbc implements ManagedClassNameFilter {

    private static final List<String> JDBC_OWNED_PACKAGES = List.of(
            "org.axonframework.eventsourcing.eventstore.jpa.",
            "org.axonframework.eventhandling.tokenstore.",
            "org.axonframework.modelling.saga.repository.jpa.");

    @Override
    public boolean matches(String className) {
        return JDBC_OWNED_PACKAGES.stream().noneMatch(className::startsWith);
    }
}
