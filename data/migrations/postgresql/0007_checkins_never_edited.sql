-- Version 7 on PostgreSQL: the same rules as data/migrations/sqlite/0007, as PL/pgSQL.
-- * A check-in is never edited in place: checking a client in again is a new row, the one it
--   replaces is only marked superseded (superseded_at), and a stop-and-refer is never
--   replaced. Only what is written later stays writable: sign-off, clearance, the session and
--   reaction notes, and the erasure of an erased client's answers.
-- * A stop-and-refer follows the client: referral_checkin_id names the earlier referral that
--   was still open when a check-in was taken, and no check-in of a client with an open
--   referral may be milder than needs_clearance.
-- * A booking cannot be created already in session or completed, and a referred booking never
--   goes back to booked, arrived, in session or completed.

ALTER TABLE checkins DROP CONSTRAINT checkins_booking_id_key;
-- Checked at commit when a bulk writer asks (SET CONSTRAINTS): the demo writes a session's
-- check-in before its booking, as on SQLite with PRAGMA defer_foreign_keys.
ALTER TABLE checkins ALTER CONSTRAINT checkins_booking_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE checkins ADD COLUMN superseded_at bigint;
-- the id of another check-in row, as on SQLite (no foreign key there either)
ALTER TABLE checkins ADD COLUMN referral_checkin_id bigint;

-- One current check-in per booking; every query about "the" check-in adds
-- superseded_at IS NULL.
CREATE UNIQUE INDEX checkins_current ON checkins (booking_id) WHERE superseded_at IS NULL;
CREATE INDEX checkins_by_booking ON checkins (booking_id, outcome);

CREATE OR REPLACE FUNCTION bookings_session_start_rules() RETURNS trigger AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.id
                   AND superseded_at IS NULL) THEN
        RAISE EXCEPTION 'no check-in: a session starts only after its check-in';
    END IF;
    IF EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.id AND superseded_at IS NULL
               AND outcome = 'needs_clearance' AND clearance_at IS NULL) THEN
        RAISE EXCEPTION 'needs clearance: record the clearance before starting the session';
    END IF;
    IF EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.id AND superseded_at IS NULL
               AND outcome IN ('adapt', 'needs_clearance') AND signed_off_at IS NULL) THEN
        RAISE EXCEPTION 'needs sign-off: the therapist signs the check-in off before starting';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- A new booking has no check-in yet, so it cannot already be under way or done.
CREATE FUNCTION bookings_insert_needs_checkin() RETURNS trigger AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.id
                   AND superseded_at IS NULL) THEN
        RAISE EXCEPTION 'no check-in: a booking cannot be created in session or completed';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER bookings_insert_needs_checkin
BEFORE INSERT ON bookings
FOR EACH ROW WHEN (NEW.status IN ('in_session', 'completed'))
EXECUTE FUNCTION bookings_insert_needs_checkin();

CREATE FUNCTION bookings_referred_stays() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'referred: a referred booking cannot be booked or started again';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER bookings_referred_stays
BEFORE UPDATE OF status ON bookings
FOR EACH ROW WHEN (OLD.status = 'referred'
                   AND NEW.status IN ('booked', 'arrived', 'in_session', 'completed'))
EXECUTE FUNCTION bookings_referred_stays();

CREATE FUNCTION checkins_never_edited() RETURNS trigger AS $$
BEGIN
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.booking_id IS DISTINCT FROM OLD.booking_id
       OR NEW.outcome IS DISTINCT FROM OLD.outcome
       OR NEW.rule_version IS DISTINCT FROM OLD.rule_version
       OR NEW.recorded_at IS DISTINCT FROM OLD.recorded_at
       OR NEW.recorded_by IS DISTINCT FROM OLD.recorded_by
       OR NEW.referral_checkin_id IS DISTINCT FROM OLD.referral_checkin_id THEN
        RAISE EXCEPTION 'check-in: a check-in is never edited; record a new one instead';
    END IF;
    IF (NEW.answers IS DISTINCT FROM OLD.answers OR NEW.avoid_areas IS DISTINCT FROM OLD.avoid_areas
        OR NEW.notes IS DISTINCT FROM OLD.notes OR NEW.reasons IS DISTINCT FROM OLD.reasons)
       AND NOT (NEW.answers = '{}' AND NEW.avoid_areas = '' AND NEW.notes = ''
                AND NEW.reasons = '[]'
                AND EXISTS (SELECT 1 FROM bookings b JOIN clients c ON c.id = b.client_id
                            WHERE b.id = OLD.booking_id AND c.erased_at IS NOT NULL)) THEN
        RAISE EXCEPTION 'check-in: a check-in is never edited; record a new one instead';
    END IF;
    IF NEW.superseded_at IS DISTINCT FROM OLD.superseded_at THEN
        IF OLD.superseded_at IS NOT NULL OR NEW.superseded_at IS NULL THEN
            RAISE EXCEPTION 'check-in: a replaced check-in stays replaced';
        END IF;
        IF OLD.outcome = 'stop_refer' THEN
            RAISE EXCEPTION 'referred: a stop-and-refer check-in is never replaced';
        END IF;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER checkins_never_edited
BEFORE UPDATE ON checkins
FOR EACH ROW EXECUTE FUNCTION checkins_never_edited();

CREATE FUNCTION checkins_never_deleted() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'check-in: a check-in is never deleted';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER checkins_never_deleted
BEFORE DELETE ON checkins
FOR EACH ROW EXECUTE FUNCTION checkins_never_deleted();

-- SQLite has no TRUNCATE; here it would empty the table without firing the row trigger.
CREATE TRIGGER checkins_never_truncated
BEFORE TRUNCATE ON checkins
FOR EACH STATEMENT EXECUTE FUNCTION checkins_never_deleted();

-- A new check-in: never after a stop-and-refer of the same booking, never a second current
-- one, and never milder than needs_clearance while the client has an open referral (a
-- stop_refer with no clearance recorded on it or on any of the client's later check-ins).
CREATE FUNCTION checkins_insert_rules() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.booking_id
               AND outcome = 'stop_refer') THEN
        RAISE EXCEPTION 'referred: a stop-and-refer check-in is never replaced';
    END IF;
    IF NEW.superseded_at IS NULL
       AND EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.booking_id
                   AND superseded_at IS NULL) THEN
        RAISE EXCEPTION 'check-in: mark the current check-in replaced before recording a new one';
    END IF;
    IF NEW.outcome IN ('proceed', 'note', 'adapt')
       AND EXISTS (
           SELECT 1 FROM bookings nb
           JOIN bookings rb ON rb.client_id = nb.client_id
           JOIN checkins r ON r.booking_id = rb.id AND r.outcome = 'stop_refer'
           WHERE nb.id = NEW.booking_id
             AND NOT EXISTS (
                 SELECT 1 FROM bookings kb JOIN checkins k ON k.booking_id = kb.id
                 WHERE kb.client_id = rb.client_id AND k.clearance_at IS NOT NULL
                   AND (k.recorded_at > r.recorded_at
                        OR (k.recorded_at = r.recorded_at AND k.id >= r.id)))) THEN
        RAISE EXCEPTION 'referred: the client has an open referral; clearance is needed first';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER checkins_insert_rules
BEFORE INSERT ON checkins
FOR EACH ROW EXECUTE FUNCTION checkins_insert_rules();
