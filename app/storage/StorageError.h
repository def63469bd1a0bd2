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
    };

    Code code = Code::None;
    QString message;
    QString detail;

    StorageError() = default;
    StorageError(Code c, QString m, QString d = {})
        : code(c), message(std::move(m)), detail(std::move(d))
    {
    }
    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }
};
