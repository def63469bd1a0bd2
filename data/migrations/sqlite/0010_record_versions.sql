-- Version 10: no lost edits between desks (issue 11 §3). Every record a person opens in an
-- editor and saves later carries a version; a save names the version it loaded
-- (UPDATE ... WHERE id = ? AND version = ?) and touches nothing when another desk saved first.
-- Triggers raise the version on every change, whatever program writes, so no writer can skip
-- it; changed_by and changed_at say who saved last and when (UTC seconds), for the refusal.
ALTER TABLE clients ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE clients ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE services ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE services ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE services ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE therapists ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE therapists ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE therapists ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rooms ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE rooms ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE rooms ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE settings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE settings ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE settings ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bookings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE bookings ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE bookings ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;

-- SQLite cannot change NEW in a BEFORE trigger: the row is raised once more after the change
-- (recursive triggers are off, and these updates name no column another trigger watches).
CREATE TRIGGER clients_version AFTER UPDATE ON clients WHEN NEW.version = OLD.version
BEGIN
    UPDATE clients SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER services_version AFTER UPDATE ON services WHEN NEW.version = OLD.version
BEGIN
    UPDATE services SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER therapists_version AFTER UPDATE ON therapists WHEN NEW.version = OLD.version
BEGIN
    UPDATE therapists SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER rooms_version AFTER UPDATE ON rooms WHEN NEW.version = OLD.version
BEGIN
    UPDATE rooms SET version = OLD.version + 1 WHERE id = NEW.id;
END;
CREATE TRIGGER settings_version AFTER UPDATE ON settings WHEN NEW.version = OLD.version
BEGIN
    UPDATE settings SET version = OLD.version + 1 WHERE key = NEW.key;
END;
CREATE TRIGGER bookings_version AFTER UPDATE ON bookings WHEN NEW.version = OLD.version
BEGIN
    UPDATE bookings SET version = OLD.version + 1 WHERE id = NEW.id;
END;

-- The desks connected now (Settings > Desks, issue 11 §5): each running GUI keeps its row's
-- last_seen_at fresh and removes the row when it closes; a row not seen for a few minutes is
-- a desk that went away without saying so.
CREATE TABLE desks (
    id           INTEGER PRIMARY KEY,
    host_name    TEXT    NOT NULL CHECK (length(host_name) BETWEEN 1 AND 255),
    user_name    TEXT    NOT NULL DEFAULT '',
    started_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
