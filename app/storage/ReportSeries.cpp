// The parts of a report beyond the grouped counts: which price list was in force when, the
// reasons given for cancellations and no-shows in order, the weeks and the busy hours.
#include "storage/Database.h"
#include "storage/ReportRepository.h"
#include "storage/SettingsRepository.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace {

// Bookings are grouped in UTC quarter hours: every offset in use is a whole number of quarter
// hours, so each group falls in one local hour whatever the clock changes in the period.
constexpr qint64 kBucket = 900;

// The centre's offset from UTC at an instant, from the few transitions of the period rather
// than a time-zone lookup per row.
class Offsets
{
public:
    Offsets(const QTimeZone& zone, qint64 start, qint64 end)
    {
        const QDateTime from = QDateTime::fromSecsSinceEpoch(start, QTimeZone::utc());
        m_first = zone.offsetFromUtc(from);
        const QTimeZone::OffsetDataList transitions =
            zone.transitions(from, QDateTime::fromSecsSinceEpoch(end, QTimeZone::utc()));
        for (const QTimeZone::OffsetData& t : transitions)
            m_changes.append({t.atUtc.toSecsSinceEpoch(), t.offsetFromUtc});
    }

    int at(qint64 utc) const
    {
        int offset = m_first;
        for (const auto& change : m_changes) {
            if (change.first > utc)
                break;
            offset = change.second;
        }
        return offset;
    }

private:
    int m_first = 0;
    QList<QPair<qint64, int>> m_changes;
};

} // namespace

bool ReportRepository::priceEras(QString* eraSql, QHash<qint64, qint64>* firstRevision,
                                 QHash<QPair<qint64, int>, qint64>* prices,
                                 StorageError* error) const
{
    // Every published revision is in force from its save to the next one's; a session before
    // the first revision is priced by the first (the earliest price the centre recorded).
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, service_id, created_at FROM service_revisions "
                             "WHERE state = 'published' ORDER BY service_id, created_at, id"));
    if (!m_database.exec(q, error, tr("read the price lists")))
        return false;
    QMap<qint64, QList<QPair<qint64, qint64>>> revisions; // service -> (revision, from)
    while (q.next())
        revisions[q.value(1).toLongLong()].append(
            {q.value(0).toLongLong(), SqlDialect::secsFrom(q.value(2))});
    QStringList cases;
    for (auto s = revisions.constBegin(); s != revisions.constEnd(); ++s) {
        firstRevision->insert(s.key(), s.value().first().first);
        // Newest first: CASE takes the first WHEN that holds.
        for (qsizetype i = s.value().size() - 1; i >= 1; --i)
            cases << QStringLiteral("WHEN service_id = %1 AND starts_at >= %2 THEN %3")
                         .arg(s.key())
                         .arg(m_database.dialect().time(QString::number(s.value().at(i).second)))
                         .arg(s.value().at(i).first);
    }
    *eraSql = cases.isEmpty() ? QStringLiteral("0")
                              : QStringLiteral("CASE %1 ELSE 0 END").arg(cases.join(u' '));
    q.prepare(QStringLiteral("SELECT d.revision_id, d.minutes, d.price_cents "
                             "FROM service_durations d JOIN service_revisions r "
                             "ON r.id = d.revision_id WHERE r.state = 'published'"));
    if (!m_database.exec(q, error, tr("read the price lists")))
        return false;
    while (q.next())
        prices->insert({q.value(0).toLongLong(), q.value(1).toInt()}, q.value(2).toLongLong());
    return true;
}

bool ReportRepository::lateCancellations(qint64 start, qint64 end, Report* report,
                                         StorageError* error) const
{
    if (report->cancelled == 0)
        return true;
    // The period's cancellations through bookings_by_start, each one's event by its booking.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM bookings b WHERE b.starts_at >= ? AND "
                             "b.starts_at < ? AND b.status = 'cancelled' AND EXISTS (SELECT 1 "
                             "FROM booking_events e WHERE e.booking_id = b.id AND e.kind = "
                             "'cancelled' AND e.at > %1)")
                  .arg(m_database.dialect().plusSecs(QStringLiteral("b.starts_at"),
                                                     QStringLiteral("?"))));
    q.addBindValue(m_database.timeValue(start));
    q.addBindValue(m_database.timeValue(end));
    q.addBindValue(-qint64(SettingsRepository(m_database).lateCancelHours()) * 3600);
    if (!m_database.exec(q, error, tr("count the late cancellations")) || !q.next())
        return false;
    report->lateCancelled = q.value(0).toInt();
    return true;
}

bool ReportRepository::reasons(qint64 start, qint64 end, Report* report, StorageError* error) const
{
    // Its own small query: grouping the main pass by the reason too costs more than this.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT status, status_reason, count(*) FROM bookings "
                             "WHERE starts_at >= ? AND starts_at < ? "
                             "AND status IN ('cancelled', 'no_show') "
                             "GROUP BY status, status_reason"));
    q.addBindValue(m_database.timeValue(start));
    q.addBindValue(m_database.timeValue(end));
    if (!m_database.exec(q, error, tr("count the cancellation reasons")))
        return false;
    QHash<QPair<QString, QString>, int> counts; // trimmed words, merged
    while (q.next())
        counts[{q.value(0).toString(), q.value(1).toString().trimmed()}] += q.value(2).toInt();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        report->reasons.append({it.key().first, it.key().second, it.value()});
    // The reason given most first, then by status and words so the order is stable.
    std::sort(report->reasons.begin(), report->reasons.end(),
              [](const ReportReason& a, const ReportReason& b) {
                  return std::make_tuple(-a.count, a.status, a.reason) <
                         std::make_tuple(-b.count, b.status, b.reason);
              });
    return true;
}

bool ReportRepository::series(qint64 start, qint64 end, Report* report, StorageError* error) const
{
    const QDate firstMonday = report->from.addDays(1 - report->from.dayOfWeek());
    for (QDate monday = firstMonday; monday <= report->to; monday = monday.addDays(7))
        report->weeks.append(ReportWeek{monday, 0, 0});
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 / %2, count(*), sum(minutes) FROM bookings "
                             "WHERE starts_at >= ? AND starts_at < ? AND status IN %3 GROUP BY 1")
                  .arg(m_database.dialect().secs(QStringLiteral("starts_at")))
                  .arg(kBucket)
                  .arg(sessionStatuses()));
    q.addBindValue(m_database.timeValue(start));
    q.addBindValue(m_database.timeValue(end));
    if (!m_database.exec(q, error, tr("count the sessions by hour")))
        return false;
    const Offsets offsets(m_zone, start, end);
    constexpr qint64 kUnixEpochJulianDay = 2440588;
    while (q.next()) {
        const qint64 utc = q.value(0).toLongLong() * kBucket;
        const qint64 local = utc + offsets.at(utc);
        const QDate day = QDate::fromJulianDay(kUnixEpochJulianDay + local / 86400);
        const int hour = int(local % 86400 / 3600);
        const int n = q.value(1).toInt();
        report->busyHours[(day.dayOfWeek() - 1) * 24 + hour] += n;
        const qsizetype week = firstMonday.daysTo(day) / 7;
        if (week >= 0 && week < report->weeks.size()) {
            report->weeks[week].sessions += n;
            report->weeks[week].sessionMinutes += q.value(2).toLongLong();
        }
    }
    return true;
}
