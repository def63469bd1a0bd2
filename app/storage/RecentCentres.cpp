#include "storage/RecentCentres.h"

#include "core/AppPaths.h"
#include "storage/ServerAddress.h"
#include "storage/SqlDialect.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {

const QString kKey = QStringLiteral("recent/centres");

} // namespace

QString RecentCentres::defaultSettingsFile()
{
    return QDir(AppPaths::dataFolder()).filePath(QStringLiteral("desk.ini"));
}

RecentCentres::RecentCentres(QString settingsFile) : m_file(std::move(settingsFile))
{
}

QString RecentCentres::storable(const QString& location)
{
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return QString();
    if (!SqlDialect::isServerUri(trimmed))
        return QFileInfo(trimmed).absoluteFilePath();
    ServerAddress address;
    QString problem;
    if (!ServerAddress::parse(trimmed, &address, &problem))
        return QString(); // nothing half-understood (and perhaps holding a password) is kept
    address.password.clear();
    return address.uri(false);
}

QString RecentCentres::displayName(const QString& location)
{
    if (!SqlDialect::isServerUri(location))
        return QDir::toNativeSeparators(location);
    ServerAddress address;
    QString problem;
    if (!ServerAddress::parse(location, &address, &problem))
        return SqlDialect::shownName(location);
    return address.shortName();
}

QStringList RecentCentres::locations() const
{
    const QSettings settings(m_file, QSettings::IniFormat);
    QStringList list;
    for (const QString& item : settings.value(kKey).toStringList()) {
        const QString kept = storable(item);
        if (!kept.isEmpty() && !list.contains(kept))
            list << kept;
    }
    return list.mid(0, kMaximum);
}

void RecentCentres::add(const QString& location)
{
    const QString kept = storable(location);
    if (kept.isEmpty())
        return;
    QStringList list = locations();
    list.removeAll(kept);
    list.prepend(kept);
    write(list.mid(0, kMaximum));
}

void RecentCentres::remove(const QString& location)
{
    QStringList list = locations();
    list.removeAll(storable(location));
    write(list);
}

void RecentCentres::clear()
{
    write({});
}

void RecentCentres::write(const QStringList& locations)
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(kKey, locations);
    settings.sync();
}
