#include "storage/RecordVersion.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QSqlQuery>

namespace RecordVersion {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(RecordVersion)
};

} // namespace

QString stampColumns()
{
    return QStringLiteral(", changed_by = COALESCE((SELECT NULLIF(display_name, '') FROM users "
                          "WHERE id = ?), ?), changed_at = ?");
}

QVariantList stampValues(const Database& database)
{
    const qint64 userId = database.actor() ? database.actor()->userId : 0;
    const QString name = database.actorName();
    return {userId, name.isNull() ? QStringLiteral("") : name, database.nowValue()}; // NOT NULL
}

bool read(const Database& database, const QString& table, const QString& keyColumn,
          const QVariant& key, Stamp* stamp, StorageError* error)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT version, changed_by, changed_at FROM %1 WHERE %2 = ?")
                      .arg(table, keyColumn));
    query.addBindValue(key);
    if (!database.exec(query, error, Texts::tr("read who changed it")))
        return false;
    if (!query.next())
        return false;
    stamp->version = query.value(0).toLongLong();
    stamp->changedBy = query.value(1).toString();
    stamp->changedAt = SqlDialect::secsFrom(query.value(2));
    return true;
}

QString sentence(const QString& changedBy, qint64 changedAt, qint64 nowUtc, const QTimeZone& zone,
                 bool cancelled)
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(changedAt, zone);
    const bool today = when.date() == QDateTime::fromSecsSinceEpoch(nowUtc, zone).date();
    const QString time =
        changedAt <= 0 ? QString()
        : today        ? LocalTime::format(changedAt, zone, QStringLiteral("HH:mm"))
                       : LocalTime::format(changedAt, zone, QStringLiteral("dd/MM/yyyy HH:mm"));
    if (cancelled) {
        if (!changedBy.isEmpty() && !time.isEmpty())
            return Texts::tr("Cancelled by %1 at %2 since you opened it.").arg(changedBy, time);
        return Texts::tr("Cancelled at another desk since you opened it.");
    }
    if (!changedBy.isEmpty() && !time.isEmpty())
        return Texts::tr("Changed by %1 at %2 since you opened it.").arg(changedBy, time);
    if (!time.isEmpty())
        return Texts::tr("Changed at another desk at %1 since you opened it.").arg(time);
    return Texts::tr("Changed at another desk since you opened it.");
}

bool refuse(Database& database, const QString& table, const QString& keyColumn, const QVariant& key,
            StorageError* error, bool cancelled)
{
    Stamp stamp;
    StorageError readError;
    read(database, table, keyColumn, key, &stamp, &readError);
    const QTimeZone zone = SettingsRepository(database).timeZone();
    *error = {
        StorageError::Code::ChangedElsewhere,
        sentence(stamp.changedBy, stamp.changedAt, database.clock().nowSecs(), zone, cancelled),
        QStringLiteral("%1 %2: version %3 is newer than the one loaded")
            .arg(table, key.toString())
            .arg(stamp.version)};
    error->changedBy = stamp.changedBy;
    error->changedAt = stamp.changedAt;
    error->cancelledElsewhere = cancelled;
    return false;
}

bool refuseBooking(Database& database, qint64 bookingId, StorageError* error)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT status FROM bookings WHERE id = ?"));
    query.addBindValue(bookingId);
    const bool cancelled =
        query.exec() && query.next() && query.value(0).toString() == QLatin1String("cancelled");
    query.finish();
    return refuse(database, QStringLiteral("bookings"), QStringLiteral("id"), bookingId, error,
                  cancelled);
}

} // namespace RecordVersion
