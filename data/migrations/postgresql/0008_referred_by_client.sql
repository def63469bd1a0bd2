-- Version 8 on PostgreSQL: as data/migrations/sqlite/0008, the clients with a referred booking
-- found at once, so the calendar's referral notice costs the week, not the history.
CREATE INDEX bookings_referred_by_client ON bookings (client_id) WHERE status = 'referred';
