#pragma once

#include "storage/AutomaticBackup.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

// After sealing is turned on (issue 13): the automatic backups of the centre that still hold
// check-in answers in plain, and their replacement by one new sealed backup. Deleting is never
// this class's own idea: the caller passes the files a person confirmed, and they go only once
// the new backup is written and checked. A centre on a server keeps its dumps and portable
// backups where its people put them, so the program knows none of them.
class SealedBackups
{
    Q_DECLARE_TR_FUNCTIONS(SealedBackups)

public:
    struct Outcome
    {
        QString sealedBackup; // the new backup's path
        QStringList removed;  // the plain backups deleted
        QStringList kept;     // confirmed ones that could not be deleted (or were not plain)
    };

    // This database's automatic backups (its backup folder) that hold a check-in value in
    // plain, newest first. Empty for a centre on a server.
    static bool plainBackups(Database& database, QList<AutomaticBackup::Entry>* found,
                             StorageError* error);
    // Whether the SQLite backup `path` holds a check-in answer, note or reason in plain; read on
    // a read-only connection of its own. A backup that cannot be read counts as plain.
    static bool holdsPlain(const QString& path);
    // Writes one new backup of the (sealed) centre into its backup folder and checks it: sound,
    // sealed, with the wraps of its readers and no plain value. Only then deletes those of
    // `confirmed` that are still plain automatic backups of this database. Refused, deleting
    // nothing, when sealing is off or the new backup fails its check.
    static bool replace(Database& database, const QStringList& confirmed, Outcome* outcome,
                        StorageError* error);
};
