-- The bakery's lookup of the breads' names and pickup prefixes, kept by BreadStock's command handlers in the unit of
-- work that stores their events: no two open breads share a name (compared by name_key: case, spaces and width
-- folded) or a pickup prefix. A closed bread keeps its row, with both held columns null, so that the prefix it freed
-- is the last to be given again (closed_at) while its reservations may still wait for pickup. A bread whose closing
-- time has passed is let go by the next command that changes the table.
create table if not exists bread_names (
    bread_id      varchar(64) not null primary key,
    bread_name    varchar(255) not null,
    -- the folded name while the bread is open; null once it is closed
    name_key      varchar(255),
    pickup_prefix varchar(8) not null,
    -- pickup_prefix while the bread is open; null once it is closed
    held_prefix   varchar(8),
    -- when the bread closes by itself (its closing time), if it does: from then on it is not open, whatever the row
    closes_at     timestamp(6) with time zone,
    closed_at     timestamp(6) with time zone
);

-- several nulls are allowed by both: only the open breads' names and prefixes are unique
create unique index if not exists bread_names_open_name_idx on bread_names (name_key);
create unique index if not exists bread_names_held_prefix_idx on bread_names (held_prefix);
