-- Version 16: one word typed in the client search (three letters or more) finds its page of
-- clients in name order without reading every match. The trigram index of version 2 gathers
-- every client the word matches, scattered over the table, before it can sort them: 7,700 rows
-- for "nuria" among 300,000 clients, 11 ms a keystroke. client_words holds each client's folded
-- name and email words (those of search_key, without the phone's), one row per distinct word,
-- the name beside it: its index lists each word's clients already in name order, so the search
-- merges the first clients of the few words that start with what was typed
-- (SqlDialect::clientWordsPage). Kept by the triggers below from the clients row, as SQLite's
-- FTS5 table is: never copied by migrate or backup (CentreSchema), emptied with an erasure.
CREATE TABLE client_words (
    client_id bigint NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    word text COLLATE "C" NOT NULL,
    full_name text NOT NULL
);
CREATE INDEX client_words_in_order ON client_words (word, full_name, client_id);
CREATE INDEX client_words_by_client ON client_words (client_id);

-- The words of search_key (migration 2) but the phone's: the same fold, the same separators.
CREATE FUNCTION massage_words(full_name text, email text) RETURNS SETOF text AS $$
    SELECT DISTINCT w FROM regexp_split_to_table(massage_fold(full_name || ' ' || email),
                                                 '[^[:alnum:]]+') w WHERE w <> ''
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT;

-- An erased client (its key emptied, SqlDialect::forgetClientInSearch) keeps no word.
CREATE FUNCTION clients_words() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM client_words WHERE client_id = OLD.id;
    END IF;
    IF NEW.erased_at IS NULL AND NEW.search_key <> '' THEN
        INSERT INTO client_words (client_id, word, full_name)
        SELECT NEW.id, w, NEW.full_name FROM massage_words(NEW.full_name, NEW.email) w;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER clients_words_insert AFTER INSERT ON clients
FOR EACH ROW EXECUTE FUNCTION clients_words();

CREATE TRIGGER clients_words_update AFTER UPDATE OF full_name, email, search_key, erased_at ON clients
FOR EACH ROW WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name OR OLD.email IS DISTINCT FROM NEW.email
                   OR OLD.search_key IS DISTINCT FROM NEW.search_key
                   OR OLD.erased_at IS DISTINCT FROM NEW.erased_at)
EXECUTE FUNCTION clients_words();

INSERT INTO client_words (client_id, word, full_name)
SELECT c.id, w, c.full_name FROM clients c, massage_words(c.full_name, c.email) w
WHERE c.erased_at IS NULL AND c.search_key <> '';
