-- Version 6: who saved each revision of a service. Users do not exist yet (a later issue), so
-- the name is kept as text beside created_by; the revision history shows it.
ALTER TABLE service_revisions ADD COLUMN author text NOT NULL DEFAULT '';
