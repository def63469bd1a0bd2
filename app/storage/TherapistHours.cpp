#include "storage/TherapistHours.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

QList<WorkingSpan> TherapistHours::subtract(const QList<WorkingSpan>& spans, int from, int to)
{
    QList<WorkingSpan> result;
    for (const WorkingSpan& s : spans) {
        if (to <= s.start || from >= s.end) {
            result.append(s);
            continue;
        }
        if (from > s.start)
            result.append({s.start, from});
        if (to < s.end)
            result.append({to, s.end});
    }
    return result;
}

QHash<qint64, TherapistHours::Days> TherapistHours::load(Database& database, const QDate& first,
                                                         int days, const QTimeZone& zone,
                                                         StorageError* error)
{
    QHash<qint64, Days> result;
    if (!first.isValid() || days < 1)
        return result;
    Statement shifts(database); // each week switch: one round trip on a server
    shifts.prepare(QStringLiteral("SELECT therapist_id, weekday, start_minute, end_minute FROM "
                                  "therapist_shifts ORDER BY therapist_id, start_minute"));
    if (!shifts.exec(error, tr("read the shifts")))
        return result;
    QHash<qint64, QHash<int, QList<WorkingSpan>>> weekly;
    while (shifts.next())
        weekly[shifts.value(0).toLongLong()][shifts.value(1).toInt()].append(
            {shifts.value(2).toInt(), shifts.value(3).toInt()});
    shifts.finish();
    for (auto t = weekly.constBegin(); t != weekly.constEnd(); ++t) {
        for (int i = 0; i < days; ++i) {
            const QDate day = first.addDays(i);
            const QList<WorkingSpan> spans = t.value().value(day.dayOfWeek());
            if (!spans.isEmpty())
                result[t.key()].insert(day, spans);
        }
    }

    const qint64 from = QDateTime(first, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 to = QDateTime(first.addDays(days), QTime(0, 0), zone).toSecsSinceEpoch();
    Statement absences(database);
    absences.prepare(QStringLiteral("SELECT therapist_id, starts_at, ends_at FROM "
                                    "therapist_absences WHERE starts_at < ? AND ends_at > ?"));
    absences.addBindValue(database.timeValue(to));
    absences.addBindValue(database.timeValue(from));
    if (!absences.exec(error, tr("read the absences")))
        return result;
    while (absences.next()) {
        const qint64 therapist = absences.value(0).toLongLong();
        auto found = result.find(therapist);
        if (found == result.end())
            continue;
        const QDateTime start =
            QDateTime::fromSecsSinceEpoch(SqlDialect::secsFrom(absences.value(1)), zone);
        const QDateTime end =
            QDateTime::fromSecsSinceEpoch(SqlDialect::secsFrom(absences.value(2)), zone);
        for (QDate day = std::max(start.date(), first);
             day <= end.date() && day < first.addDays(days); day = day.addDays(1)) {
            auto spans = found->find(day);
            if (spans == found->end())
                continue;
            const int a = day == start.date() ? start.time().msecsSinceStartOfDay() / 60000 : 0;
            const int b = day == end.date() ? end.time().msecsSinceStartOfDay() / 60000 : 24 * 60;
            *spans = subtract(*spans, a, b);
        }
    }
    return result;
}
