-- Version 11 (issue 12 §2, §3): the waitlist, and the call made the day before a session.
-- A waitlist entry: a client who wants a service, with the therapists they prefer (none: any),
-- the days (bit 0 Monday ... bit 6 Sunday; 0: any day) and times of day they can come, an
-- urgency flag, a note and the last day they still want it (local YYYY-MM-DD; NULL: no end).
-- created_by and called_by name the person signed in (empty: a centre without users).
CREATE TABLE waitlist (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients(id),
    service_id INTEGER NOT NULL REFERENCES services(id),
    weekdays   INTEGER NOT NULL DEFAULT 0 CHECK (weekdays BETWEEN 0 AND 127),
    urgent     INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
    note       TEXT    NOT NULL DEFAULT '',
    until_day  TEXT,
    created_at INTEGER NOT NULL,
    created_by text    NOT NULL DEFAULT ''
);
CREATE INDEX waitlist_by_client ON waitlist (client_id, service_id);

CREATE TABLE waitlist_therapists (
    entry_id     INTEGER NOT NULL REFERENCES waitlist(id) ON DELETE CASCADE,
    therapist_id INTEGER NOT NULL REFERENCES therapists(id),
    PRIMARY KEY (entry_id, therapist_id)
);

-- Local minutes after midnight, [from_minute, to_minute).
CREATE TABLE waitlist_windows (
    entry_id    INTEGER NOT NULL REFERENCES waitlist(id) ON DELETE CASCADE,
    from_minute INTEGER NOT NULL CHECK (from_minute BETWEEN 0 AND 1440),
    to_minute   INTEGER NOT NULL CHECK (to_minute BETWEEN 0 AND 1440),
    CHECK (from_minute < to_minute)
);
CREATE INDEX waitlist_windows_by_entry ON waitlist_windows (entry_id);

-- The latest call about a booking (tomorrow's call list): confirmed, left a message, no answer
-- or cancelled (the booking itself is cancelled through the scheduler, with its reason).
CREATE TABLE booking_calls (
    booking_id INTEGER PRIMARY KEY REFERENCES bookings(id),
    status     TEXT    NOT NULL
               CHECK (status IN ('confirmed', 'left_message', 'no_answer', 'cancelled')),
    called_at  INTEGER NOT NULL,
    called_by  text    NOT NULL DEFAULT ''
);
