-- Version 7: the red flag holds whatever program writes (DESIGN 2.2).
-- * A check-in is never edited in place. Checking a client in again is a new row; the one it
--   replaces is only marked superseded (superseded_at), and a stop-and-refer is never
--   replaced. Only what is written later stays writable: sign-off, clearance, the session
--   and reaction notes, and the erasure of an erased client's answers.
-- * A stop-and-refer follows the client: referral_checkin_id names the earlier referral that
--   was still open when a check-in was taken, and no check-in of a client with an open
--   referral may be milder than needs_clearance.
-- * A booking cannot be created already in session or completed, and a referred booking
--   never goes back to booked, arrived, in session or completed.

-- The session triggers read checkins; they are rebuilt below for the new table.
DROP TRIGGER bookings_no_session_after_referral;
DROP TRIGGER bookings_session_needs_checkin;
DROP TRIGGER bookings_session_needs_clearance;
DROP TRIGGER bookings_session_needs_signoff;

-- SQLite cannot drop the UNIQUE on booking_id in place: copy into a new table.
CREATE TABLE checkins_v7 (
    id                    INTEGER PRIMARY KEY,
    booking_id            INTEGER NOT NULL REFERENCES bookings(id),
    answers               TEXT    NOT NULL,
    avoid_areas           TEXT    NOT NULL DEFAULT '',
    notes                 TEXT    NOT NULL DEFAULT '',
    outcome               TEXT    NOT NULL
                          CHECK (outcome IN ('proceed', 'note', 'adapt', 'needs_clearance',
                                             'stop_refer')),
    reasons               TEXT    NOT NULL DEFAULT '[]',
    rule_version          TEXT    NOT NULL,
    recorded_at           INTEGER NOT NULL,
    recorded_by           INTEGER REFERENCES users(id),
    signed_off_by         INTEGER REFERENCES users(id),
    signed_off_at         INTEGER,
    clearance_confirmed_by TEXT,
    clearance_at          INTEGER,
    clearance_advice      TEXT,
    clearance_recorded_by INTEGER REFERENCES users(id),
    session_note          TEXT    NOT NULL DEFAULT '',
    reaction_note         TEXT    NOT NULL DEFAULT '',
    superseded_at         INTEGER,
    -- the id of another check-in row; no FOREIGN KEY so that the table can be renamed
    referral_checkin_id   INTEGER
);
INSERT INTO checkins_v7 (id, booking_id, answers, avoid_areas, notes, outcome, reasons,
                         rule_version, recorded_at, recorded_by, signed_off_by, signed_off_at,
                         clearance_confirmed_by, clearance_at, clearance_advice,
                         clearance_recorded_by, session_note, reaction_note)
SELECT id, booking_id, answers, avoid_areas, notes, outcome, reasons, rule_version, recorded_at,
       recorded_by, signed_off_by, signed_off_at, clearance_confirmed_by, clearance_at,
       clearance_advice, clearance_recorded_by, session_note, reaction_note
FROM checkins;
DROP TABLE checkins;
ALTER TABLE checkins_v7 RENAME TO checkins;

-- One current check-in per booking; every query about "the" check-in adds
-- superseded_at IS NULL.
CREATE UNIQUE INDEX checkins_current ON checkins (booking_id) WHERE superseded_at IS NULL;
CREATE INDEX checkins_by_booking ON checkins (booking_id, outcome);

CREATE TRIGGER bookings_no_session_after_referral
BEFORE UPDATE OF status ON bookings
WHEN NEW.status IN ('in_session', 'completed')
 AND EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.id AND outcome = 'stop_refer')
BEGIN
    SELECT RAISE(ABORT, 'referred: a stop-and-refer check-in forbids starting this session');
END;

CREATE TRIGGER bookings_session_needs_checkin
BEFORE UPDATE OF status ON bookings
WHEN NEW.status = 'in_session' AND OLD.status <> 'in_session'
 AND NOT EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.id AND superseded_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'no check-in: a session starts only after its check-in');
END;

CREATE TRIGGER bookings_session_needs_clearance
BEFORE UPDATE OF status ON bookings
WHEN NEW.status = 'in_session' AND OLD.status <> 'in_session'
 AND EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.id AND superseded_at IS NULL
             AND outcome = 'needs_clearance' AND clearance_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'needs clearance: record the clearance before starting the session');
END;

CREATE TRIGGER bookings_session_needs_signoff
BEFORE UPDATE OF status ON bookings
WHEN NEW.status = 'in_session' AND OLD.status <> 'in_session'
 AND EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.id AND superseded_at IS NULL
             AND outcome IN ('adapt', 'needs_clearance') AND signed_off_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'needs sign-off: the therapist signs the check-in off before starting');
END;

-- A new booking has no check-in yet, so it cannot already be under way or done.
CREATE TRIGGER bookings_insert_needs_checkin
BEFORE INSERT ON bookings
WHEN NEW.status IN ('in_session', 'completed')
 AND NOT EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.id AND superseded_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'no check-in: a booking cannot be created in session or completed');
END;

CREATE TRIGGER bookings_referred_stays
BEFORE UPDATE OF status ON bookings
WHEN OLD.status = 'referred'
 AND NEW.status IN ('booked', 'arrived', 'in_session', 'completed')
BEGIN
    SELECT RAISE(ABORT, 'referred: a referred booking cannot be booked or started again');
END;

CREATE TRIGGER checkins_never_edited
BEFORE UPDATE ON checkins
WHEN NEW.id IS NOT OLD.id OR NEW.booking_id IS NOT OLD.booking_id
  OR NEW.outcome IS NOT OLD.outcome OR NEW.rule_version IS NOT OLD.rule_version
  OR NEW.recorded_at IS NOT OLD.recorded_at OR NEW.recorded_by IS NOT OLD.recorded_by
  OR NEW.referral_checkin_id IS NOT OLD.referral_checkin_id
  OR ((NEW.answers IS NOT OLD.answers OR NEW.avoid_areas IS NOT OLD.avoid_areas
       OR NEW.notes IS NOT OLD.notes OR NEW.reasons IS NOT OLD.reasons)
      AND NOT (NEW.answers = '{}' AND NEW.avoid_areas = '' AND NEW.notes = ''
               AND NEW.reasons = '[]'
               AND EXISTS (SELECT 1 FROM bookings b JOIN clients c ON c.id = b.client_id
                           WHERE b.id = OLD.booking_id AND c.erased_at IS NOT NULL)))
BEGIN
    SELECT RAISE(ABORT, 'check-in: a check-in is never edited; record a new one instead');
END;

CREATE TRIGGER checkins_superseded_once
BEFORE UPDATE OF superseded_at ON checkins
WHEN OLD.superseded_at IS NOT NULL OR NEW.superseded_at IS NULL
BEGIN
    SELECT RAISE(ABORT, 'check-in: a replaced check-in stays replaced');
END;

CREATE TRIGGER checkins_referral_never_replaced
BEFORE UPDATE OF superseded_at ON checkins
WHEN OLD.outcome = 'stop_refer'
BEGIN
    SELECT RAISE(ABORT, 'referred: a stop-and-refer check-in is never replaced');
END;

CREATE TRIGGER checkins_never_deleted
BEFORE DELETE ON checkins
BEGIN
    SELECT RAISE(ABORT, 'check-in: a check-in is never deleted');
END;

-- Before the row goes in, so that INSERT OR REPLACE cannot delete the current one either.
CREATE TRIGGER checkins_insert_after_referral
BEFORE INSERT ON checkins
WHEN EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.booking_id AND outcome = 'stop_refer')
BEGIN
    SELECT RAISE(ABORT, 'referred: a stop-and-refer check-in is never replaced');
END;

CREATE TRIGGER checkins_insert_one_current
BEFORE INSERT ON checkins
WHEN NEW.superseded_at IS NULL
 AND EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.booking_id AND superseded_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'check-in: mark the current check-in replaced before recording a new one');
END;

-- An open referral of the client: a stop_refer with no clearance recorded on it or on any of
-- the client's check-ins taken after it.
CREATE TRIGGER checkins_referral_follows_client
BEFORE INSERT ON checkins
WHEN NEW.outcome IN ('proceed', 'note', 'adapt')
 AND EXISTS (
     SELECT 1 FROM bookings nb
     JOIN bookings rb ON rb.client_id = nb.client_id
     JOIN checkins r ON r.booking_id = rb.id AND r.outcome = 'stop_refer'
     WHERE nb.id = NEW.booking_id
       AND NOT EXISTS (
           SELECT 1 FROM bookings kb JOIN checkins k ON k.booking_id = kb.id
           WHERE kb.client_id = rb.client_id AND k.clearance_at IS NOT NULL
             AND (k.recorded_at > r.recorded_at
                  OR (k.recorded_at = r.recorded_at AND k.id >= r.id))))
BEGIN
    SELECT RAISE(ABORT, 'referred: the client has an open referral; clearance is needed first');
END;
