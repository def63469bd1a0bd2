-- Version 13 on PostgreSQL: as data/migrations/sqlite/0013, the sessions by client for the
-- report's new-or-returning question.
CREATE INDEX bookings_sessions_by_client ON bookings (client_id, starts_at)
    WHERE status IN ('booked', 'arrived', 'in_session', 'completed');
