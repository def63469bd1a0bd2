#include "storage/HealthCheck.h"

#include "storage/ClientSearchIndex.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QStringList kCountedTables = {QStringLiteral("services"), QStringLiteral("therapists"),
                                    QStringLiteral("rooms"),    QStringLiteral("clients"),
                                    QStringLiteral("bookings"), QStringLiteral("checkins"),
                                    QStringLiteral("users"),    QStringLiteral("audit_log")};

// A therapist or room booked twice at once, cleanup included; cancelled and no-show bookings
// no longer hold their slot.
const char kOverlaps[] =
    "SELECT count(*) FROM ("
    "  SELECT starts_at, lag(ends_at) OVER (PARTITION BY %1 ORDER BY starts_at, id) AS prev_end"
    "  FROM bookings WHERE status NOT IN ('cancelled', 'no_show')"
    ") AS o WHERE starts_at < prev_end";

} // namespace

qint64 HealthCheck::count(Database& database, const QString& table, StorageError* error)
{
    if (!kCountedTables.contains(table))
        return -1; // table names cannot be bound; only known ones are ever spliced in
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!database.exec(query, error, tr("count the %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool HealthCheck::run(Database& database, Report* report, StorageError* error)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    const QString integrity = database.dialect().integrityCheck();
    if (!integrity.isEmpty()) {
        query.prepare(integrity);
        if (!database.exec(query, error, tr("check its integrity")))
            return false;
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                report->integrityProblems << line;
        }
        query.finish();
    }
    report->schemaVersion = database.schemaVersion();
    report->latestSchemaVersion = Migrations::latestVersion(database.dialect());
    for (const QString& table : kCountedTables) {
        const qint64 rows = count(database, table, error);
        if (rows < 0)
            return false;
        report->counts.append({table, rows});
    }
    report->overlappingBookings = 0;
    for (const char* column : {"therapist_id", "room_id"}) {
        query.prepare(QString::fromLatin1(kOverlaps).arg(QLatin1String(column)));
        if (!database.exec(query, error, tr("check the bookings")) || !query.next())
            return false;
        report->overlappingBookings += query.value(0).toLongLong();
        query.finish();
    }
    return ClientSearchIndex(database).outOfStep(&report->searchOutOfStep, error);
}
