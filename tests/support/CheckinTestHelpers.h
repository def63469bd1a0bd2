#pragma once

#include "core/Clock.h"
#include "core/PrecautionEngine.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

// Check-in helpers shared by the storage suites about the red flag.
namespace CheckinTestHelpers {

// Every question of the service answered so that nothing triggers, but `yes`, which triggers.
inline CheckInAnswers allNo(const QString& service, const QString& yes = {})
{
    CheckInAnswers answers;
    for (const PrecautionQuestion& q : PrecautionRules::builtIn().questionsFor(service))
        answers.answers.insert(q.id, q.id == yes ? q.trigger : !q.trigger);
    return answers;
}

// The `skip`-th still-booked session of a service starting after the clock's "now" and on the
// same day in Madrid (a check-in is taken on the session's day); 0 when there is none.
inline qint64 bookedToday(Database& db, const QString& code, int skip = 0)
{
    const QTimeZone zone("Europe/Madrid");
    const QDateTime now = db.clock().nowUtc();
    const qint64 midnight =
        QDateTime(now.toTimeZone(zone).date().addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT b.id FROM bookings b JOIN services s ON s.id = "
                                 "b.service_id WHERE b.status = 'booked' AND s.code = ? AND "
                                 "b.starts_at >= ? AND b.starts_at < ? ORDER BY b.starts_at "
                                 "LIMIT 1 OFFSET ?"));
    query.addBindValue(code);
    query.addBindValue(db.timeValue(now.toSecsSinceEpoch()));
    query.addBindValue(db.timeValue(midnight));
    query.addBindValue(skip);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace CheckinTestHelpers
