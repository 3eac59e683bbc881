-- Axon's event store (JdbcEventStorageEngine, EventStoreDatabase): every event, and aggregates' snapshots.
-- "if not exists": a database written before its tables had migrations has them already (TableGroupMigrations).
-- Bytes are kept in the row (bytea, which H2 reads as varbinary), never as large objects: H2 moves BLOBs of more than a
-- few hundred bytes to a separate store.
create table if not exists domain_event_entry (
    -- the database numbers the events; tracking processors read them in this order and wait out any gaps
    global_index         bigint generated always as identity primary key,
    event_identifier     varchar(255) not null,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    constraint domain_event_entry_event_identifier unique (event_identifier),
    -- two commands deciding on the same aggregate state: the second one to append is a concurrency conflict
    constraint domain_event_entry_aggregate_sequence unique (aggregate_identifier, sequence_number)
);

create table if not exists snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null,
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    primary key (aggregate_identifier, sequence_number, type),
    constraint snapshot_event_entry_event_identifier unique (event_identifier)
);

-- H2 writes a sequence's state to the file (with WRITE_DELAY=0, a whole commit of its own) each time its cache of
-- numbers runs out, 32 by default: in a flash sale that was every few events. A crash skips what was cached, which is
-- only a gap in the numbering. PostgreSQL logs its sequences in its write-ahead log, and a cache there is per
-- connection: numbers would be handed out of order.
alter table domain_event_entry alter column global_index set cache 1000;
