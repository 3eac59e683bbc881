-- The pages and assignments tables as the read model's schema has them, for the projections' tests without Spring.
create table pages (
    reservation_id varchar(64) not null primary key,
    baker          varchar(255),
    bread_id       varchar(255),
    flagged        boolean default false not null,
    flagged_at     timestamp(6) with time zone,
    flagged_step   varchar(32),
    placed_at      timestamp(6) with time zone,
    quantity       integer not null,
    status         varchar(32),
    updated_at     timestamp(6) with time zone
);

create table assignments (
    reservation_id varchar(64) not null primary key,
    assigned_at    timestamp(6) with time zone,
    baker          varchar(255),
    bread_id       varchar(255),
    quantity       integer not null
);
