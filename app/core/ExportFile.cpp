#include "core/ExportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

bool ExportFile::writeNew(const QString& path, const QByteArray& bytes, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("%1 is a folder; give a file name.").arg(shown);
        return false;
    }
    if (info.exists() || info.isSymLink()) {
        *error = tr("%1 already exists; choose another name or remove it first.").arg(shown);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}
