-- Version 2: accent- and case-insensitive client search as you type.
-- search_phone holds the digits of the phone and every suffix of them (612345678 12345678 ...),
-- so a fragment typed from the middle of a number is still a prefix of one of its tokens.
-- The application fills it; the FTS index follows the clients table through triggers.

ALTER TABLE clients ADD COLUMN search_phone TEXT NOT NULL DEFAULT '';

-- Clients stored by version 1: the same digit suffixes ClientRules::phoneSearchTokens makes.
UPDATE clients SET search_phone = coalesce((
    WITH RECURSIVE
        d(x) AS (SELECT replace(replace(replace(replace(replace(replace(replace(
                     phone, ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', ''), '/', '')),
        s(i, t) AS (SELECT 1, (SELECT x FROM d)
                    UNION ALL SELECT i + 1, substr(t, 2) FROM s WHERE length(t) > 3)
    SELECT group_concat(t, ' ') FROM s WHERE length(t) >= 3), '')
WHERE phone <> '';

CREATE VIRTUAL TABLE client_search USING fts5(
    full_name, email, search_phone,
    content = 'clients', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TRIGGER clients_search_insert AFTER INSERT ON clients
BEGIN
    INSERT INTO client_search (rowid, full_name, email, search_phone)
    VALUES (NEW.id, NEW.full_name, NEW.email, NEW.search_phone);
END;

CREATE TRIGGER clients_search_delete AFTER DELETE ON clients
BEGIN
    INSERT INTO client_search (client_search, rowid, full_name, email, search_phone)
    VALUES ('delete', OLD.id, OLD.full_name, OLD.email, OLD.search_phone);
END;

CREATE TRIGGER clients_search_update AFTER UPDATE OF full_name, email, search_phone ON clients
BEGIN
    INSERT INTO client_search (client_search, rowid, full_name, email, search_phone)
    VALUES ('delete', OLD.id, OLD.full_name, OLD.email, OLD.search_phone);
    INSERT INTO client_search (rowid, full_name, email, search_phone)
    VALUES (NEW.id, NEW.full_name, NEW.email, NEW.search_phone);
END;

INSERT INTO client_search (client_search) VALUES ('rebuild');
