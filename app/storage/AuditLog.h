#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>

class Database;

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

    // Recomputes the chain; returns the id of the first broken entry, 0 when intact.
    qint64 firstBrokenEntry(StorageError* error) const;

private:
    Database& m_database;
};
