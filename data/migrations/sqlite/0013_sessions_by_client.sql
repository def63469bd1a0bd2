-- Version 13: the manager's report tells new clients from returning ones by asking whether each
-- client of the period had a session before it. An index of the sessions alone (not the
-- cancelled or no-show bookings) by client answers that in one probe per client.
CREATE INDEX bookings_sessions_by_client ON bookings (client_id, starts_at)
    WHERE status IN ('booked', 'arrived', 'in_session', 'completed');
