#include "storage/BackupService.h"

#include "core/Clock.h"
#include "core/NewFile.h"
#include "storage/Database.h"
#include "storage/DatabaseFileCheck.h"
#include "storage/DatabaseLock.h"
#include "storage/Migrations.h"
#include "storage/PortableBackup.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
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

// True when both paths name one file: the same name, a symbolic link to it or a hard link
// (the same device and inode).
bool sameFile(const QString& a, const QString& b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.absoluteFilePath() == second.absoluteFilePath())
        return true;
    if (!first.canonicalFilePath().isEmpty() &&
        first.canonicalFilePath() == second.canonicalFilePath())
        return true;
    struct stat one, other;
    return ::stat(QFile::encodeName(first.absoluteFilePath()).constData(), &one) == 0 &&
           ::stat(QFile::encodeName(second.absoluteFilePath()).constData(), &other) == 0 &&
           one.st_dev == other.st_dev && one.st_ino == other.st_ino;
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

QString BackupService::freeBackupPath(const QString& folder, const Clock& clock)
{
    const QDir dir(folder);
    const QString name = suggestedBackupName(clock);
    QString path = dir.filePath(name);
    // Two backups within one second: "-2", "-3"... rather than a refusal of our own name.
    const QString stem = QFileInfo(name).completeBaseName();
    for (int n = 2; QFileInfo::exists(path) || QFileInfo(path).isSymLink(); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(n));
    return path;
}

bool BackupService::backup(Database& database, const QString& destination, BackupFacts* facts,
                           StorageError* error)
{
    if (destination.trimmed().isEmpty()) {
        *error = {StorageError::Code::PathEmpty, tr("No backup file was given.")};
        return false;
    }
    const QString target = QFileInfo(destination).absoluteFilePath();
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        *error = {StorageError::Code::Refused, NewFile::refusal(target)};
        return false;
    }
    if (database.isServer()) { // no VACUUM INTO on a server: a portable copy of the centre
        CentreCopy::Report report;
        return PortableBackup::write(database, target, {}, facts, &report, error);
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
    // Written and checked under a temporary name, then renamed: a half-written or unchecked
    // copy never carries the backup's name, and nothing that appears meanwhile is overwritten.
    StorageError produceError;
    QString message;
    const bool written = NewFile::produce(
        target, NewFile::Access::OwnerAndGroup,
        [&](QFile& file, QString* problem) {
            QSqlQuery query(database.connection());
            query.prepare(QStringLiteral("VACUUM INTO ?"));
            query.addBindValue(file.fileName()); // an empty file: VACUUM INTO fills it
            if (!database.exec(query, &produceError, tr("write the backup")))
                return *problem = produceError.message, false;
            query.finish();
            if (!verify(file.fileName(), facts, &produceError)) {
                spdlog::error("backup {} failed verification", target.toStdString());
                return *problem = produceError.message, false;
            }
            return true;
        },
        &message);
    if (!written) {
        if (!folderExisted)
            QDir().rmdir(folder); // a refusal leaves nothing behind
        *error = produceError ? produceError : StorageError{StorageError::Code::Io, message};
        return false;
    }
    facts->path = target;
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

StorageError BackupService::sameFileRefusal(const QString& databasePath, const QString& backupPath)
{
    if (!sameFile(backupPath, databasePath))
        return {};
    return {StorageError::Code::Refused,
            tr("The backup and the database are the same file (%1 names the database itself, "
               "through a link or another name); nothing to restore.")
                .arg(shownPath(backupPath))};
}

bool BackupService::restore(const QString& target, const QString& backupPath, const Clock& clock,
                            QString* safetyCopy, StorageError* error)
{
    // A database reached through a link is restored where the link points, not by putting a
    // file in the link's place.
    QString targetPath = QFileInfo(target).absoluteFilePath();
    if (QFileInfo(targetPath).isSymLink() && !QFileInfo(targetPath).canonicalFilePath().isEmpty())
        targetPath = QFileInfo(targetPath).canonicalFilePath();
    // Same file: refuse before opening it at all, so not even an empty journal appears.
    if (const StorageError same = sameFileRefusal(targetPath, backupPath)) {
        *error = same;
        return false;
    }
    // A pipe or device in the database's place is never read (a copy would wait forever).
    const DatabaseFileCheck::Result inPlace = DatabaseFileCheck::inspect(targetPath, false);
    if (inPlace.error.code == StorageError::Code::NotRegularFile ||
        inPlace.error.code == StorageError::Code::IsFolder) {
        *error = inPlace.error;
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
    // The restored file keeps the mode of the one it replaces (rw-rw---- for a new one).
    struct stat current;
    const mode_t mode = ::stat(QFile::encodeName(targetPath).constData(), &current) == 0
                            ? (current.st_mode & 07777)
                            : 0660;
    ::chmod(QFile::encodeName(staging).constData(), mode);
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
