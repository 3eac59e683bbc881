-- H2's addition to axon-sagas.sql: association numbers from a cache, for the reason given in axon-events-h2.sql.
alter table association_value_entry alter column id set cache 1000;
