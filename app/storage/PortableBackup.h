#pragma once

#include "storage/BackupService.h"
#include "storage/CentreCopy.h"

// A centre on a server backed up as one portable SQLite file, and such a file (or any SQLite
// backup) taken back into a server centre (issue 10 §3). Both go through CentreCopy; the file
// follows NewFile's rules (never over an existing file, a temporary name until it is written and
// checked).
class PortableBackup
{
    Q_DECLARE_TR_FUNCTIONS(PortableBackup)

public:
    // Writes the whole centre of `server` into the new file `destination` and checks it
    // (integrity, application id, data version).
    static bool write(Database& server, const QString& destination,
                      const CentreCopy::Options& options, BackupService::BackupFacts* facts,
                      CentreCopy::Report* report, StorageError* error);

    // Copies the centre in the SQLite backup `backupPath` into `server` after verifying it. The
    // backup itself is never changed (an older one is brought up to date in a temporary copy).
    // Refused unless `server` holds no data, or options.replaceTarget is set: then the old
    // centre is replaced in the same transaction. The person signed in on `server` must be
    // allowed to edit the centre.
    static bool restore(Database& server, const QString& backupPath,
                        const CentreCopy::Options& options, CentreCopy::Report* report,
                        StorageError* error);
};
