#include "storage/ChangeFeed.h"

#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QSqlQuery>
#include <QTimer>

#include <spdlog/spdlog.h>

std::optional<Change> Change::fromPayload(const QString& payload, const QTimeZone& zone)
{
    const QStringList parts = payload.split(QLatin1Char(' '));
    if (parts.size() != 3)
        return std::nullopt;
    static const QHash<QString, Kind> kinds = {
        {QStringLiteral("booking"), Kind::Booking}, {QStringLiteral("checkin"), Kind::Checkin},
        {QStringLiteral("client"), Kind::Client},   {QStringLiteral("service"), Kind::Service},
        {QStringLiteral("staff"), Kind::Staff},     {QStringLiteral("settings"), Kind::Settings}};
    const auto kind = kinds.constFind(parts.at(0));
    bool idOk = false;
    bool startOk = false;
    const qint64 id = parts.at(1).toLongLong(&idOk);
    const qint64 startsAt = parts.at(2).toLongLong(&startOk);
    if (kind == kinds.constEnd() || !idOk || !startOk)
        return std::nullopt;
    Change change;
    change.kind = *kind;
    change.id = id;
    if (startsAt > 0)
        change.day = QDateTime::fromSecsSinceEpoch(startsAt, zone).date();
    return change;
}

bool Change::touches(const QDate& first, int days) const
{
    if ((kind != Kind::Booking && kind != Kind::Checkin) || !day.isValid())
        return true; // names, hours or something unsaid: whatever is shown may read differently
    return day >= first && day < first.addDays(days);
}

ChangeFeed::ChangeFeed(Database& database, QObject* parent)
    : QObject(parent), m_database(database), m_zone(SettingsRepository(database).timeZone())
{
    qRegisterMetaType<Change>();
    if (m_database.isServer()) {
        QSqlDriver* driver = m_database.connection().driver();
        connect(driver,
                qOverload<const QString&, QSqlDriver::NotificationSource, const QVariant&>(
                    &QSqlDriver::notification),
                this, &ChangeFeed::notified);
        subscribe();
        return;
    }
    m_poll = new QTimer(this);
    m_poll->setInterval(kDefaultPollMs);
    connect(m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
    poll(); // the starting point: no change reported
    m_settingsStamp = settingsStamp();
    m_poll->start();
}

ChangeFeed::~ChangeFeed()
{
    if (m_listening)
        m_database.connection().driver()->unsubscribeFromNotification(QLatin1String(kChannel));
}

void ChangeFeed::subscribe()
{
    QSqlDriver* driver = m_database.connection().driver();
    // After a reconnect the driver may still believe it listens: start from nothing.
    if (driver->subscribedToNotifications().contains(QLatin1String(kChannel)))
        driver->unsubscribeFromNotification(QLatin1String(kChannel));
    m_listening = driver->subscribeToNotification(QLatin1String(kChannel));
    if (!m_listening)
        spdlog::warn("change feed: could not listen for changes from other desks");
}

void ChangeFeed::resubscribe()
{
    if (m_database.isServer())
        subscribe();
    else
        poll();
    emit changed(Change{});
}

void ChangeFeed::setPollInterval(int ms)
{
    if (m_poll)
        m_poll->setInterval(ms);
}

void ChangeFeed::poll()
{
    // data_version changes when another connection commits; this one's own writes leave it.
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return; // the file is busy or gone: the next tick asks again
    const qint64 version = query.value(0).toLongLong();
    query.finish();
    const bool moved = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (!moved)
        return;
    emit changed(Change{});
    // Said apart: a desk reloads its settings only when they moved, not for every booking.
    const QString stamp = settingsStamp();
    if (!stamp.isEmpty() && stamp != m_settingsStamp) {
        m_settingsStamp = stamp;
        settingsChanged();
    }
}

QString ChangeFeed::settingsStamp() const
{
    // Every update raises a setting's version (migration 10); hours and closed days have none,
    // so their rows are summed. Small tables: a few rows each.
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral(
                "SELECT (SELECT count(*) FROM settings), (SELECT coalesce(sum(version), 0) "
                "FROM settings), (SELECT coalesce(%1, 0) FROM settings), (SELECT count(*) "
                "FROM opening_hours), (SELECT coalesce(sum(weekday * 10000000 + opens_minute * "
                "10000 "
                "+ closes_minute), 0) FROM opening_hours), (SELECT count(*) FROM closed_days), "
                "(SELECT coalesce(max(day), '') FROM closed_days), (SELECT coalesce(min(day), '') "
                "FROM closed_days)")
                .arg(m_database.dialect().secs(QStringLiteral("max(changed_at)")))) ||
        !query.next())
        return QString();
    QStringList parts;
    for (int i = 0; i < 8; ++i)
        parts << query.value(i).toString();
    return parts.join(QLatin1Char(' '));
}

void ChangeFeed::settingsChanged()
{
    // The days of later payloads are read in the centre's time zone as it is now.
    m_zone = SettingsRepository(m_database).timeZone();
    Change change;
    change.kind = Change::Kind::Settings;
    emit changed(change);
}

void ChangeFeed::notified(const QString& name, QSqlDriver::NotificationSource source,
                          const QVariant& payload)
{
    if (name != QLatin1String(kChannel) || source == QSqlDriver::SelfSource)
        return;
    const std::optional<Change> change = Change::fromPayload(payload.toString(), m_zone);
    if (change && change->kind == Change::Kind::Settings) {
        settingsChanged();
        return;
    }
    emit changed(change ? *change : Change{});
}
