#include "storage/SealedBackups.h"

#include "storage/Database.h"
#include "storage/Sealing.h"
#include "storage/SealingRepository.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

namespace {

// What a backup file holds of sealing, read without changing it.
struct Contents
{
    bool readable = false;
    bool plain = false;  // a check-in value stored in plain
    bool sealed = false; // the sealing row is there
    int readerWraps = 0; // password wraps of the centre's key
};

Contents readContents(const QString& path)
{
    static QAtomicInt counter;
    const QString name =
        QStringLiteral("massage-desk-sealed-backup-%1").arg(counter.fetchAndAddRelaxed(1));
    Contents contents;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            // An older backup may lack the later columns: only those it has are asked about.
            QStringList present;
            if (q.exec(QStringLiteral("PRAGMA table_info(checkins)"))) {
                while (q.next())
                    present << q.value(1).toString();
                q.finish();
            }
            QStringList plainTests;
            for (const QString& field : SealingRepository::checkinFields()) {
                if (present.contains(field))
                    plainTests << QStringLiteral("(%1 IS NOT NULL AND %1 NOT IN ('', '[]', '{}') "
                                                 "AND substr(%1, 1, 8) <> '%2')")
                                      .arg(field, QLatin1String(Sealing::kPrefix));
            }
            const QString plainSql =
                plainTests.isEmpty()
                    ? QStringLiteral("SELECT 0")
                    : QStringLiteral("SELECT EXISTS (SELECT 1 FROM checkins WHERE %1)")
                          .arg(plainTests.join(QStringLiteral(" OR ")));
            bool ok = q.exec(plainSql) && q.next();
            contents.plain = ok && q.value(0).toBool();
            q.finish();
            const bool hasSealing =
                q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                      "AND name = 'sealing'")) &&
                q.next() && q.value(0).toInt() == 1;
            q.finish();
            if (ok && hasSealing) {
                ok = q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sealing), (SELECT "
                                           "count(*) FROM sealing_wraps WHERE kind = "
                                           "'password')")) &&
                     q.next();
                contents.sealed = ok && q.value(0).toInt() == 1;
                contents.readerWraps = ok ? q.value(1).toInt() : 0;
                q.finish();
            }
            contents.readable = ok;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return contents;
}

void removeWithSidecars(const QString& path, bool* removed)
{
    *removed = QFile::remove(path);
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

bool SealedBackups::holdsPlain(const QString& path)
{
    const Contents contents = readContents(path);
    return !contents.readable || contents.plain;
}

bool SealedBackups::plainBackups(Database& database, QList<AutomaticBackup::Entry>* found,
                                 StorageError* error)
{
    found->clear();
    *error = {};
    if (database.isServer())
        return true;
    for (const AutomaticBackup::Entry& entry : AutomaticBackup(database).backups()) {
        if (holdsPlain(entry.path))
            found->append(entry);
    }
    return true;
}

bool SealedBackups::replace(Database& database, const QStringList& confirmed, Outcome* outcome,
                            StorageError* error)
{
    *outcome = {};
    QByteArray publicKey;
    if (!SealingRepository(database).publicKey(&publicKey, error))
        return false;
    if (publicKey.isEmpty()) {
        *error = {StorageError::Code::Refused,
                  tr("The health data is not sealed yet, so a new backup would hold it in plain "
                     "too. Nothing was deleted.")};
        return false;
    }
    if (database.isServer()) {
        *error = {StorageError::Code::Refused,
                  tr("A centre on a server has no backup folder of the program's own: make a "
                     "new backup (massage-desk-cli backup FILE) and destroy the older dumps "
                     "and backups yourself.")};
        return false;
    }
    AutomaticBackup automatic(database);
    AutomaticBackup::Outcome written;
    automatic.run(AutomaticBackup::Reason::Manual, &written);
    if (!written.ok) {
        *error = written.error;
        if (error->message.isEmpty())
            *error = {StorageError::Code::Io, tr("The new backup could not be written.")};
        error->message += QLatin1Char(' ') + tr("No older backup was deleted.");
        return false;
    }
    const QString fresh = QFileInfo(written.facts.path).absoluteFilePath();
    const Contents contents = readContents(fresh);
    if (!contents.readable || contents.plain || !contents.sealed || contents.readerWraps < 1) {
        // A same-second backup of before sealing would be "reused" under this name.
        *error = {StorageError::Code::BackupInvalid,
                  tr("The new backup %1 is not sealed as it should be (it still holds plain "
                     "values or no reader's key). No older backup was deleted; try again.")
                      .arg(QDir::toNativeSeparators(fresh))};
        return false;
    }
    outcome->sealedBackup = fresh;
    // Only files that are still this database's plain automatic backups, whatever was passed.
    QList<AutomaticBackup::Entry> plain;
    if (!plainBackups(database, &plain, error))
        return false;
    QStringList deletable;
    for (const AutomaticBackup::Entry& entry : plain)
        deletable << QFileInfo(entry.path).absoluteFilePath();
    for (const QString& path : confirmed) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        bool removed = false;
        if (absolute != fresh && deletable.contains(absolute))
            removeWithSidecars(absolute, &removed);
        else if (absolute != fresh && !QFileInfo::exists(absolute))
            removed = true; // gone already: pruned by the retention rules after the new one

        if (removed) {
            outcome->removed << absolute;
        } else {
            outcome->kept << absolute;
            spdlog::warn("sealing: the plain backup {} was not deleted", absolute.toStdString());
        }
    }
    spdlog::info("sealing: sealed backup {} written; {} plain backup(s) deleted",
                 fresh.toStdString(), outcome->removed.size());
    return true;
}
