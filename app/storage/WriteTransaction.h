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
    explicit WriteTransaction(Database& database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool begin(StorageError* error);
    bool commit(StorageError* error);
    void rollback();

private:
    Database& m_database;
    bool m_open = false;
};
