-- Version 5: sign-in throttling. After five failed attempts in a row a name waits before the
-- next try, longer each time; a success clears the count.
ALTER TABLE users ADD COLUMN failed_attempts bigint NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until bigint NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN password_changed_at bigint;
