-- Version 3: the rules for starting a session hold in the database itself, whatever program
-- asks: a check-in must exist; needs_clearance needs clearance recorded; adapt and
-- needs_clearance need the therapist's sign-off. (Version 1 already forbids it after
-- stop_refer.) The same checks, in the same order, as data/migrations/sqlite/0003.

CREATE FUNCTION bookings_session_start_rules() RETURNS trigger AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.id) THEN
        RAISE EXCEPTION 'no check-in: a session starts only after its check-in';
    END IF;
    IF EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.id
               AND outcome = 'needs_clearance' AND clearance_at IS NULL) THEN
        RAISE EXCEPTION 'needs clearance: record the clearance before starting the session';
    END IF;
    IF EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.id
               AND outcome IN ('adapt', 'needs_clearance') AND signed_off_at IS NULL) THEN
        RAISE EXCEPTION 'needs sign-off: the therapist signs the check-in off before starting';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER bookings_session_start_rules
BEFORE UPDATE OF status ON bookings
FOR EACH ROW WHEN (NEW.status = 'in_session' AND OLD.status <> 'in_session')
EXECUTE FUNCTION bookings_session_start_rules();
