#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// Numbered SQL files in data/migrations/sqlite (0001_initial.sql, 0002_...), each applied in
// its own write transaction that also sets PRAGMA user_version, so a crash mid-way leaves
// the previous version intact.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion();
    static bool apply(Database& database, StorageError* error);

    // Splits a migration script into statements; trigger bodies stay whole.
    static QStringList splitStatements(const QString& script);
};
