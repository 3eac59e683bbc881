-- When each bread is on sale, from its events; breads registered before sale times existed have neither: on sale
-- from their registration until staff end it.
alter table breads add column if not exists opens_at timestamp(6) with time zone;
alter table breads add column if not exists closes_at timestamp(6) with time zone;
