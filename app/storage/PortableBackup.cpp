#include "storage/PortableBackup.h"

#include "core/NewFile.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

bool PortableBackup::write(Database& server, const QString& destination,
                           const CentreCopy::Options& options, BackupService::BackupFacts* facts,
                           CentreCopy::Report* report, StorageError* error)
{
    if (destination.trimmed().isEmpty()) {
        *error = {StorageError::Code::PathEmpty, tr("No backup file was given.")};
        return false;
    }
    const QString target = QFileInfo(destination).absoluteFilePath();
    const QString refusal = NewFile::refusal(target);
    if (!refusal.isEmpty()) {
        *error = {StorageError::Code::Refused, refusal};
        return false;
    }
    if (!server.permits(Action::EditCentre, error))
        return false;
    StorageError copyError;
    QString message;
    const bool written = NewFile::produce(
        target, NewFile::Access::OwnerAndGroup,
        [&](QFile& file, QString* problem) {
            {
                // The empty temporary file becomes a new centre, then takes the copy.
                Database::Options fileOptions;
                fileOptions.path = file.fileName();
                std::unique_ptr<Database> copy =
                    Database::open(fileOptions, server.clock(), &copyError);
                if (!copy || !CentreCopy::copy(server, *copy, options, report, &copyError))
                    return *problem = copyError.message, false;
            } // closed: SQLite folds its journal back into the file
            if (!BackupService::verify(file.fileName(), facts, &copyError)) {
                spdlog::error("portable backup {} failed verification", target.toStdString());
                return *problem = copyError.message, false;
            }
            return true;
        },
        &message);
    // Whatever SQLite left beside the temporary file goes with it.
    if (!written) {
        *error = copyError ? copyError : StorageError{StorageError::Code::Io, message};
        return false;
    }
    facts->path = target;
    facts->bytes = QFileInfo(target).size();
    spdlog::info("portable backup of {} written to {} ({} bytes)", server.path().toStdString(),
                 target.toStdString(), facts->bytes);
    return true;
}

bool PortableBackup::restore(Database& server, const QString& backupPath,
                             const CentreCopy::Options& options, CentreCopy::Report* report,
                             StorageError* error)
{
    if (!server.permits(Action::EditCentre, error))
        return false;
    BackupService::BackupFacts facts;
    if (!BackupService::verify(backupPath, &facts, error))
        return false;
    if (!options.replaceTarget) {
        bool empty = false;
        if (!CentreCopy::isEmpty(server, &empty, error))
            return false;
        if (!empty) {
            *error = {StorageError::Code::NotEmpty,
                      tr("The centre %1 already holds data, so the backup was not restored into "
                         "it. Nothing was changed. To replace everything in it with the backup, "
                         "run restore again with --replace --yes.")
                          .arg(server.path())};
            return false;
        }
    }
    // A copy of the backup to read from: opening brings an older one up to this version,
    // which must not happen to the backup itself.
    QTemporaryDir folder;
    const QString working = folder.filePath(QStringLiteral("restoring.sqlite"));
    QString problem;
    if (!folder.isValid() || !BackupService::vacuumInto(facts.path, working, true, &problem)) {
        *error = {StorageError::Code::Io,
                  tr("Could not read the backup %1. Nothing was changed.")
                      .arg(QDir::toNativeSeparators(facts.path)),
                  problem};
        return false;
    }
    Database::Options fileOptions;
    fileOptions.path = working;
    fileOptions.mode = Database::Mode::OpenExisting;
    std::unique_ptr<Database> copy = Database::open(fileOptions, server.clock(), error);
    if (!copy)
        return false;
    // Whoever may edit the server centre may read the file they hold; the backup's own
    // accounts are what the centre gets.
    Actor restorer;
    restorer.name = server.actorName().isEmpty() ? QStringLiteral("restore") : server.actorName();
    restorer.role = Role::Manager;
    copy->setActor(restorer);
    const std::optional<Actor> serverActor = server.actor();
    const bool copied = CentreCopy::copy(*copy, server, options, report, error);
    server.setActor(serverActor);
    if (copied)
        spdlog::info("restored {} from {}", server.path().toStdString(), facts.path.toStdString());
    return copied;
}
