-- Version 17: one, two or three letters typed find their page of clients as directly as a longer
-- word. client_words (version 16) now also holds the first one, two and three letters of each
-- word, as SQLite's FTS5 table keeps its prefixes (prefix = '1 2 3', version 2): what the desk
-- types first is then one row per client, and its page is the start of one index range in name
-- order. Without them a letter or two walked the names in order and, when a rarer letter's page
-- lay further on, gathered every client with the trigram index's help (20 ms for "n" among
-- 30,000 clients); three letters merged the words that start with them, more than 40 of them
-- in a real centre's names ("mar": Maria, Marta, Martí, Martínez, Marc ...).
CREATE OR REPLACE FUNCTION massage_words(full_name text, email text) RETURNS SETOF text AS $$
    SELECT DISTINCT p
    FROM regexp_split_to_table(massage_fold(full_name || ' ' || email), '[^[:alnum:]]+') w,
         LATERAL (SELECT left(w, n) FROM generate_series(1, least(3, length(w) - 1)) n
                  UNION ALL SELECT w) prefixes(p)
    WHERE w <> ''
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT;

-- The triggers call the function anew; the rows already kept are written again with it.
TRUNCATE client_words;
INSERT INTO client_words (client_id, word, full_name)
SELECT c.id, w, c.full_name FROM clients c, massage_words(c.full_name, c.email) w
WHERE c.erased_at IS NULL AND c.search_key <> '';
