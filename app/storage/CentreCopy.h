#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

class Database;

// Copies a whole centre from one open database into another, of either engine (issue 10 §3:
// SQLite -> PostgreSQL with migrate, PostgreSQL -> a new SQLite file with backup, and back with
// restore). Every table the source's catalogue lists is copied (CentreSchema), ids kept, in
// one transaction on the target, so a failure leaves the target as it was. Derived data is not
// copied but rebuilt by the target's own triggers (SQLite's FTS index, PostgreSQL's folded
// search key). Before committing, the rows of every table are counted on both sides and the
// audit chain is verified on the target. One side must be a server: SQLite cannot say which
// references wait for the commit, and the order of check-ins before their bookings comes from
// PostgreSQL's catalogue (a file-to-file copy is VACUUM INTO's job, BackupService).
class CentreCopy
{
    Q_DECLARE_TR_FUNCTIONS(CentreCopy)

public:
    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };
    struct Report
    {
        QList<TableCount> tables; // in the order they were written
        qint64 rows = 0;
        qint64 auditEntries = 0;
        // The first broken audit entry of the source (0: intact); the target's is the same.
        qint64 firstBrokenAuditEntry = 0;
    };
    struct Options
    {
        // Empty the target first (restore --replace): only on PostgreSQL, in the same
        // transaction, so a failed copy leaves the old centre in place.
        bool replaceTarget = false;
        // Called after every batch of rows: the table, rows written so far and its total.
        std::function<void(const QString& table, qint64 done, qint64 total)> progress;
    };

    // The target must be a centre at the same data version holding no rows (unless
    // replaceTarget); otherwise nothing is written and `error` says why. The person signed in on
    // `source` is also the one acting on `target` (the same accounts arrive with the copy).
    static bool copy(Database& source, Database& target, const Options& options, Report* report,
                     StorageError* error);

    // True when no data table of `database` holds a row.
    static bool isEmpty(Database& database, bool* empty, StorageError* error);
};
