-- Massage Desk schema, version 1: the whole product as known at the foundation.
-- Times are UTC seconds since the epoch (INTEGER); money is integer cents.
-- Statements end with ';' at the end of a line; trigger bodies end with 'END;'.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE therapists (
    id           INTEGER PRIMARY KEY,
    display_name TEXT    NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    colour       TEXT    NOT NULL DEFAULT '',
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at   INTEGER NOT NULL
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    display_name  TEXT    NOT NULL DEFAULT '',
    role          TEXT    NOT NULL CHECK (role IN ('receptionist', 'therapist', 'manager')),
    password_hash TEXT,
    therapist_id  INTEGER REFERENCES therapists(id),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    INTEGER NOT NULL
);

CREATE TABLE services (
    id                    INTEGER PRIMARY KEY,
    code                  TEXT    NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 40),
    archived              INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    sort_order            INTEGER NOT NULL DEFAULT 0,
    published_revision_id INTEGER,
    created_at            INTEGER NOT NULL
);

-- Every save of a service is a new revision; nothing is edited in place.
CREATE TABLE service_revisions (
    id              INTEGER PRIMARY KEY,
    service_id      INTEGER NOT NULL REFERENCES services(id),
    revision        INTEGER NOT NULL,
    body_areas      TEXT    NOT NULL DEFAULT '',
    pressure        TEXT    NOT NULL DEFAULT 'medium',
    cleanup_minutes INTEGER NOT NULL DEFAULT 10 CHECK (cleanup_minutes BETWEEN 0 AND 120),
    state           TEXT    NOT NULL CHECK (state IN ('draft', 'published')),
    override_reason TEXT,
    change_summary  TEXT    NOT NULL DEFAULT '',
    created_by      INTEGER REFERENCES users(id),
    created_at      INTEGER NOT NULL,
    UNIQUE (service_id, revision)
);

CREATE TABLE service_texts (
    revision_id    INTEGER NOT NULL REFERENCES service_revisions(id),
    language       TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    description    TEXT    NOT NULL DEFAULT '',
    what_to_expect TEXT    NOT NULL DEFAULT '',
    aftercare      TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (revision_id, language)
);

CREATE TABLE service_durations (
    revision_id INTEGER NOT NULL REFERENCES service_revisions(id),
    minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 480),
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    PRIMARY KEY (revision_id, minutes)
);

-- Which precaution rules (ids from data/precautions) a revision asks about.
CREATE TABLE service_precautions (
    revision_id INTEGER NOT NULL REFERENCES service_revisions(id),
    rule_id     TEXT    NOT NULL,
    PRIMARY KEY (revision_id, rule_id)
);

CREATE TABLE therapist_services (
    therapist_id INTEGER NOT NULL REFERENCES therapists(id),
    service_id   INTEGER NOT NULL REFERENCES services(id),
    PRIMARY KEY (therapist_id, service_id)
);

CREATE TABLE rooms (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL
);

CREATE TABLE room_services (
    room_id    INTEGER NOT NULL REFERENCES rooms(id),
    service_id INTEGER NOT NULL REFERENCES services(id),
    PRIMARY KEY (room_id, service_id)
);

-- Local wall-clock minutes after midnight in the centre's time zone; weekday 1 = Monday.
CREATE TABLE opening_hours (
    id            INTEGER PRIMARY KEY,
    weekday       INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens_minute  INTEGER NOT NULL CHECK (opens_minute BETWEEN 0 AND 1440),
    closes_minute INTEGER NOT NULL CHECK (closes_minute BETWEEN 0 AND 1440),
    CHECK (opens_minute < closes_minute)
);

CREATE TABLE closed_days (
    day    TEXT PRIMARY KEY, -- YYYY-MM-DD, local
    reason TEXT NOT NULL DEFAULT ''
);

CREATE TABLE therapist_shifts (
    id           INTEGER PRIMARY KEY,
    therapist_id INTEGER NOT NULL REFERENCES therapists(id),
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
    end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
    CHECK (start_minute < end_minute)
);
CREATE INDEX therapist_shifts_by_therapist ON therapist_shifts (therapist_id, weekday);

CREATE TABLE therapist_absences (
    id           INTEGER PRIMARY KEY,
    therapist_id INTEGER NOT NULL REFERENCES therapists(id),
    starts_at    INTEGER NOT NULL,
    ends_at      INTEGER NOT NULL,
    reason       TEXT    NOT NULL DEFAULT '',
    CHECK (starts_at < ends_at)
);

CREATE TABLE clients (
    id                   INTEGER PRIMARY KEY,
    full_name            TEXT    NOT NULL CHECK (length(full_name) BETWEEN 1 AND 300),
    phone                TEXT    NOT NULL DEFAULT '',
    email                TEXT    NOT NULL DEFAULT '',
    language             TEXT    NOT NULL DEFAULT 'ca',
    notes                TEXT    NOT NULL DEFAULT '',
    consent_version      TEXT,
    consent_at           INTEGER,
    consent_by           INTEGER REFERENCES users(id),
    consent_withdrawn_at INTEGER,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    erased_at            INTEGER
);
CREATE INDEX clients_by_phone ON clients (phone);
CREATE INDEX clients_by_email ON clients (email);

CREATE TABLE booking_series (
    id         INTEGER PRIMARY KEY,
    rule       TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users(id)
);

-- A booking occupies its therapist and room over [starts_at, ends_at): the session plus
-- the cleanup that follows it. ends_at is stored so overlap checks use an index range.
CREATE TABLE bookings (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES clients(id),
    service_id      INTEGER NOT NULL REFERENCES services(id),
    therapist_id    INTEGER NOT NULL REFERENCES therapists(id),
    room_id         INTEGER NOT NULL REFERENCES rooms(id),
    starts_at       INTEGER NOT NULL,
    minutes         INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 480),
    cleanup_minutes INTEGER NOT NULL CHECK (cleanup_minutes BETWEEN 0 AND 120),
    ends_at         INTEGER NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'booked'
                    CHECK (status IN ('booked', 'arrived', 'in_session', 'completed',
                                      'cancelled', 'no_show', 'referred')),
    status_reason   TEXT    NOT NULL DEFAULT '',
    series_id       INTEGER REFERENCES booking_series(id),
    created_at      INTEGER NOT NULL,
    created_by      INTEGER REFERENCES users(id),
    updated_at      INTEGER NOT NULL,
    updated_by      INTEGER REFERENCES users(id),
    CHECK (ends_at = starts_at + (minutes + cleanup_minutes) * 60)
);
CREATE INDEX bookings_by_therapist ON bookings (therapist_id, starts_at);
CREATE INDEX bookings_by_room ON bookings (room_id, starts_at);
CREATE INDEX bookings_by_start ON bookings (starts_at);
CREATE INDEX bookings_by_client ON bookings (client_id, starts_at);

-- Who did what to a booking, and when: status changes, moves, cancellations.
CREATE TABLE booking_events (
    id         INTEGER PRIMARY KEY,
    booking_id INTEGER NOT NULL REFERENCES bookings(id),
    at         INTEGER NOT NULL,
    user_id    INTEGER REFERENCES users(id),
    kind       TEXT    NOT NULL,
    detail     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX booking_events_by_booking ON booking_events (booking_id);

-- Health data (GDPR special category): read only through the storage layer, which audits it.
CREATE TABLE checkins (
    id                    INTEGER PRIMARY KEY,
    booking_id            INTEGER NOT NULL UNIQUE REFERENCES bookings(id),
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
    reaction_note         TEXT    NOT NULL DEFAULT ''
);

-- A stop-and-refer check-in can never lead to a session, whatever program asks.
CREATE TRIGGER bookings_no_session_after_referral
BEFORE UPDATE OF status ON bookings
WHEN NEW.status IN ('in_session', 'completed')
 AND EXISTS (SELECT 1 FROM checkins WHERE booking_id = NEW.id AND outcome = 'stop_refer')
BEGIN
    SELECT RAISE(ABORT, 'referred: a stop-and-refer check-in forbids starting this session');
END;

-- Append-only; each entry carries the hash of the previous one so tampering shows.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    user_name  TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    client_id  INTEGER,
    booking_id INTEGER,
    detail     TEXT    NOT NULL DEFAULT '',
    prev_hash  TEXT    NOT NULL,
    hash       TEXT    NOT NULL
);
CREATE INDEX audit_log_by_client ON audit_log (client_id);

CREATE TRIGGER audit_log_no_update
BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete
BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
