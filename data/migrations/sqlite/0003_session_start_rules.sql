-- Version 3: the rules for starting a session hold in the database itself, whatever program
-- asks: a check-in must exist; needs_clearance needs clearance recorded; adapt and
-- needs_clearance need the therapist's sign-off. (Version 1 already forbids it after
-- stop_refer.)

CREATE TRIGGER bookings_session_needs_checkin
BEFORE UPDATE OF status ON bookings
WHEN NEW.status = 'in_session' AND OLD.status <> 'in_session'
 AND NOT EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'no check-in: a session starts only after its check-in');
END;

CREATE TRIGGER bookings_session_needs_clearance
BEFORE UPDATE OF status ON bookings
WHEN NEW.status = 'in_session' AND OLD.status <> 'in_session'
 AND EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.id
             AND outcome = 'needs_clearance' AND clearance_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'needs clearance: record the clearance before starting the session');
END;

CREATE TRIGGER bookings_session_needs_signoff
BEFORE UPDATE OF status ON bookings
WHEN NEW.status = 'in_session' AND OLD.status <> 'in_session'
 AND EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.id
             AND outcome IN ('adapt', 'needs_clearance') AND signed_off_at IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'needs sign-off: the therapist signs the check-in off before starting');
END;
