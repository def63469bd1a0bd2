#include "storage/ReportRepository.h"

#include "storage/Database.h"
#include "storage/TherapistHours.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <tuple>

namespace {

void sortLines(QList<ReportLine>* lines)
{
    std::sort(lines->begin(), lines->end(), [](const ReportLine& a, const ReportLine& b) {
        return std::tie(a.name, a.id, a.minutes) < std::tie(b.name, b.id, b.minutes);
    });
}

} // namespace

QString ReportRepository::sessionStatuses()
{
    return QStringLiteral("('booked', 'arrived', 'in_session', 'completed')");
}

void ReportRepository::bounds(const QDate& from, const QDate& to, const QTimeZone& zone,
                              qint64* start, qint64* end)
{
    *start = from.startOfDay(zone).toSecsSinceEpoch();
    *end = to.addDays(1).startOfDay(zone).toSecsSinceEpoch();
}

bool ReportRepository::build(const QDate& from, const QDate& to, const QString& language,
                             Report* report, StorageError* error, Detail detail) const
{
    if (!m_database.permits(Action::ReadReports, error))
        return false;
    if (!from.isValid() || !to.isValid() || to < from) {
        *error = StorageError(StorageError::Code::Refused,
                              tr("A report needs a first and a last day, the last on or after "
                                 "the first."));
        return false;
    }
    *report = Report();
    report->from = from;
    report->to = to;
    qint64 start = 0, end = 0;
    bounds(from, to, m_zone, &start, &end);
    return counts(start, end, language, report, error) &&
           lateCancellations(start, end, report, error) && outcomes(start, end, report, error) &&
           clients(start, end, report, error) && occupancy(report, error) &&
           (detail == Detail::Totals ||
            (reasons(start, end, report, error) && series(start, end, report, error)));
}

void ReportRepository::previousPeriod(const QDate& from, const QDate& to, QDate* previousFrom,
                                      QDate* previousTo)
{
    const qint64 days = from.daysTo(to) + 1;
    *previousFrom = from.addDays(-days);
    *previousTo = from.addDays(-1);
}

bool ReportRepository::compare(const QDate& from, const QDate& to, const QString& language,
                               ReportComparison* comparison, StorageError* error) const
{
    QDate previousFrom, previousTo;
    previousPeriod(from, to, &previousFrom, &previousTo);
    return build(from, to, language, &comparison->current, error) &&
           build(previousFrom, previousTo, language, &comparison->previous, error, Detail::Totals);
}

bool ReportRepository::counts(qint64 start, qint64 end, const QString& language, Report* report,
                              StorageError* error) const
{
    // Names and prices: small tables, read whole.
    QHash<qint64, QString> therapists, rooms, serviceNames, serviceCodes;
    QHash<qint64, qint64> published;
    {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, display_name FROM therapists"));
        if (!m_database.exec(q, error, tr("read the therapists")))
            return false;
        while (q.next())
            therapists.insert(q.value(0).toLongLong(), q.value(1).toString());
        q.prepare(QStringLiteral("SELECT id, name FROM rooms"));
        if (!m_database.exec(q, error, tr("read the rooms")))
            return false;
        while (q.next())
            rooms.insert(q.value(0).toLongLong(), q.value(1).toString());
        q.prepare(QStringLiteral(
            "SELECT s.id, s.code, coalesce((SELECT t.name FROM service_texts t "
            "WHERE t.revision_id = s.published_revision_id "
            "ORDER BY CASE WHEN t.language = ? THEN 0 ELSE 1 END, t.language LIMIT 1), s.code), "
            "s.published_revision_id FROM services s"));
        q.addBindValue(language);
        if (!m_database.exec(q, error, tr("read the services")))
            return false;
        while (q.next()) {
            serviceCodes.insert(q.value(0).toLongLong(), q.value(1).toString());
            serviceNames.insert(q.value(0).toLongLong(), q.value(2).toString());
            published.insert(q.value(0).toLongLong(), q.value(3).toLongLong());
        }
    }
    // Each session at the price of the revision in force when it starts (ReportSeries.cpp).
    QString era;
    QHash<qint64, qint64> firstRevision;
    QHash<QPair<qint64, int>, qint64> prices;
    if (!priceEras(&era, &firstRevision, &prices, error))
        return false;

    // One grouped pass over the period through bookings_by_start; the groups are few (therapist
    // x room x service x length x status x price revision), however many bookings it holds.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT therapist_id, room_id, service_id, minutes, status, %1, "
                             "count(*) FROM bookings WHERE starts_at >= ? AND starts_at < ? "
                             "GROUP BY therapist_id, room_id, service_id, minutes, status, 6")
                  .arg(era));
    q.addBindValue(m_database.timeValue(start));
    q.addBindValue(m_database.timeValue(end));
    if (!m_database.exec(q, error, tr("count the sessions")))
        return false;
    QMap<qint64, ReportLine> byTherapist, byRoom;
    QMap<QPair<qint64, int>, ReportLine> byService;
    while (q.next()) {
        const qint64 therapist = q.value(0).toLongLong();
        const qint64 room = q.value(1).toLongLong();
        const qint64 service = q.value(2).toLongLong();
        const int minutes = q.value(3).toInt();
        const QString status = q.value(4).toString();
        qint64 revision = q.value(5).toLongLong();
        if (revision == 0)
            revision = firstRevision.value(service);
        const int n = q.value(6).toInt();
        if (status == QLatin1String("cancelled") || status == QLatin1String("no_show")) {
            (status == QLatin1String("cancelled") ? report->cancelled : report->noShows) += n;
            continue;
        }
        if (status == QLatin1String("referred")) {
            report->referred += n;
            continue;
        }
        if (status == QLatin1String("booked"))
            report->booked += n;
        else if (status == QLatin1String("arrived"))
            report->arrived += n;
        else if (status == QLatin1String("in_session"))
            report->inSession += n;
        else if (status == QLatin1String("completed"))
            report->completed += n;
        else
            continue;
        const qint64 sold = qint64(minutes) * n;
        // A length the revision in force did not offer: today's price for it, if any.
        const qint64 price =
            prices.value({revision, minutes}, prices.value({published.value(service), minutes}, 0));
        const qint64 revenue = price * n;
        report->sessions += n;
        report->sessionMinutes += sold;
        report->revenueCents += revenue;
        const auto add = [&](ReportLine& line) {
            line.sessions += n;
            line.sessionMinutes += sold;
            line.revenueCents += revenue;
        };
        ReportLine& t = byTherapist[therapist];
        t.id = therapist;
        t.name = therapists.value(therapist);
        add(t);
        ReportLine& r = byRoom[room];
        r.id = room;
        r.name = rooms.value(room);
        add(r);
        ReportLine& s = byService[{service, minutes}];
        s.id = service;
        s.code = serviceCodes.value(service);
        s.name = serviceNames.value(service);
        s.minutes = minutes;
        add(s);
    }
    report->byTherapist = byTherapist.values();
    report->byRoom = byRoom.values();
    report->byService = byService.values();
    sortLines(&report->byTherapist);
    sortLines(&report->byRoom);
    sortLines(&report->byService);
    return true;
}

bool ReportRepository::outcomes(qint64 start, qint64 end, Report* report, StorageError* error) const
{
    for (const char* level : {"proceed", "note", "adapt", "needs_clearance", "stop_refer"})
        report->outcomes.insert(QString::fromLatin1(level), 0);
    // Counts only, from the current check-in of each booking (a superseded one is history).
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.outcome, count(*) FROM bookings b "
                             "JOIN checkins c ON c.booking_id = b.id AND c.superseded_at IS NULL "
                             "WHERE b.starts_at >= ? AND b.starts_at < ? GROUP BY c.outcome"));
    q.addBindValue(m_database.timeValue(start));
    q.addBindValue(m_database.timeValue(end));
    if (!m_database.exec(q, error, tr("count the check-in outcomes")))
        return false;
    while (q.next())
        report->outcomes[q.value(0).toString()] = q.value(1).toInt();
    return true;
}

bool ReportRepository::clients(qint64 start, qint64 end, Report* report, StorageError* error) const
{
    // Returning: a session before the period (bookings_sessions_by_client, migration 13, answers
    // each in one probe; its WHERE is sessionStatuses(), word for word).
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // CASE rather than sum(EXISTS ...): PostgreSQL does not add booleans.
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN EXISTS (SELECT 1 FROM "
                             "bookings e WHERE e.client_id = p.client_id AND e.starts_at < ? "
                             "AND e.status IN %1) THEN 1 ELSE 0 END), 0) "
                             "FROM (SELECT DISTINCT client_id FROM bookings "
                             "WHERE starts_at >= ? AND starts_at < ? AND status IN %1) p")
                  .arg(sessionStatuses()));
    q.addBindValue(m_database.timeValue(start));
    q.addBindValue(m_database.timeValue(start));
    q.addBindValue(m_database.timeValue(end));
    if (!m_database.exec(q, error, tr("count the clients")) || !q.next())
        return false;
    const int all = q.value(0).toInt();
    report->returningClients = q.value(1).toInt();
    report->newClients = all - report->returningClients;
    return true;
}

bool ReportRepository::occupancy(Report* report, StorageError* error) const
{
    const int days = int(report->from.daysTo(report->to)) + 1;
    const QHash<qint64, TherapistHours::Days> hours =
        TherapistHours::load(m_database, report->from, days, m_zone, error);
    if (error->isError())
        return false;
    QHash<qint64, qint64> working;
    for (auto t = hours.constBegin(); t != hours.constEnd(); ++t) {
        for (const QList<WorkingSpan>& spans : t.value()) {
            for (const WorkingSpan& span : spans)
                working[t.key()] += span.end - span.start;
        }
    }
    // A therapist on shift without a session is a line too: 0 % is what a manager looks for.
    QSet<qint64> listed;
    for (const ReportLine& line : report->byTherapist)
        listed.insert(line.id);
    if (std::any_of(working.keyBegin(), working.keyEnd(),
                    [&](qint64 id) { return !listed.contains(id); })) {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, display_name FROM therapists"));
        if (!m_database.exec(q, error, tr("read the therapists")))
            return false;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!listed.contains(id) && working.value(id) > 0) {
                ReportLine line;
                line.id = id;
                line.name = q.value(1).toString();
                report->byTherapist.append(line);
            }
        }
        sortLines(&report->byTherapist);
    }
    for (ReportLine& line : report->byTherapist) {
        line.workingMinutes = working.value(line.id);
        line.occupancy =
            line.workingMinutes > 0 ? double(line.sessionMinutes) / line.workingMinutes : -1;
    }
    return roomOccupancy(report, error);
}

bool ReportRepository::roomOccupancy(Report* report, StorageError* error) const
{
    // Rooms are measured against the centre's opening hours on the days it is not closed.
    QHash<int, qint64> weekly;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT weekday, opens_minute, closes_minute FROM opening_hours"));
    if (!m_database.exec(q, error, tr("read the opening hours")))
        return false;
    while (q.next())
        weekly[q.value(0).toInt()] += q.value(2).toInt() - q.value(1).toInt();
    QSet<QDate> closed;
    q.prepare(QStringLiteral("SELECT day FROM closed_days WHERE day >= ? AND day <= ?"));
    q.addBindValue(report->from.toString(Qt::ISODate));
    q.addBindValue(report->to.toString(Qt::ISODate));
    if (!m_database.exec(q, error, tr("read the closed days")))
        return false;
    while (q.next())
        closed.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    qint64 open = 0;
    for (QDate day = report->from; day <= report->to; day = day.addDays(1)) {
        if (!closed.contains(day))
            open += weekly.value(day.dayOfWeek());
    }
    for (ReportLine& line : report->byRoom) {
        line.workingMinutes = open;
        line.occupancy = open > 0 ? double(line.sessionMinutes) / open : -1;
    }
    return true;
}
