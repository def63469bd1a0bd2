#include "storage/BackupService.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/DatabaseFileCheck.h"
#include "storage/DatabaseLock.h"
#include "storage/Migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace {

QString shownPath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

bool integrityOk(const QString& path, QString* firstProblem)
{
    // Unique: an automatic backup may verify on a worker thread while the desk verifies too.
    static QAtomicInt counter;
    const QString name =
        QStringLiteral("massage-desk-verify-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()) {
                const QString first = query.value(0).toString();
                ok = first == QLatin1String("ok");
                *firstProblem = first;
            } else {
                *firstProblem = QStringLiteral("integrity_check could not run");
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void syncToDisk(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        ::fsync(file.handle());
}

} // namespace

QString BackupService::suggestedBackupName(const Clock& clock)
{
    return QStringLiteral("massage-desk-%1.sqlite")
        .arg(clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss")));
}

bool BackupService::backup(Database& database, const QString& destination, BackupFacts* facts,
                           StorageError* error)
{
    const QString target = QFileInfo(destination).absoluteFilePath();
    if (QFileInfo::exists(target)) {
        *error = {StorageError::Code::Refused,
                  tr("%1 already exists. Choose a new name: a backup never overwrites a file.")
                      .arg(shownPath(target))};
        return false;
    }
    const QString folder = QFileInfo(target).absolutePath();
    const bool folderExisted = QFileInfo(folder).isDir();
    if (!QDir().mkpath(folder) || DatabaseFileCheck::isReadOnlyPath(folder)) {
        *error = {StorageError::Code::FolderReadOnly,
                  tr("Cannot write a backup into %1: the folder cannot be created or is "
                     "read-only.")
                      .arg(QDir::toNativeSeparators(folder))};
        return false;
    }
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!database.exec(query, error, tr("write the backup"))) {
        QFile::remove(target); // never leave half a backup that looks like a whole one
        if (!folderExisted)
            QDir().rmdir(folder); // a refusal leaves nothing behind
        return false;
    }
    query.finish();
    syncToDisk(target);
    if (!verify(target, facts, error)) {
        spdlog::error("backup {} failed verification", target.toStdString());
        return false;
    }
    spdlog::info("backup written to {} ({} bytes)", target.toStdString(), facts->bytes);
    return true;
}

bool BackupService::verify(const QString& backupPath, BackupFacts* facts, StorageError* error)
{
    const QString path = QFileInfo(backupPath).absoluteFilePath();
    const QString shown = shownPath(path);
    const DatabaseFileCheck::Result check = DatabaseFileCheck::inspect(path, false);
    if (check.error) {
        *error = {StorageError::Code::BackupInvalid,
                  tr("This is not a usable backup. %1").arg(check.error.message),
                  check.error.detail};
        return false;
    }
    if (check.state != DatabaseFileCheck::State::LooksLikeSqlite) {
        *error = {StorageError::Code::BackupInvalid,
                  check.state == DatabaseFileCheck::State::Missing
                      ? tr("There is no backup file at %1.").arg(shown)
                      : tr("%1 is empty, so it is not a backup.").arg(shown)};
        return false;
    }
    Database::Identity identity;
    StorageError identityError;
    if (!Database::readIdentity(path, &identity, &identityError)) {
        *error = {StorageError::Code::BackupInvalid,
                  tr("This is not a usable backup. %1").arg(identityError.message),
                  identityError.detail};
        return false;
    }
    if (identity.applicationId != Database::kApplicationId) {
        *error = {StorageError::Code::BackupInvalid,
                  tr("%1 is not a Massage Desk backup: it belongs to another program.").arg(shown)};
        return false;
    }
    if (identity.userVersion > Migrations::latestVersion()) {
        *error = {StorageError::Code::BackupInvalid,
                  tr("%1 was made by a newer version of Massage Desk (data version %2). Install "
                     "that version to restore it.")
                      .arg(shown)
                      .arg(identity.userVersion)};
        return false;
    }
    QString problem;
    if (!integrityOk(path, &problem)) {
        *error = {
            StorageError::Code::BackupInvalid,
            tr("%1 is damaged (its integrity check failed), so it cannot be restored.").arg(shown),
            problem};
        return false;
    }
    facts->path = path;
    facts->bytes = QFileInfo(path).size();
    facts->schemaVersion = identity.userVersion;
    return true;
}

bool BackupService::restore(const QString& target, const QString& backupPath, const Clock& clock,
                            QString* safetyCopy, StorageError* error)
{
    const QString targetPath = QFileInfo(target).absoluteFilePath();
    // Same file: refuse before opening it at all, so not even an empty journal appears.
    if (QFileInfo(backupPath).absoluteFilePath() == targetPath) {
        *error = {StorageError::Code::Refused,
                  tr("The backup and the database are the same file; nothing to restore.")};
        return false;
    }
    BackupFacts facts;
    if (!verify(backupPath, &facts, error))
        return false;
    // Keep GUIs away while the file changes under them.
    const std::unique_ptr<DatabaseLock> lock = DatabaseLock::acquire(targetPath, error);
    if (!lock)
        return false;

    safetyCopy->clear();
    if (QFileInfo::exists(targetPath)) {
        const QString stamp =
            clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString copy = targetPath + QStringLiteral(".before-restore-%1.sqlite").arg(stamp);
        for (int n = 2; QFileInfo::exists(copy); ++n) // two restores within one second
            copy = targetPath + QStringLiteral(".before-restore-%1-%2.sqlite").arg(stamp).arg(n);
        // The current file may be damaged (that is often why one restores): a raw copy of
        // its bytes and journal keeps everything, whatever state it is in.
        if (!QFile::copy(targetPath, copy)) {
            *error = {StorageError::Code::Io,
                      tr("Could not keep a copy of the current database at %1, so nothing was "
                         "restored.")
                          .arg(shownPath(copy))};
            return false;
        }
        for (const char* suffix : {"-wal", "-shm"}) {
            const QString side = targetPath + QLatin1String(suffix);
            if (QFileInfo::exists(side))
                QFile::copy(side, copy + QLatin1String(suffix));
        }
        *safetyCopy = copy;
    }

    const QString staging = targetPath + QStringLiteral(".restoring");
    QFile::remove(staging);
    QString copyProblem;
    if (!vacuumInto(facts.path, staging, true, &copyProblem)) {
        QFile::remove(staging);
        *error = {StorageError::Code::Io,
                  tr("Could not copy the backup next to the database. Nothing was changed."),
                  copyProblem};
        return false;
    }
    // On disk before it takes the database's name: a power cut must not leave half a file.
    syncToDisk(staging);
    QFile(staging).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ReadGroup | QFileDevice::WriteGroup);
    // The old journal belongs to the old file; it must not be replayed into the restored one.
    QFile::remove(targetPath + QStringLiteral("-wal"));
    QFile::remove(targetPath + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(staging).constData(),
                    QFile::encodeName(targetPath).constData()) != 0) {
        QFile::remove(staging);
        *error = {StorageError::Code::Io,
                  tr("Could not put the restored database in place. The previous database is "
                     "kept at %1.")
                      .arg(shownPath(*safetyCopy))};
        return false;
    }
    spdlog::info("restored {} from {}", targetPath.toStdString(), facts.path.toStdString());
    return true;
}

bool BackupService::vacuumInto(const QString& source, const QString& destination, bool readOnly,
                               QString* problem)
{
    // Each call its own connection name, so copies on a worker thread and on the desk's thread
    // never share one.
    static QAtomicInt counter;
    const QString name =
        QStringLiteral("massage-desk-vacuum-into-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        db.setConnectOptions(
            readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=30000")
                     : QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("VACUUM INTO ?"));
            query.addBindValue(destination);
            ok = query.exec();
            if (!ok)
                *problem = query.lastError().text();
            query.finish();
            db.close();
        } else {
            *problem = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
