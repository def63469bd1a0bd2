#include "storage/AutomaticBackup.h"

#include "core/Clock.h"
#include "core/NewFile.h"
#include "storage/Database.h"
#include "storage/DatabaseFileCheck.h"
#include "storage/SettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

int keepCount(const SettingsRepository& settings, const SettingKeys::Definition& key)
{
    bool ok = false;
    const int n = settings.value(key).trimmed().toInt(&ok);
    if (ok && n >= 0)
        return n;
    return QString::fromLatin1(key.defaultValue).toInt();
}

void removeWithSidecars(const QString& path)
{
    QFile::remove(path);
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

QString AutomaticBackup::defaultFolder(const QString& databasePath)
{
    return QDir::cleanPath(QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups"));
}

bool AutomaticBackup::enabled() const
{
    const QString value =
        SettingsRepository(m_database).value(SettingKeys::kBackupAutomatic).trimmed().toLower();
    // Anything but a clear "off" keeps them on: a typo must not stop the backups.
    return value != QLatin1String("0") && value != QLatin1String("false") &&
           value != QLatin1String("off");
}

QString AutomaticBackup::folder() const
{
    const QString chosen =
        SettingsRepository(m_database).value(SettingKeys::kBackupFolder).trimmed();
    if (chosen.isEmpty())
        return defaultFolder(m_database.path());
    // A relative folder is taken from the database's folder, not from wherever we started.
    return QDir::cleanPath(QFileInfo(m_database.path()).absoluteDir().absoluteFilePath(chosen));
}

BackupRetention::Policy AutomaticBackup::policy() const
{
    const SettingsRepository settings(m_database);
    return {keepCount(settings, SettingKeys::kBackupKeepDaily),
            keepCount(settings, SettingKeys::kBackupKeepWeekly),
            keepCount(settings, SettingKeys::kBackupKeepMonthly)};
}

QList<AutomaticBackup::Entry> AutomaticBackup::listBackups(const QString& folder,
                                                           const QString& baseName)
{
    QList<Entry> entries;
    // Every file is read by name rather than through a wildcard: a database name may hold
    // characters a wildcard would take as pattern.
    const QFileInfoList files =
        QDir(folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QFileInfo& file : files) {
        const QDateTime taken = BackupRetention::parseFileName(file.fileName(), baseName);
        if (taken.isValid())
            entries.append({file.absoluteFilePath(), taken, file.size()});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.takenUtc > b.takenUtc; });
    return entries;
}

QList<AutomaticBackup::Entry> AutomaticBackup::backups() const
{
    return listBackups(folder(), QFileInfo(m_database.path()).completeBaseName());
}

bool AutomaticBackup::isDue() const
{
    const QDateTime now = m_database.clock().nowUtc();
    const QTimeZone zone = SettingsRepository(m_database).timeZone();
    const QDate today = now.toTimeZone(zone).date();
    for (const Entry& entry : backups()) {
        if (entry.takenUtc <= now && entry.takenUtc.toTimeZone(zone).date() == today)
            return false;
    }
    return true;
}

AutomaticBackup::Status AutomaticBackup::lastStatus() const
{
    const SettingsRepository settings(m_database);
    Status status;
    status.attemptUtc =
        QDateTime::fromString(settings.value(SettingKeys::kBackupLastAttempt), Qt::ISODate);
    status.error = settings.value(SettingKeys::kBackupLastError);
    return status;
}

bool AutomaticBackup::plan(Reason reason, Job* job) const
{
    if (reason != Reason::Manual && !enabled())
        return false;
    // A centre on a server is backed up where it lives (pg_dump, or "backup" for a portable
    // file): a folder "beside" a postgresql:// address would be made under the working folder.
    if (reason != Reason::Manual && m_database.isServer())
        return false;
    if (reason == Reason::Daily && !isDue())
        return false;
    job->reason = reason;
    job->databasePath = QFileInfo(m_database.path()).absoluteFilePath();
    job->folder = folder();
    job->baseName = QFileInfo(m_database.path()).completeBaseName();
    job->nowUtc = m_database.clock().nowUtc().toUTC();
    job->destination =
        QDir(job->folder).filePath(BackupRetention::fileName(job->baseName, job->nowUtc));
    job->zone = SettingsRepository(m_database).timeZone();
    job->policy = policy();
    return true;
}

AutomaticBackup::Outcome AutomaticBackup::write(const Job& job)
{
    Outcome outcome;
    if (QFileInfo::exists(job.destination)) {
        // Two runs within one second (a close right after "Back up now"): one copy is enough.
        outcome.ok = BackupService::verify(job.destination, &outcome.facts, &outcome.error);
        outcome.reused = outcome.ok;
        return outcome;
    }
    if (!QDir().mkpath(job.folder) || DatabaseFileCheck::isReadOnlyPath(job.folder)) {
        outcome.error = {StorageError::Code::FolderReadOnly,
                         tr("Cannot write backups into %1: the folder cannot be created or is "
                            "read-only. Choose another backup folder in Settings.")
                             .arg(shown(job.folder))};
        return outcome;
    }
    // Copied and checked under a temporary name, then renamed without replacing anything: a
    // copy that is half-written or fails its check never carries a backup's name.
    StorageError failure;
    QString message;
    const bool written = NewFile::produce(
        job.destination, NewFile::Access::OwnerAndGroup,
        [&](QFile& file, QString* problem) {
            const QString staging = file.fileName();
            QString sqliteProblem;
            if (!BackupService::vacuumInto(job.databasePath, staging, false, &sqliteProblem)) {
                removeWithSidecars(staging);
                failure = {StorageError::Code::Io,
                           tr("Could not write the backup %1 (is the disk full?). The database "
                              "itself is unchanged.")
                               .arg(shown(job.destination)),
                           sqliteProblem};
                return *problem = failure.message, false;
            }
            StorageError verifyError;
            if (!BackupService::verify(staging, &outcome.facts, &verifyError)) {
                removeWithSidecars(staging);
                failure = {StorageError::Code::BackupInvalid,
                           tr("The new backup failed its check and was deleted; the older "
                              "backups are kept. %1")
                               .arg(verifyError.message),
                           verifyError.detail};
                return *problem = failure.message, false;
            }
            return true;
        },
        &message);
    if (!written) {
        outcome.error = failure ? failure : StorageError{StorageError::Code::Io, message};
        return outcome;
    }
    outcome.facts.path = QFileInfo(job.destination).absoluteFilePath();
    outcome.ok = true;
    return outcome;
}

QStringList AutomaticBackup::applyRetention(const QString& folder, const QString& baseName,
                                            const QDateTime& nowUtc, const QTimeZone& zone,
                                            const BackupRetention::Policy& policy)
{
    QList<BackupRetention::Backup> found;
    for (const Entry& entry : listBackups(folder, baseName))
        found.append({QFileInfo(entry.path).fileName(), entry.takenUtc});
    const BackupRetention::Decision decision = BackupRetention::decide(found, nowUtc, zone, policy);
    QStringList removed;
    const QDir dir(folder);
    for (const QString& name : decision.remove) {
        const QString path = dir.filePath(name);
        if (QFile::remove(path)) {
            for (const char* suffix : {"-wal", "-shm", "-journal"})
                QFile::remove(path + QLatin1String(suffix));
            removed.append(name);
        } else {
            spdlog::warn("automatic backup: could not remove the old backup {}",
                         path.toStdString());
        }
    }
    return removed;
}

void AutomaticBackup::finish(const Job& job, Outcome* outcome)
{
    // Old copies go only once a new one is safely written and checked.
    if (outcome->ok)
        outcome->removed =
            applyRetention(job.folder, job.baseName, job.nowUtc, job.zone, job.policy);
    SettingsRepository settings(m_database);
    StorageError ignored; // a database that cannot take this row has worse news to give
    settings.setValue(SettingKeys::kBackupLastAttempt, job.nowUtc.toString(Qt::ISODate), &ignored);
    settings.setValue(SettingKeys::kBackupLastError,
                      outcome->ok ? QStringLiteral("") : outcome->error.message, &ignored);
    if (outcome->ok) {
        spdlog::info("automatic backup {} ({} bytes){}; {} old automatic backup(s) removed",
                     outcome->facts.path.toStdString(), outcome->facts.bytes,
                     outcome->reused ? " already there" : "", outcome->removed.size());
    } else {
        spdlog::error("automatic backup to {} failed: {} ({})", job.destination.toStdString(),
                      outcome->error.message.toStdString(), outcome->error.detail.toStdString());
    }
}

bool AutomaticBackup::run(Reason reason, Outcome* outcome)
{
    Job job;
    if (!plan(reason, &job))
        return false;
    *outcome = write(job);
    finish(job, outcome);
    return true;
}
