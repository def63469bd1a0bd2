-- Version 15 on PostgreSQL: every time is a timestamptz (issue 10), so a person reading the
-- centre with psql sees dates, and the server's own range and interval types hold the rules.
-- Versions 1 to 15 stored UTC seconds since 1970 as bigint, as SQLite still does
-- (data/migrations/sqlite/0015 changes nothing there). Every connection runs in UTC
-- (DatabaseServer), and the application still speaks seconds through SqlDialect.
-- to_timestamp(seconds) is exact: whole seconds in, whole seconds out. A default of 0 was
-- "never" (changed_at, locked_until); it becomes the epoch itself.

-- What depends on the old types goes first and comes back below: the occupied range and its
-- two exclusion constraints, and the length check of a booking.
ALTER TABLE bookings DROP CONSTRAINT bookings_therapist_no_overlap;
ALTER TABLE bookings DROP CONSTRAINT bookings_room_no_overlap;
ALTER TABLE bookings DROP COLUMN occupied;
ALTER TABLE bookings DROP CONSTRAINT bookings_check;

ALTER TABLE therapists
    ALTER COLUMN created_at TYPE timestamptz USING to_timestamp(created_at),
    ALTER COLUMN changed_at DROP DEFAULT,
    ALTER COLUMN changed_at TYPE timestamptz USING to_timestamp(changed_at),
    ALTER COLUMN changed_at SET DEFAULT 'epoch';
ALTER TABLE users
    ALTER COLUMN created_at TYPE timestamptz USING to_timestamp(created_at),
    ALTER COLUMN locked_until DROP DEFAULT,
    ALTER COLUMN locked_until TYPE timestamptz USING to_timestamp(locked_until),
    ALTER COLUMN locked_until SET DEFAULT 'epoch',
    ALTER COLUMN password_changed_at TYPE timestamptz USING to_timestamp(password_changed_at);
ALTER TABLE services
    ALTER COLUMN created_at TYPE timestamptz USING to_timestamp(created_at),
    ALTER COLUMN changed_at DROP DEFAULT,
    ALTER COLUMN changed_at TYPE timestamptz USING to_timestamp(changed_at),
    ALTER COLUMN changed_at SET DEFAULT 'epoch';
ALTER TABLE service_revisions
    ALTER COLUMN created_at TYPE timestamptz USING to_timestamp(created_at);
ALTER TABLE rooms
    ALTER COLUMN created_at TYPE timestamptz USING to_timestamp(created_at),
    ALTER COLUMN changed_at DROP DEFAULT,
    ALTER COLUMN changed_at TYPE timestamptz USING to_timestamp(changed_at),
    ALTER COLUMN changed_at SET DEFAULT 'epoch';
ALTER TABLE settings
    ALTER COLUMN changed_at DROP DEFAULT,
    ALTER COLUMN changed_at TYPE timestamptz USING to_timestamp(changed_at),
    ALTER COLUMN changed_at SET DEFAULT 'epoch';
-- Both ends in one statement: the check starts_at < ends_at is rebuilt once, over the new types.
ALTER TABLE therapist_absences
    ALTER COLUMN starts_at TYPE timestamptz USING to_timestamp(starts_at),
    ALTER COLUMN ends_at TYPE timestamptz USING to_timestamp(ends_at);
ALTER TABLE clients
    ALTER COLUMN consent_at TYPE timestamptz USING to_timestamp(consent_at),
    ALTER COLUMN consent_withdrawn_at TYPE timestamptz USING to_timestamp(consent_withdrawn_at),
    ALTER COLUMN created_at TYPE timestamptz USING to_timestamp(created_at),
    ALTER COLUMN updated_at TYPE timestamptz USING to_timestamp(updated_at),
    ALTER COLUMN erased_at TYPE timestamptz USING to_timestamp(erased_at),
    ALTER COLUMN changed_at DROP DEFAULT,
    ALTER COLUMN changed_at TYPE timestamptz USING to_timestamp(changed_at),
    ALTER COLUMN changed_at SET DEFAULT 'epoch';
ALTER TABLE booking_series
    ALTER COLUMN created_at TYPE timestamptz USING to_timestamp(created_at);
ALTER TABLE bookings
    ALTER COLUMN starts_at TYPE timestamptz USING to_timestamp(starts_at),
    ALTER COLUMN ends_at TYPE timestamptz USING to_timestamp(ends_at),
    ALTER COLUMN created_at TYPE timestamptz USING to_timestamp(created_at),
    ALTER COLUMN updated_at TYPE timestamptz USING to_timestamp(updated_at),
    ALTER COLUMN changed_at DROP DEFAULT,
    ALTER COLUMN changed_at TYPE timestamptz USING to_timestamp(changed_at),
    ALTER COLUMN changed_at SET DEFAULT 'epoch';
ALTER TABLE booking_events
    ALTER COLUMN at TYPE timestamptz USING to_timestamp(at);
ALTER TABLE checkins
    ALTER COLUMN recorded_at TYPE timestamptz USING to_timestamp(recorded_at),
    ALTER COLUMN signed_off_at TYPE timestamptz USING to_timestamp(signed_off_at),
    ALTER COLUMN clearance_at TYPE timestamptz USING to_timestamp(clearance_at),
    ALTER COLUMN superseded_at TYPE timestamptz USING to_timestamp(superseded_at);
-- A table rewrite fires no row trigger: the append-only log keeps its rows and its chain (the
-- hash covers the seconds, which the application still reads).
ALTER TABLE audit_log
    ALTER COLUMN at TYPE timestamptz USING to_timestamp(at);
ALTER TABLE desks
    ALTER COLUMN started_at TYPE timestamptz USING to_timestamp(started_at),
    ALTER COLUMN last_seen_at TYPE timestamptz USING to_timestamp(last_seen_at);
ALTER TABLE waitlist
    ALTER COLUMN created_at TYPE timestamptz USING to_timestamp(created_at);
ALTER TABLE booking_calls
    ALTER COLUMN called_at TYPE timestamptz USING to_timestamp(called_at);
ALTER TABLE sealing
    ALTER COLUMN enabled_at TYPE timestamptz USING to_timestamp(enabled_at);
ALTER TABLE sealing_wraps
    ALTER COLUMN created_at TYPE timestamptz USING to_timestamp(created_at);
ALTER TABLE stop_acknowledgements
    ALTER COLUMN acknowledged_at TYPE timestamptz USING to_timestamp(acknowledged_at);

-- A booking's time is its session plus the cleanup after it, as before in seconds.
ALTER TABLE bookings ADD CONSTRAINT bookings_check
    CHECK (ends_at - starts_at = make_interval(mins => (minutes + cleanup_minutes)::integer));
-- [starts_at, ends_at): touching sessions pass, one second of overlap does not.
ALTER TABLE bookings ADD COLUMN occupied tstzrange
    GENERATED ALWAYS AS (tstzrange(starts_at, ends_at)) STORED;
ALTER TABLE bookings ADD CONSTRAINT bookings_therapist_no_overlap EXCLUDE USING gist
    (therapist_id WITH =, occupied WITH &&) WHERE (status NOT IN ('cancelled', 'no_show'));
ALTER TABLE bookings ADD CONSTRAINT bookings_room_no_overlap EXCLUDE USING gist
    (room_id WITH =, occupied WITH &&) WHERE (status NOT IN ('cancelled', 'no_show'));

-- The change notifications keep their payload in seconds (app/storage/ChangeFeed).
CREATE OR REPLACE FUNCTION massage_desk_notify_booking() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('massage_desk_changes', 'booking ' || OLD.id || ' '
                          || extract(epoch FROM OLD.starts_at)::bigint);
        RETURN OLD;
    END IF;
    PERFORM pg_notify('massage_desk_changes', 'booking ' || NEW.id || ' '
                      || extract(epoch FROM NEW.starts_at)::bigint);
    -- A move to another day changes the day it left as well.
    IF TG_OP = 'UPDATE' AND OLD.starts_at <> NEW.starts_at THEN
        PERFORM pg_notify('massage_desk_changes', 'booking ' || OLD.id || ' '
                          || extract(epoch FROM OLD.starts_at)::bigint);
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION massage_desk_notify_checkin() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('massage_desk_changes', 'checkin ' || NEW.booking_id || ' '
                      || coalesce((SELECT extract(epoch FROM starts_at)::bigint FROM bookings
                                   WHERE id = NEW.booking_id), 0));
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
