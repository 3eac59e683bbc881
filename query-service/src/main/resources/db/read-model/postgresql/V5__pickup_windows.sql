-- How long each bread's ready loaves wait at the counter, in minutes; null: the shop's default (bbangshop.pickup.window),
-- as for breads registered before breads had windows of their own.
alter table breads add column if not exists pickup_window_minutes integer;
