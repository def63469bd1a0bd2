-- Version 2: client search as you type. search_phone as on SQLite (the digits of the phone and
-- every suffix of them, filled by the application). SQLite's FTS5 index has no PostgreSQL
-- twin here: search_key holds the folded words of the name and email (ClientRules), queried
-- with LIKE 'word%' on a text_pattern_ops index.
ALTER TABLE clients ADD COLUMN search_phone text NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN search_key text NOT NULL DEFAULT '';
CREATE INDEX clients_by_search_key ON clients (search_key text_pattern_ops);
