#include "core/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace AppPaths {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("massage-desk"));
    QCoreApplication::setApplicationName(QStringLiteral("massage-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MASSAGE_DESK_VERSION));
}

QString dataFolder()
{
    // Honour an override so a support session or a test never touches the real centre.
    const QString overridden = qEnvironmentVariable("MASSAGE_DESK_DATA_DIR");
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return QDir::cleanPath(base + QStringLiteral("/massage-desk"));
}

QString defaultDatabasePath()
{
    return dataFolder() + QStringLiteral("/massage-desk.sqlite");
}

QString logFolder()
{
    return dataFolder() + QStringLiteral("/logs");
}

QString backupFolder()
{
    return dataFolder() + QStringLiteral("/backups");
}

} // namespace AppPaths
