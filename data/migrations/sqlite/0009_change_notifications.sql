-- Version 9: the server's change notifications (data/migrations/postgresql/0009) have nothing to
-- add on SQLite, where one file has no listeners: an open window learns of another program's
-- commit from PRAGMA data_version (app/storage/ChangeFeed). The schema stays as it was; the
-- number is kept so both engines count the same versions.
SELECT 1;
