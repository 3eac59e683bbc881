-- What a notification tells beyond its kind: the pickup code and the time it runs to (pickup deadline, offer hold).
-- A row's reservation_id names a waiter for a waitlist offer: the waiter's contact is kept under that id.
alter table notification_outbox add column if not exists pickup_code varchar(16);
alter table notification_outbox add column if not exists until_at timestamp(6) with time zone;
