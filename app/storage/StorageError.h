#pragma once

#include <QString>

// What went wrong, in two voices: `message` is for the person at the desk (translated),
// `detail` is for the log and support (driver text, never health data).
struct StorageError
{
    enum class Code
    {
        None,
        PathEmpty,
        FolderNotCreatable,
        FolderReadOnly,
        IsFolder,
        NotRegularFile, // a device, pipe, socket or a link to nothing
        FileMissing,
        FileUnreadable,
        FileReadOnly,
        NotSqlite,
        HeaderZeroed,
        Truncated,
        Corrupt,
        ForeignDatabase,
        NewerSchema,
        LockedByOther,
        MigrationFailed,
        Busy,
        DiskFull,
        Refused,
        NotFound,
        BackupInvalid,
        Io,
        Query,
        // The server backend (PostgreSQL).
        Overlap,          // an exclusion constraint refused a therapist's or a room's time
        RetryTransaction, // serialization failure or deadlock: the whole change may run again
        ConnectionFailed, // server unreachable, wrong password, database missing, lost mid-write
        PermissionDenied,
        NotEmpty,        // a database that holds other tables
        WrongPassword,   // the server refused the user name or password (or asks for one)
        DatabaseMissing, // the server has no database of that name
        // Another desk saved the record after this one loaded it (RecordVersion): nothing was
        // written; changedBy and changedAt say who and when.
        ChangedElsewhere,
    };

    Code code = Code::None;
    QString message;
    QString detail;
    // For ChangedElsewhere: the name of whoever saved last (empty when unknown) and when (UTC
    // seconds), and whether that change cancelled the booking.
    QString changedBy;
    qint64 changedAt = 0;
    bool cancelledElsewhere = false;

    StorageError() = default;
    StorageError(Code c, QString m, QString d = {})
        : code(c), message(std::move(m)), detail(std::move(d))
    {
    }
    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }
};
