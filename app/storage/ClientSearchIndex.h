#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>

class Database;

// The client search's own index, which triggers keep from the clients table: SQLite's FTS5
// table (migration 2), the server's client_words (migrations 16, 17). Derived data, so it can
// be compared with the clients rows and written again from them.
class ClientSearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(ClientSearchIndex)

public:
    explicit ClientSearchIndex(Database& database) : m_database(database) {}

    // How many clients search would find wrongly (entries missing, left over or stale); -1
    // when this engine cannot tell (SQLite, SqlDialect::searchOutOfStep). False on failure.
    bool outOfStep(qint64* clients, StorageError* error) const;

    // Writes the index again from the clients rows, the erased clients left out, in one write
    // transaction recorded in the audit log (a manager's step). `indexed`: the clients search
    // finds afterwards.
    bool rebuild(qint64* indexed, StorageError* error);

private:
    Database& m_database;
};
