-- Loaves one customer may hold of each bread; breads registered before limits per customer existed have none (0).
alter table breads add column if not exists max_per_customer integer default 0 not null;
