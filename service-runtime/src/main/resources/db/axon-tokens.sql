-- Axon's token store (JdbcTokenStore, JdbcStoresAutoConfiguration): how far each event processor segment has read,
-- and which process holds it
create table if not exists token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255) not null,
    owner          varchar(255),
    primary key (processor_name, segment)
);
