#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

class Database;

// What `massage-desk-cli check` and the About box report about a database.
class HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)

public:
    struct Report
    {
        QStringList integrityProblems; // empty when integrity_check says ok
        int schemaVersion = 0;
        int latestSchemaVersion = 0;
        QList<QPair<QString, qint64>> counts; // table -> rows
        qint64 overlappingBookings = 0;       // must be 0: the storage layer forbids them
        // Clients the search index has wrong (ClientSearchIndex::outOfStep): -1 not checked.
        qint64 searchOutOfStep = -1;
        bool ok() const
        {
            return integrityProblems.isEmpty() && overlappingBookings == 0 && searchOutOfStep <= 0;
        }
    };

    static bool run(Database& database, Report* report, StorageError* error);
    static qint64 count(Database& database, const QString& table, StorageError* error);
};
