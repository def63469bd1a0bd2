-- Version 2: accent- and case-insensitive client search as you type. search_phone as on
-- SQLite (the digits of the phone and every suffix of them, filled by the application).
-- SQLite's FTS5 index has no twin here: search_key holds the folded words of the name and the
-- email and the phone tokens, between spaces (" nuria puig nuria x com 612345678 ... "), kept
-- by a trigger and queried with LIKE '% word%' through a trigram index
-- (SqlDialect::clientSearchCondition).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE clients ADD COLUMN search_phone text NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN search_key text NOT NULL DEFAULT '';

-- unaccent() is only STABLE (it reads its dictionary); naming the dictionary makes it fixed.
CREATE FUNCTION massage_fold(text) RETURNS text AS $$ SELECT lower(unaccent('unaccent'::regdictionary, $1)) $$ LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT;

CREATE FUNCTION clients_search_key() RETURNS trigger AS $$
BEGIN
    NEW.search_key := ' ' || btrim(regexp_replace(massage_fold(NEW.full_name || ' ' || NEW.email),
                                                  '[^[:alnum:]]+', ' ', 'g'))
                      || ' ' || NEW.search_phone || ' ';
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER clients_search_key
BEFORE INSERT OR UPDATE OF full_name, email, search_phone ON clients
FOR EACH ROW EXECUTE FUNCTION clients_search_key();

CREATE INDEX clients_by_search_key ON clients USING gin (search_key gin_trgm_ops);
