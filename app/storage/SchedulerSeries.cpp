#include "storage/Scheduler.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "storage/Database.h"
#include "storage/SchedulerContext.h"
#include "storage/WaitlistRepository.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

// Repeating bookings: planned read-only first, then booked all or nothing.

QList<Occurrence> Scheduler::planSeries(const BookingRequest& first, int everyWeeks, int count,
                                        const QDate& until, StorageError* error) const
{
    QList<Occurrence> plan;
    if (everyWeeks < 1 || everyWeeks > 52 || (count < 1 && !until.isValid()) || count > 104) {
        *error = {StorageError::Code::Refused,
                  tr("Repeat every 1 to 52 weeks, for up to 104 occurrences.")};
        return plan;
    }
    Context context;
    if (!prepare(first, &context, error))
        return plan;
    const QDateTime local = QDateTime::fromSecsSinceEpoch(first.startsAt, m_zone);
    for (int n = 0; n < 104; ++n) {
        const QDate date = local.date().addDays(qint64(7) * everyWeeks * n);
        if ((count > 0 && n >= count) || (until.isValid() && date > until))
            break;
        Occurrence o;
        QString problem;
        if (!LocalTime::fromLocal(date, local.time(), m_zone, &o.startsAt, &problem)) {
            o.why = problem;
            plan.append(o);
            continue;
        }
        if (!fits(context, o.startsAt, &o.placement, &o.why, error))
            return {};
        o.fits = o.why.isEmpty();
        plan.append(o);
    }
    return plan;
}

bool Scheduler::bookSeries(const BookingRequest& asked, const QList<qint64>& starts,
                           const QString& userName, QList<qint64>* ids, StorageError* error)
{
    if (starts.isEmpty() || starts.size() > 104) {
        *error = {StorageError::Code::Refused, tr("A series has 1 to 104 bookings.")};
        return false;
    }
    WriteTransaction transaction(m_database, WriteTransaction::Plans::Generic);
    if (!transaction.begin(error))
        return false;
    BookingRequest first = asked;
    if (!mayChange(0, &first.therapistId, error))
        return false;
    QSqlQuery series(m_database.connection());
    series.prepare(QStringLiteral("INSERT INTO booking_series (rule, created_at) VALUES (?, ?)"));
    // Data, not interface: the same words whatever language the desk uses.
    series.addBindValue(QStringLiteral("%1 bookings").arg(starts.size()));
    series.addBindValue(m_database.nowValue());
    if (!m_database.exec(series, error, tr("save the series")))
        return false;
    const qint64 seriesId = series.lastInsertId().toLongLong();
    series.finish();
    ids->clear();
    for (const qint64 start : starts) {
        BookingRequest request = first;
        request.startsAt = start;
        qint64 id = 0;
        Placement place;
        // Checked and inserted under the one write lock taken above, so later occurrences see
        // the earlier ones of the same series.
        if (!check(request, &place, error)) {
            error->message = tr("%1: %2").arg(LocalTime::format(start, m_zone), error->message);
            return false;
        }
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO bookings (client_id, service_id, therapist_id, room_id, starts_at, "
            "minutes, cleanup_minutes, ends_at, series_id, created_at, updated_at) VALUES (?, "
            "(SELECT id FROM services WHERE code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const qint64 now = m_database.clock().nowSecs();
        for (const QVariant& v :
             {QVariant(request.clientId), QVariant(request.serviceCode),
              QVariant(place.therapistId), QVariant(place.roomId),
              m_database.timeValue(place.startsAt), QVariant(place.minutes),
              QVariant(place.cleanupMinutes), m_database.timeValue(place.endsAt()),
              QVariant(seriesId), m_database.timeValue(now), m_database.timeValue(now)})
            insert.addBindValue(v);
        if (!m_database.exec(insert, error, tr("save the booking")))
            return false;
        id = insert.lastInsertId().toLongLong();
        insert.finish();
        if (!event(id, QStringLiteral("created"), tr("series %1").arg(seriesId), userName, error))
            return false;
        ids->append(id);
    }
    if (!WaitlistRepository::fulfilled(m_database, first.clientId, first.serviceCode, error))
        return false;
    return transaction.commit(error);
}
