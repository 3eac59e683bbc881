-- H2's addition to axon-events.sql. H2 writes a sequence's state to the file (with WRITE_DELAY=0, a whole commit of
-- its own) each time its cache of numbers runs out, 32 by default: in a flash sale that was every few events. A crash
-- skips what was cached, which is only a gap in the numbering. (Here, not in the table's definition, so that tables
-- made before get the cache too.) PostgreSQL logs its sequences in its write-ahead log, and a cache there is per
-- connection: numbers would be handed out of order.
alter table domain_event_entry alter column global_index set cache 1000;
