-- Version 12: health data sealed at rest (DESIGN 6). The centre's public key (its secret key
-- never stored plain), the secret key wrapped per reader and by the recovery key, and a
-- check-in's answers, areas, notes and reasons may go once from plain to sealed.
CREATE TABLE sealing (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    public_key  TEXT    NOT NULL,
    enabled_at  INTEGER NOT NULL,
    enabled_by  TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE sealing_wraps (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER REFERENCES users(id),
    kind        TEXT    NOT NULL CHECK (kind IN ('password', 'recovery')),
    salt        TEXT    NOT NULL DEFAULT '',
    box         TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    CHECK ((kind = 'password') = (user_id IS NOT NULL))
);
CREATE UNIQUE INDEX sealing_wraps_one_per_user ON sealing_wraps (user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX sealing_wraps_one_recovery ON sealing_wraps (kind) WHERE kind = 'recovery';

-- Whatever program deactivates an account or makes it a receptionist, its wrap goes.
CREATE TRIGGER users_lose_wrap
AFTER UPDATE OF active, role ON users
WHEN NEW.active = 0 OR NEW.role = 'receptionist'
BEGIN
    DELETE FROM sealing_wraps WHERE user_id = NEW.id;
END;

DROP TRIGGER checkins_never_edited;
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
                           WHERE b.id = OLD.booking_id AND c.erased_at IS NOT NULL))
      -- sealing a plain value: once, and a sealed value never changes
      AND NOT ((NEW.answers IS OLD.answers OR (substr(OLD.answers, 1, 8) <> 'sealed1:'
                                               AND substr(NEW.answers, 1, 8) = 'sealed1:'))
               AND (NEW.avoid_areas IS OLD.avoid_areas
                    OR (substr(OLD.avoid_areas, 1, 8) <> 'sealed1:'
                        AND substr(NEW.avoid_areas, 1, 8) = 'sealed1:'))
               AND (NEW.notes IS OLD.notes OR (substr(OLD.notes, 1, 8) <> 'sealed1:'
                                               AND substr(NEW.notes, 1, 8) = 'sealed1:'))
               AND (NEW.reasons IS OLD.reasons OR (substr(OLD.reasons, 1, 8) <> 'sealed1:'
                                                   AND substr(NEW.reasons, 1, 8) = 'sealed1:'))))
BEGIN
    SELECT RAISE(ABORT, 'check-in: a check-in is never edited; record a new one instead');
END;
