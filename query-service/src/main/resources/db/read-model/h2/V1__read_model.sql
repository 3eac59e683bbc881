-- The read model: PageEntry, PageBreadName, BreadEntry and AssignmentEntry, which Hibernate maps (and validates).
-- "if not exists": a database written before its tables had migrations has them already (TableGroupMigrations).

-- "my page": a reservation as the customer sees it
create table if not exists pages (
    reservation_id varchar(64) not null primary key,
    baker          varchar(255),
    bread_id       varchar(255),
    -- rows written before flags existed are unflagged
    flagged        boolean default false not null,
    flagged_at     timestamp(6) with time zone,
    flagged_step   varchar(32),
    placed_at      timestamp(6) with time zone,
    quantity       integer not null,
    status         varchar(32) check (status in ('REQUESTED', 'SOLD_OUT', 'ACCEPTED', 'CONFIRMED',
                                                 'CANCELLATION_REQUESTED', 'CANCELED', 'PICKED_UP')),
    updated_at     timestamp(6) with time zone
);

create index if not exists pages_status_idx on pages (status);
create index if not exists pages_placed_idx on pages (placed_at);
create index if not exists pages_flagged_idx on pages (flagged);

-- the pages projection's own copy of each bread's name
create table if not exists page_bread_names (
    bread_id   varchar(64) not null primary key,
    bread_name varchar(255) not null
);

create table if not exists breads (
    bread_id            varchar(64) not null primary key,
    bread_name          varchar(255) not null,
    edition_size        integer not null,
    max_per_reservation integer not null,
    registered_at       timestamp(6) with time zone,
    remaining           integer not null
);

create table if not exists assignments (
    reservation_id varchar(64) not null primary key,
    assigned_at    timestamp(6) with time zone,
    baker          varchar(255),
    bread_id       varchar(255),
    quantity       integer not null
);
