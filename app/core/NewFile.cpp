#include "core/NewFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The process's umask without changing it (umask() would, for a moment, for every thread).
mode_t currentUmask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray& line : lines) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(mask);
            }
        }
    }
    return 022;
}

mode_t modeFor(NewFile::Access access)
{
    switch (access) {
    case NewFile::Access::OwnerOnly:
        return 0600;
    case NewFile::Access::OwnerAndGroup:
        return 0660;
    case NewFile::Access::Shared:
        break;
    }
    return 0666 & ~currentUmask();
}

// Gives `from` the name `to` only if nothing has that name yet, even if something appeared
// there since refusal() looked: the kernel checks and renames in one step.
int renameNoReplace(const QByteArray& from, const QByteArray& to)
{
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
    // A file system without RENAME_NOREPLACE: a hard link fails just as atomically on EEXIST.
    if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
        return 0;
    }
    if (errno == EEXIST)
        return EEXIST;
    // No hard links either (FAT): look once more, then rename.
    struct stat st;
    if (::lstat(to.constData(), &st) == 0)
        return EEXIST;
    return std::rename(from.constData(), to.constData()) == 0 ? 0 : errno;
}

void syncFolder(const QString& folder)
{
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

bool NewFile::isReadOnlyPath(const QString& path)
{
    const QFileInfo info(path);
    const auto writeBits =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return !info.isWritable() || !(info.permissions() & writeBits);
}

QString NewFile::refusal(const QString& path)
{
    if (path.trimmed().isEmpty())
        return tr("No file name was given.");
    const QString absolute = QFileInfo(path).absoluteFilePath();
    struct stat st;
    if (::lstat(QFile::encodeName(absolute).constData(), &st) == 0) {
        if (S_ISLNK(st.st_mode))
            return tr("%1 is a link to another file. Massage Desk does not write through links: "
                      "choose a new file name.")
                .arg(shown(absolute));
        if (S_ISDIR(st.st_mode))
            return tr("%1 is a folder; choose a file name inside it.").arg(shown(absolute));
        if (S_ISREG(st.st_mode))
            return tr("%1 already exists. Choose a new name: Massage Desk never overwrites a "
                      "file.")
                .arg(shown(absolute));
        return tr("%1 is not an ordinary file (it is a device, a pipe or a socket). Choose a new "
                  "file name.")
            .arg(shown(absolute));
    }
    if (errno != ENOENT)
        return tr("Cannot write %1: %2.").arg(shown(absolute), systemReason(errno));
    const QString folder = QFileInfo(absolute).absolutePath();
    if (!QFileInfo(folder).isDir())
        return tr("Cannot write %1: the folder %2 does not exist.")
            .arg(shown(absolute), shown(folder));
    if (isReadOnlyPath(folder))
        return tr("Cannot write %1: the folder %2 is read-only.")
            .arg(shown(absolute), shown(folder));
    return QString();
}

bool NewFile::write(const QString& path, const QByteArray& bytes, Access access, QString* message)
{
    return produce(
        path, access,
        [&bytes](QFile& file, QString*) {
            return file.write(bytes) == bytes.size() && file.flush();
        },
        message);
}

bool NewFile::produce(const QString& path, Access access, const Producer& producer,
                      QString* message)
{
    *message = refusal(path);
    if (!message->isEmpty())
        return false;
    const QString target = QFileInfo(path).absoluteFilePath();
    const QFileInfo targetInfo(target);
    // Hidden and not ending in the target's suffix: no listing of backups or exports takes
    // the unfinished file for a finished one.
    QTemporaryFile temporary(
        targetInfo.dir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(targetInfo.fileName())));
    temporary.setAutoRemove(false); // removed by hand below; after the rename it is the file
    if (!temporary.open()) {
        *message = tr("Cannot write %1: %2.").arg(shown(target), temporary.errorString());
        return false;
    }
    const QString temporaryPath = temporary.fileName();
    const auto fail = [&](const QString& text) {
        temporary.close();
        QFile::remove(temporaryPath);
        spdlog::warn("new file {} not written: {}", target.toStdString(), text.toStdString());
        *message = text;
        return false;
    };
    const auto writeFailed = [&](const QString& reason) {
        return fail(tr("Could not write %1: %2. Nothing was saved under that name; free some "
                       "space or choose another place.")
                        .arg(shown(target), reason));
    };

    QString problem;
    if (!producer(temporary, &problem))
        return problem.isEmpty() ? writeFailed(temporary.errorString()) : fail(problem);
    if (!temporary.flush())
        return writeFailed(temporary.errorString());
    const int fd = temporary.handle();
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return writeFailed(systemReason(errno));
    if (st.st_size == 0)
        return writeFailed(tr("nothing was written"));
    // On disk before it takes its name: a power cut must not leave half a file under it.
    if (::fchmod(fd, modeFor(access)) != 0 || ::fsync(fd) != 0)
        return writeFailed(systemReason(errno));
    temporary.close();
    const int renameError =
        renameNoReplace(QFile::encodeName(temporaryPath), QFile::encodeName(target));
    if (renameError == EEXIST)
        return fail(tr("%1 appeared while it was being written (another program?) and was left "
                       "as it is. Choose a new name.")
                        .arg(shown(target)));
    if (renameError != 0)
        return writeFailed(systemReason(renameError));
    syncFolder(targetInfo.absolutePath());
    message->clear();
    return true;
}
