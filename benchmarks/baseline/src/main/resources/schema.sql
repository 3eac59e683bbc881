create table if not exists stock (
    bread_id     varchar(64) primary key,
    bread_name   varchar(255) not null,
    edition_size int not null,
    remaining    int not null check (remaining >= 0)
);
create table if not exists reservation (
    reservation_id varchar(64) primary key,
    bread_id       varchar(64) not null,
    status         varchar(16) not null
);
