-- The code a customer shows at the counter, from ReservationAcceptedEvent; pages of reservations accepted before
-- pickup codes existed keep none.
alter table pages add column if not exists pickup_code varchar(16);

create index if not exists pages_pickup_code_idx on pages (pickup_code);
