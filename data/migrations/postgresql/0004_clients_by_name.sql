-- Version 4: the Clients page opens on the first clients by name; without this index that
-- sorted all 30,000 rows of a large centre on every empty search box.
CREATE INDEX clients_by_name ON clients (full_name);
