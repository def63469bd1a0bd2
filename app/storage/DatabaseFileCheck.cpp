#include "storage/DatabaseFileCheck.h"

#include "core/NewFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QtEndian>

#include <algorithm>
#include <optional>

#include <sys/stat.h>

namespace {

constexpr int kHeaderSize = 100;
const char kSqliteMagic[] = "SQLite format 3";

quint32 be32(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(bytes.constData()) + offset);
}

quint16 be16(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint16>(reinterpret_cast<const uchar*>(bytes.constData()) + offset);
}

using FileId = QPair<quint64, quint64>;

std::optional<FileId> fileIdOf(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileId(quint64(st.st_dev), quint64(st.st_ino));
}

QMutex& openFilesMutex()
{
    static QMutex mutex;
    return mutex;
}

// Connection name -> the file it has open.
QHash<QString, FileId>& openFiles()
{
    static QHash<QString, FileId> files;
    return files;
}

} // namespace

void DatabaseFileCheck::noteOpened(const QString& path, const QString& connectionName)
{
    const std::optional<FileId> id = fileIdOf(path);
    if (!id)
        return;
    const QMutexLocker locker(&openFilesMutex());
    openFiles().insert(connectionName, *id);
}

void DatabaseFileCheck::noteClosed(const QString& connectionName)
{
    const QMutexLocker locker(&openFilesMutex());
    openFiles().remove(connectionName);
}

bool DatabaseFileCheck::isOpenInThisProcess(const QString& path)
{
    const std::optional<FileId> id = fileIdOf(path);
    if (!id)
        return false;
    const QMutexLocker locker(&openFilesMutex());
    const QHash<QString, FileId>& files = openFiles();
    return std::find(files.cbegin(), files.cend(), *id) != files.cend();
}

bool DatabaseFileCheck::isReadOnlyPath(const QString& path)
{
    return NewFile::isReadOnlyPath(path);
}

DatabaseFileCheck::Result DatabaseFileCheck::inspect(const QString& path, bool forWriting)
{
    Result result;
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());

    // stat, never open: opening a named pipe waits for a writer that never comes, and SQLite
    // would write a journal beside /dev/null.
    const QByteArray encoded = QFile::encodeName(info.absoluteFilePath());
    struct stat st;
    if (::stat(encoded.constData(), &st) == 0) {
        if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
            result.error = {StorageError::Code::NotRegularFile,
                            tr("%1 is not an ordinary file (it is a device, a named pipe or a "
                               "socket), so it cannot hold a database. Choose a database file.")
                                .arg(shown)};
            return result;
        }
    } else if (::lstat(encoded.constData(), &st) == 0 && S_ISLNK(st.st_mode)) {
        result.error = {StorageError::Code::NotRegularFile,
                        tr("%1 is a link to a file that does not exist. Choose the database "
                           "file itself.")
                            .arg(shown)};
        return result;
    }
    if (info.isDir()) {
        result.error = {
            StorageError::Code::IsFolder,
            tr("%1 is a folder, not a database file. Choose a file inside it instead.").arg(shown)};
        return result;
    }
    if (!info.exists()) {
        result.state = State::Missing;
        if (forWriting && QFileInfo::exists(folder) && isReadOnlyPath(folder)) {
            result.error = {StorageError::Code::FolderReadOnly,
                            tr("Cannot create a database in %1: the folder is read-only.")
                                .arg(QDir::toNativeSeparators(folder))};
        }
        return result;
    }
    if (!info.isReadable()) {
        result.error = {StorageError::Code::FileUnreadable,
                        tr("Cannot read %1: you do not have permission to open it.").arg(shown)};
        return result;
    }
    if (forWriting && isReadOnlyPath(path)) {
        result.error = {StorageError::Code::FileReadOnly,
                        tr("%1 is read-only, so Massage Desk cannot save bookings in it. Make "
                           "the file writable, or open a copy.")
                            .arg(shown)};
        return result;
    }
    if (forWriting && isReadOnlyPath(folder)) {
        result.error = {StorageError::Code::FolderReadOnly,
                        tr("The folder %1 is read-only. Massage Desk needs to write its journal "
                           "files beside the database; move the database to a writable folder.")
                            .arg(QDir::toNativeSeparators(folder))};
        return result;
    }

    // An open connection of ours has read this header already (see noteOpened).
    if (isOpenInThisProcess(path)) {
        result.state = State::LooksLikeSqlite;
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = {StorageError::Code::FileUnreadable,
                        tr("Cannot read %1: %2").arg(shown, file.errorString())};
        return result;
    }
    const qint64 size = file.size();
    if (size == 0) {
        result.state = State::Empty;
        return result;
    }
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize) {
        result.error = {StorageError::Code::NotSqlite,
                        tr("%1 is not a Massage Desk database: it is too small to be a database "
                           "file (%2 bytes).")
                            .arg(shown)
                            .arg(size)};
        return result;
    }
    if (header.count('\0') == header.size()) {
        result.error = {StorageError::Code::HeaderZeroed,
                        tr("The start of %1 has been wiped (it is all zeros). The file is "
                           "damaged; restore it from a backup.")
                            .arg(shown)};
        return result;
    }
    if (!header.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic))) {
        result.error = {
            StorageError::Code::NotSqlite,
            tr("%1 is not a Massage Desk database: it is not a database file at all.").arg(shown)};
        return result;
    }

    // Page size 1 means 65536; anything not a power of two in range is a damaged header.
    quint32 pageSize = be16(header, 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        result.error = {
            StorageError::Code::Corrupt,
            tr("%1 is damaged: its header is not valid. Restore it from a backup.").arg(shown),
            QStringLiteral("page size %1").arg(pageSize)};
        return result;
    }
    // The in-header page count is valid when the change counter matches "version valid for".
    const bool countValid = be32(header, 24) == be32(header, 92);
    const quint64 pages = be32(header, 28);
    const bool walPresent = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool shortFile = static_cast<quint64>(size) % pageSize != 0 ||
                           (countValid && !walPresent && pages * pageSize > quint64(size));
    if (shortFile) {
        result.error = {
            StorageError::Code::Truncated,
            tr("%1 is incomplete: the file was cut short (%2 bytes). Restore it "
               "from a backup.")
                .arg(shown)
                .arg(size),
            QStringLiteral("pages %1 x %2, size %3").arg(pages).arg(pageSize).arg(size)};
        return result;
    }
    result.state = State::LooksLikeSqlite;
    return result;
}
