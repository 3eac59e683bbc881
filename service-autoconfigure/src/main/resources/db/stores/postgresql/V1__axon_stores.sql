-- Axon's stores beside every service's own tables: the token store (JdbcTokenStore), the saga store (JdbcSagaStore),
-- both in JdbcStoresAutoConfiguration, and the dead letters of the event processors (Axon's JPA entity).
-- "if not exists": a database written before its tables had migrations has them already (TableGroupMigrations).

-- how far each event processor segment has read, and which process holds it
create table if not exists token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255) not null,
    owner          varchar(255),
    primary key (processor_name, segment)
);

-- each saga, and the values that find it
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

-- events a processor failed to handle, parked in sequences (the names are those Hibernate gave them)
create table if not exists dead_letter_entry (
    dead_letter_id       varchar(255) not null primary key,
    cause_message        varchar(1023),
    cause_type           varchar(255),
    diagnostics          bytea,
    enqueued_at          timestamp(6) with time zone not null,
    last_touched         timestamp(6) with time zone,
    aggregate_identifier varchar(255),
    event_identifier     varchar(255) not null,
    message_type         varchar(255) not null,
    meta_data            bytea,
    payload              bytea not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    sequence_number      bigint,
    time_stamp           varchar(255) not null,
    token                bytea,
    token_type           varchar(255),
    type                 varchar(255),
    processing_group     varchar(255) not null,
    processing_started   timestamp(6) with time zone,
    sequence_identifier  varchar(255) not null,
    sequence_index       bigint not null,
    constraint ukhlr8io86j74qy298xf720n16v unique (processing_group, sequence_identifier, sequence_index)
);

create index if not exists idxe67wcx5fiq9hl4y4qkhlcj9cg on dead_letter_entry (processing_group);
create index if not exists idxrwucpgs6sn93ldgoeh2q9k6bn on dead_letter_entry (processing_group, sequence_identifier);
