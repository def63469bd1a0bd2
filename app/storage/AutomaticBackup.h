#pragma once

#include "core/BackupRetention.h"
#include "storage/BackupService.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

class Database;

// Backups the desk makes by itself: on closing the GUI and once a day while it is open. Each
// is a VACUUM INTO copy in the backups folder, checked after writing, and the folder is then
// pruned by BackupRetention. Only files named like an automatic backup of this database are
// ever deleted; manual backups and anything else in the folder are left alone.
//
// A run has three steps so a GUI can do the slow middle one on a worker thread: plan() and
// finish() use the database's connection (its thread); write() opens its own connection.
class AutomaticBackup
{
    Q_DECLARE_TR_FUNCTIONS(AutomaticBackup)

public:
    enum class Reason
    {
        Daily,   // only when no automatic backup was made today (centre's day)
        Closing, // every close, when automatic backups are on
        Manual   // "Back up now": even when automatic backups are off
    };

    struct Entry
    {
        QString path;
        QDateTime takenUtc;
        qint64 bytes = 0;
    };

    struct Job
    {
        Reason reason = Reason::Daily;
        QString databasePath;
        QString folder;
        QString baseName;
        QString destination;
        QDateTime nowUtc;
        QTimeZone zone;
        BackupRetention::Policy policy;
    };

    struct Outcome
    {
        bool ok = false;
        bool reused = false; // a backup with this second's name was already there and sound
        BackupService::BackupFacts facts;
        StorageError error;
        QStringList removed; // file names pruned by the retention rules
    };

    // The last attempt, as recorded in the settings table (the GUI shows it).
    struct Status
    {
        QDateTime attemptUtc; // invalid: never tried
        QString error;        // empty: the attempt succeeded
    };

    explicit AutomaticBackup(Database& database) : m_database(database) {}

    // "<database folder>/backups": beside the data it protects, the same folder the File menu
    // suggests for the default database, and per database when a centre keeps several.
    static QString defaultFolder(const QString& databasePath);
    bool enabled() const;
    QString folder() const;
    BackupRetention::Policy policy() const;
    // No automatic backup dated today (the centre's local day) at the database's clock.
    bool isDue() const;
    QList<Entry> backups() const; // this database's automatic backups, newest first
    Status lastStatus() const;

    // False when there is nothing to do (turned off, or a daily run with today's backup made).
    bool plan(Reason reason, Job* job) const;
    // The copy and its check, on any thread. A copy that fails its check is deleted.
    static Outcome write(const Job& job);
    // Retention (only after a good backup), the recorded status, the log.
    void finish(const Job& job, Outcome* outcome);

    // plan, write, finish in a row on this thread. Returns false when nothing was due.
    bool run(Reason reason, Outcome* outcome);

    // Deletes what the rules do not keep; never touches other files. Returns the names removed.
    static QStringList applyRetention(const QString& folder, const QString& baseName,
                                      const QDateTime& nowUtc, const QTimeZone& zone,
                                      const BackupRetention::Policy& policy);
    static QList<Entry> listBackups(const QString& folder, const QString& baseName);

private:
    Database& m_database;
};
