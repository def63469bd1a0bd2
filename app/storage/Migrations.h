#pragma once

#include "storage/SqlDialect.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// Numbered SQL files in data/migrations/sqlite (0001_initial.sql, 0002_...), each applied in
// its own write transaction that also sets PRAGMA user_version, so a crash mid-way leaves
// the previous version intact. PostgreSQL has its own files in data/migrations/postgresql, kept
// in step, and keeps the version in the table massage_desk_schema (SqlDialect::recordVersion).
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion(const SqlDialect& dialect = SqlDialect::sqlite());
    static bool apply(Database& database, StorageError* error);

    // Splits a migration script into statements; SQLite trigger bodies (BEGIN ... END;) and
    // PL/pgSQL bodies ($$ ... $$) stay whole.
    static QStringList splitStatements(const QString& script);
};
