#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>

// Looks at a database file's bytes and permissions before SQLite touches it, so a file
// that is not ours (or is damaged) gets a precise message and is never written to.
class DatabaseFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFileCheck)

public:
    enum class State
    {
        Missing,
        Empty,
        LooksLikeSqlite
    };

    struct Result
    {
        State state = State::Missing;
        StorageError error;
    };

    // `forWriting` also requires the file and its folder to be writable (WAL needs both).
    static Result inspect(const QString& path, bool forWriting);

    static bool isReadOnlyPath(const QString& path);

    // The SQLite files this process has open, by device and inode. Closing any descriptor of a
    // file drops every POSIX lock the process holds on it, SQLite's included; so a file already
    // open here is never read by hand, or the next program to close it would take itself for
    // the last one and remove the write-ahead log under the open connection.
    static void noteOpened(const QString& path, const QString& connectionName);
    static void noteClosed(const QString& connectionName);
    static bool isOpenInThisProcess(const QString& path);
};
