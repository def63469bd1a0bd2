#include "storage/DatabaseLock.h"

#include <QDir>

QString DatabaseLock::lockPathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

DatabaseLock::DatabaseLock(const QString& path) : m_lock(path)
{
    // A lock is stale only when its process is gone; never time it out under a live GUI.
    m_lock.setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock()
{
    m_lock.unlock();
}

std::unique_ptr<DatabaseLock> DatabaseLock::acquire(const QString& databasePath,
                                                    StorageError* error)
{
    std::unique_ptr<DatabaseLock> lock(new DatabaseLock(lockPathFor(databasePath)));
    if (lock->m_lock.tryLock(0))
        return lock;

    const QString shown = QDir::toNativeSeparators(databasePath);
    if (lock->m_lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString program;
        lock->m_lock.getLockInfo(&pid, &host, &program);
        if (program.isEmpty())
            program = tr("another program");
        *error = {StorageError::Code::LockedByOther,
                  tr("%1 is already open in %2 (process %3 on computer \"%4\"). Close it there "
                     "first: only one Massage Desk window may use a database at a time.")
                      .arg(shown, program)
                      .arg(pid)
                      .arg(host)};
    } else {
        *error = {StorageError::Code::FolderReadOnly,
                  tr("Cannot create the lock file beside %1: check that its folder is writable.")
                      .arg(shown)};
    }
    return nullptr;
}
