#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>

class Database;

// A short write transaction taken with BEGIN IMMEDIATE on SQLite, so two programs on one file
// queue for the write lock (busy timeout) instead of failing half-way; a plain BEGIN on
// PostgreSQL (SqlDialect::beginWrite). Rolls back unless committed.
class WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)

public:
    // How the server plans the prepared statements run inside (SQLite: no difference).
    enum class Plans
    {
        ServerChooses,
        // Generic plans for kept statements (Statement::Plan::Kept): the scheduler's checks,
        // whose plan is the same index range whatever the values, so planning them afresh for
        // every booking cost more than running them. The server's own estimate keeps choosing
        // custom plans for them, so the transaction sets plan_cache_mode for itself alone
        // (SET LOCAL, sent with the BEGIN: no extra round trip).
        Generic
    };

    explicit WriteTransaction(Database& database, Plans plans = Plans::ServerChooses);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool begin(StorageError* error);
    bool commit(StorageError* error);
    void rollback();

private:
    Database& m_database;
    Plans m_plans;
    bool m_open = false;
};
