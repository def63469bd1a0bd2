#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QFile;

// Files written for people (exports, PDFs, sheets, backups; DESIGN 6): a new regular file only,
// never over an existing one, through a link or into a device or pipe; written to a temporary
// file in the same folder, synced and only then given its name, so a half-written file never
// appears under it; a failed write is reported, and nothing is left behind.
class NewFile
{
    Q_DECLARE_TR_FUNCTIONS(NewFile)

public:
    enum class Access
    {
        OwnerOnly,     // rw------- : health data for one client
        OwnerAndGroup, // rw-rw---- : backups of the whole centre
        Shared         // as the umask allows (rw-r--r-- usually): a day sheet
    };

    // Writes into `file` (open for writing, empty, a temporary name in the target's folder);
    // false with `problem` set when it could not. Writers that need a file name (VACUUM INTO)
    // use file.fileName() instead and leave `file` alone.
    using Producer = std::function<bool(QFile& file, QString* problem)>;

    // Why `path` cannot become a new file, for a person; empty when it can. Looks without
    // opening anything (a pipe is never opened).
    static QString refusal(const QString& path);

    static bool write(const QString& path, const QByteArray& bytes, Access access,
                      QString* message);
    // `message` is the producer's own `problem` when it fails, else one of ours.
    static bool produce(const QString& path, Access access, const Producer& producer,
                        QString* message);

    // True when `path` cannot be written: root can write anywhere, so the permission bits
    // count too (a file or folder someone marked read-only on purpose).
    static bool isReadOnlyPath(const QString& path);
};
