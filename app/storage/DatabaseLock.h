#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QLockFile>
#include <memory>

// One GUI per database file. The lock sits beside the database ("<file>.lock") and names the
// program holding it; a lock left by a program that died is taken over automatically.
class DatabaseLock
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)

public:
    static std::unique_ptr<DatabaseLock> acquire(const QString& databasePath, StorageError* error);
    static QString lockPathFor(const QString& databasePath);
    ~DatabaseLock();

private:
    explicit DatabaseLock(const QString& path);
    QLockFile m_lock;
};
