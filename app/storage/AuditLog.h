#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    QString user;
    QString kind;
    qint64 clientId = 0;
    qint64 bookingId = 0;
    QString detail;
};

// What to show of the log; every empty field means "any".
struct AuditFilter
{
    QString user;
    QList<qint64> clientIds; // entries about any of these clients
    QStringList kinds;
    qint64 fromSecs = 0; // UTC, inclusive; 0 = no lower bound
    qint64 toSecs = 0;   // UTC, exclusive; 0 = no upper bound
    qint64 beforeId = 0; // only entries older than this one (the next page); 0 = from the newest
};

// The append-only audit log. Each entry carries the SHA-256 of the previous entry's hash and
// its own fields, so editing or deleting a row breaks the chain (the database also refuses
// UPDATE and DELETE on the table). Details never hold health answers: only what was done to
// which booking or client.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database& database) : m_database(database) {}

    // Must be called inside the caller's write transaction, so the entry and the change it
    // records commit together or not at all.
    bool append(const QString& userName, const QString& kind, qint64 clientId, qint64 bookingId,
                const QString& detail, StorageError* error);

    // append() in a write transaction of its own, for reads that change nothing else.
    bool appendAlone(const QString& userName, const QString& kind, qint64 clientId,
                     qint64 bookingId, const QString& detail, StorageError* error);

    // Newest first; clientId 0 and an empty user mean "any".
    QList<AuditEntry> entries(qint64 clientId, const QString& user, int limit,
                              StorageError* error) const;

    // Newest first, at most `limit` entries matching `filter`; page on with filter.beforeId set
    // to the id of the last entry read.
    QList<AuditEntry> entries(const AuditFilter& filter, int limit, StorageError* error) const;

    // Recomputes the chain; returns the id of the first broken entry, 0 when intact.
    qint64 firstBrokenEntry(StorageError* error) const;

private:
    Database& m_database;
};
