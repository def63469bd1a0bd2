-- Version 14 (issue 11 §2): a stop-and-refer on a therapist's My day stays until they
-- acknowledge it. The acknowledgement is kept here, per therapist and check-in (the booking
-- beside it), so a restart or another treatment-room PC does not show it again; a newer
-- check-in of the same booking that stops again is a new alert. user_name names who was
-- signed in (empty: a centre without users). No health data: only that it was read, and when.
CREATE TABLE stop_acknowledgements (
    therapist_id    INTEGER NOT NULL REFERENCES therapists(id),
    checkin_id      INTEGER NOT NULL REFERENCES checkins(id),
    booking_id      INTEGER NOT NULL REFERENCES bookings(id),
    acknowledged_at INTEGER NOT NULL,
    user_name       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (therapist_id, checkin_id)
);
CREATE INDEX stop_acknowledgements_by_booking ON stop_acknowledgements (booking_id);
