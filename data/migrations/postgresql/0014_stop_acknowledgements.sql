-- Version 14 on PostgreSQL: as data/migrations/sqlite/0014, the therapists' acknowledgements of
-- a stop-and-refer on My day. Each one notifies as a check-in change of its booking, so the
-- therapist's other treatment-room PC drops the alert too (migration 9's payload, no health data).
CREATE TABLE stop_acknowledgements (
    therapist_id    bigint NOT NULL REFERENCES therapists(id),
    checkin_id      bigint NOT NULL REFERENCES checkins(id),
    booking_id      bigint NOT NULL REFERENCES bookings(id),
    acknowledged_at bigint NOT NULL,
    user_name       text   NOT NULL DEFAULT '',
    PRIMARY KEY (therapist_id, checkin_id)
);
CREATE INDEX stop_acknowledgements_by_booking ON stop_acknowledgements (booking_id);

CREATE TRIGGER stop_acknowledgements_notify AFTER INSERT OR UPDATE ON stop_acknowledgements
    FOR EACH ROW EXECUTE FUNCTION massage_desk_notify_checkin();
