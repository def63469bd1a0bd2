#include "core/InputFile.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

QString InputFile::refusal(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.trimmed().isEmpty())
        return tr("No file name was given.");
    struct stat st;
    // stat, not lstat: a link to an ordinary file is read like the file itself.
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return tr("Cannot read %1: %2.").arg(shown, QString::fromLocal8Bit(std::strerror(errno)));
    if (S_ISDIR(st.st_mode))
        return tr("Cannot read %1: it is a folder; give a file.").arg(shown);
    if (!S_ISREG(st.st_mode))
        return tr("Cannot read %1: it is not an ordinary file (it is a device, a pipe or a "
                  "socket); give a file.")
            .arg(shown);
    return QString();
}

bool InputFile::open(QFile& file, QString* problem)
{
    *problem = refusal(file.fileName());
    if (!problem->isEmpty())
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read %1: %2.")
                       .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}
