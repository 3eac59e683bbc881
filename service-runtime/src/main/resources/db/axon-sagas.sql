-- Axon's saga store (JdbcSagaStore, JdbcStoresAutoConfiguration): each saga, and the values that find it
create table if not exists saga_entry (
    saga_id         varchar(255) not null primary key,
    saga_type       varchar(255),
    revision        varchar(255),
    serialized_saga bytea
);

create table if not exists association_value_entry (
    id                bigint generated always as identity primary key,
    association_key   varchar(255) not null,
    association_value varchar(255),
    saga_type         varchar(255),
    saga_id           varchar(255) not null
);

-- every event a saga handles looks its sagas up by association; ending a saga removes its associations
create index if not exists association_value_entry_lookup
    on association_value_entry (saga_type, association_key, association_value);
create index if not exists association_value_entry_saga on association_value_entry (saga_id, saga_type);
