#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>

class Clock;
class Database;

// Copies of the database made only with VACUUM INTO (consistent even while another program
// writes), and restores that check the copy before anything is replaced.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    struct BackupFacts
    {
        QString path;
        qint64 bytes = 0;
        int schemaVersion = 0;
    };

    // Writes a new backup file through a temporary one; refuses any existing path (a file, a
    // link, a device or pipe).
    static bool backup(Database& database, const QString& destination, BackupFacts* facts,
                       StorageError* error);

    // Integrity, application id and data version of a backup, without changing it.
    static bool verify(const QString& backupPath, BackupFacts* facts, StorageError* error);

    // Replaces `target` with `backupPath` after verifying it. The database being replaced is
    // first saved beside itself as "<name>.before-restore-<time>.sqlite" (its path is returned
    // in `safetyCopy`), so a restore can itself be undone. The caller must have closed its own
    // connection; a GUI holding the file makes this fail with a clear message.
    static bool restore(const QString& target, const QString& backupPath, const Clock& clock,
                        QString* safetyCopy, StorageError* error);

    // Refused when `backupPath` is the database itself under another name: the same path, a
    // symbolic or hard link (compared by device and inode). Opens neither file.
    static StorageError sameFileRefusal(const QString& databasePath, const QString& backupPath);

    static QString suggestedBackupName(const Clock& clock);
    // The suggested name in `folder`, made unique ("-2", "-3"...) when it is taken.
    static QString freeBackupPath(const QString& folder, const Clock& clock);

    // A consistent single-file copy of the database file `source` (its WAL included) on a
    // connection of its own; `problem` says why not, in SQLite's words, for the log.
    static bool vacuumInto(const QString& source, const QString& destination, bool readOnly,
                           QString* problem);
};
