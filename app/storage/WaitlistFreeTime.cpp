// WaitlistRepository and working time gained (issue 12 §2: "a new shift" frees a slot): the free
// stretches of the calendar's days, each offered to the entries it matches like a freed booking.
#include "storage/WaitlistRepository.h"

#include "core/Clock.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <tuple>

namespace {

bool isInactive(const QString& status)
{
    return status == QLatin1String("cancelled") || status == QLatin1String("no_show");
}

qint64 occupiedUntil(const AgendaEntry& e)
{
    return e.startsAt + qint64(e.minutes + e.cleanupMinutes) * 60;
}

bool retaken(const QList<AgendaEntry>& agenda, const AgendaEntry& freed)
{
    return std::any_of(agenda.begin(), agenda.end(), [&](const AgendaEntry& o) {
        return !isInactive(o.status) && o.therapistId == freed.therapistId &&
               o.startsAt < occupiedUntil(freed) && freed.startsAt < occupiedUntil(o);
    });
}

QList<WorkingSpan> intersect(const QList<WorkingSpan>& a, const QList<WorkingSpan>& b)
{
    QList<WorkingSpan> result;
    for (const WorkingSpan& x : a)
        for (const WorkingSpan& y : b) {
            const int from = std::max(x.start, y.start);
            const int to = std::min(x.end, y.end);
            if (from < to)
                result.append({from, to});
        }
    std::sort(result.begin(), result.end(),
              [](const WorkingSpan& l, const WorkingSpan& r) { return l.start < r.start; });
    return result;
}

// Sorted, with touching or overlapping spans joined: two shifts back to back are one stretch.
QList<WorkingSpan> merged(QList<WorkingSpan> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const WorkingSpan& l, const WorkingSpan& r) { return l.start < r.start; });
    QList<WorkingSpan> result;
    for (const WorkingSpan& s : std::as_const(spans)) {
        if (!result.isEmpty() && s.start <= result.last().end)
            result.last().end = std::max(result.last().end, s.end);
        else if (s.start < s.end)
            result.append(s);
    }
    return result;
}

// Per key (a therapist, a room) and local day of [first, last]: the minutes taken by the
// sessions `keyOf` gives a key (0: the session takes nothing), with cleanup. The local
// midnights are worked out once per day (a time-zone conversion per session would cost more
// than the rest), from the day before `first` for a session that runs past midnight.
using Taken = QHash<qint64, QHash<QDate, QList<WorkingSpan>>>;
template <typename KeyOf>
Taken takenTime(const QList<AgendaEntry>& agenda, const QDate& first, const QDate& last,
                const QTimeZone& zone, KeyOf keyOf)
{
    QList<qint64> midnights;
    for (QDate day = first.addDays(-1); day <= last.addDays(1); day = day.addDays(1))
        midnights << QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
    Taken taken;
    for (const AgendaEntry& e : agenda) {
        const qint64 key = keyOf(e);
        if (key == 0)
            continue;
        const qint64 end = occupiedUntil(e);
        // The last midnight at or before the start (0: the day before `first`, or earlier).
        int i = int(std::upper_bound(midnights.begin(), midnights.end(), e.startsAt) -
                    midnights.begin()) -
                1;
        for (i = std::max(i, 0); i + 1 < midnights.size() && midnights.at(i) < end; ++i) {
            const qint64 dayStart = midnights.at(i);
            const qint64 dayEnd = midnights.at(i + 1);
            if (end <= dayStart || e.startsAt >= dayEnd)
                continue;
            int from = int((std::max(e.startsAt, dayStart) - dayStart) / 60);
            int to = int((std::min(end, dayEnd) - dayStart + 59) / 60);
            if (dayEnd - dayStart != 86400) { // a clock change: wall-clock minutes
                const auto minuteOf = [&zone](qint64 utc) {
                    const QTime t = QDateTime::fromSecsSinceEpoch(utc, zone).time();
                    return t.hour() * 60 + t.minute();
                };
                from = e.startsAt > dayStart ? minuteOf(e.startsAt) : 0;
                to = end < dayEnd ? minuteOf(end) : 24 * 60;
            }
            taken[key][first.addDays(i - 1)].append({from, to});
        }
    }
    return taken;
}

} // namespace

WaitlistRepository::RoomFit WaitlistRepository::roomFit(const QList<AgendaEntry>& agenda,
                                                        StorageError* error) const
{
    RoomFit fit;
    Statement q(m_database); // each week switch: one round trip on a server
    q.prepare(QStringLiteral("SELECT rs.service_id, rs.room_id FROM room_services rs JOIN rooms r "
                             "ON r.id = rs.room_id WHERE r.active = 1"));
    if (!q.exec(error, tr("read the rooms' services")))
        return fit;
    while (q.next())
        fit.roomsOf[q.value(0).toLongLong()].append(q.value(1).toLongLong());
    q.finish();
    if (agenda.isEmpty())
        return fit;
    qint64 earliest = agenda.first().startsAt, latest = earliest;
    for (const AgendaEntry& e : agenda) {
        earliest = std::min(earliest, e.startsAt);
        latest = std::max(latest, occupiedUntil(e));
    }
    // A cancelled or no-show session leaves its room free, whoever takes it.
    fit.taken = takenTime(agenda, QDateTime::fromSecsSinceEpoch(earliest, m_zone).date(),
                          QDateTime::fromSecsSinceEpoch(latest, m_zone).date(), m_zone,
                          [](const AgendaEntry& e) { return isInactive(e.status) ? 0 : e.roomId; });
    return fit;
}

QList<WaitlistEntry> WaitlistRepository::offersWithRoom(const QList<WaitlistEntry>& entries,
                                                        const FreeSlot& slot, const RoomFit& rooms,
                                                        const QDate& today)
{
    QList<WaitlistEntry> found;
    for (const WaitlistEntry& entry : WaitlistMatch::offers(entries, slot, today)) {
        const QList<qint64> hosts = rooms.roomsOf.value(entry.serviceId);
        const bool roomFree = std::any_of(hosts.begin(), hosts.end(), [&](qint64 room) {
            // What of the slot this room has free, each piece tried like a slot of its own.
            QList<WorkingSpan> free{{slot.fromMinute, slot.toMinute}};
            for (const WorkingSpan& busy : rooms.taken.value(room).value(slot.day))
                free = TherapistHours::subtract(free, busy.start, busy.end);
            return std::any_of(free.begin(), free.end(), [&](const WorkingSpan& span) {
                FreeSlot piece = slot;
                piece.fromMinute = span.start;
                piece.toMinute = span.end;
                return WaitlistMatch::matches(entry, piece, today);
            });
        });
        if (roomFree)
            found << entry;
    }
    return found;
}

WaitlistRepository::Performed WaitlistRepository::performed(StorageError* error) const
{
    Performed services;
    Statement q(m_database); // each week switch: one round trip on a server
    q.prepare(QStringLiteral("SELECT ts.therapist_id, ts.service_id FROM therapist_services ts "
                             "JOIN therapists t ON t.id = ts.therapist_id WHERE t.active = 1"));
    if (!q.exec(error, tr("read the therapists' services")))
        return services;
    while (q.next())
        services[q.value(0).toLongLong()].append(q.value(1).toLongLong());
    return services;
}

QList<FreeWaiting>
WaitlistRepository::waitingInFreeTime(const QList<AgendaEntry>& agenda,
                                      const QHash<qint64, TherapistHours::Days>& working,
                                      StorageError* error) const
{
    if (working.isEmpty())
        return {};
    const QList<WaitlistEntry> entries = read(QStringLiteral("1 = 1"), {}, QString(), error);
    if (entries.isEmpty() || error->isError())
        return {};
    const Performed services = performed(error);
    const RoomFit rooms = error->isError() ? RoomFit() : roomFit(agenda, error);
    return error->isError() ? QList<FreeWaiting>()
                            : freeTime(entries, services, agenda, working, rooms, error);
}

CalendarWaiting WaitlistRepository::waiting(const QList<AgendaEntry>& agenda,
                                            const QHash<qint64, TherapistHours::Days>& working,
                                            StorageError* error) const
{
    CalendarWaiting result;
    const QList<WaitlistEntry> entries = read(QStringLiteral("1 = 1"), {}, QString(), error);
    if (entries.isEmpty() || error->isError())
        return result;
    const Performed services = performed(error);
    const RoomFit rooms = error->isError() ? RoomFit() : roomFit(agenda, error);
    if (error->isError())
        return result;
    result.freed = freedCounts(entries, services, agenda, rooms);
    result.free = freeTime(entries, services, agenda, working, rooms, error);
    return result;
}

QList<FreeWaiting> WaitlistRepository::freeTime(const QList<WaitlistEntry>& entries,
                                                const Performed& services,
                                                const QList<AgendaEntry>& agenda,
                                                const QHash<qint64, TherapistHours::Days>& working,
                                                const RoomFit& rooms, StorageError* error) const
{
    QList<FreeWaiting> found;
    const QDateTime now = m_database.clock().nowUtc().toTimeZone(m_zone);
    const QDate today = now.date();
    QDate first, last;
    for (const TherapistHours::Days& days : working)
        for (auto d = days.constBegin(); d != days.constEnd(); ++d) {
            first = first.isValid() ? std::min(first, d.key()) : d.key();
            last = last.isValid() ? std::max(last, d.key()) : d.key();
        }
    if (!last.isValid() || last < today)
        return found;
    first = std::max(first, today);

    // The rest of the picture in three reads: opening hours, closed days, who performs what.
    QHash<int, QList<WorkingSpan>> open;
    for (const OpeningHours& h : SettingsRepository(m_database).openingHours(error))
        open[h.weekday].append({h.opensMinute, h.closesMinute});
    if (error->isError())
        return found;
    QSet<QDate> closed;
    Statement q(m_database); // each week switch: one round trip on a server
    // ISO dates compare as text in date order.
    q.prepare(QStringLiteral("SELECT day FROM closed_days WHERE day >= ? AND day <= ?"));
    q.addBindValue(first.toString(Qt::ISODate));
    q.addBindValue(last.toString(Qt::ISODate));
    if (!q.exec(error, tr("read the closed days")))
        return found;
    while (q.next())
        closed.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    q.finish();

    // Each therapist's taken time per local day: active sessions and the freed ones that
    // nobody took again, with cleanup.
    const Taken taken = takenTime(agenda, first, last, m_zone, [&agenda](const AgendaEntry& e) {
        return isInactive(e.status) && retaken(agenda, e) ? qint64(0) : e.therapistId;
    });

    const int nowMinute = now.time().hour() * 60 + now.time().minute();
    for (auto t = working.constBegin(); t != working.constEnd(); ++t) {
        const QList<WaitlistEntry> theirs = performedBy(entries, services, t.key());
        if (theirs.isEmpty())
            continue;
        for (auto d = t.value().constBegin(); d != t.value().constEnd(); ++d) {
            const QDate day = d.key();
            if (day < today || closed.contains(day))
                continue;
            QList<WorkingSpan> free = intersect(d.value(), open.value(day.dayOfWeek()));
            if (day == today) // from the next five minutes on
                free = TherapistHours::subtract(free, 0, (nowMinute / 5 + 1) * 5);
            for (const WorkingSpan& busy : taken.value(t.key()).value(day))
                free = TherapistHours::subtract(free, busy.start, busy.end);
            for (const WorkingSpan& span : merged(free)) {
                const FreeSlot slot{day, span.start, span.end, t.key()};
                const int n = int(offersWithRoom(theirs, slot, rooms, today).size());
                if (n > 0)
                    found.append({slot, n});
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const FreeWaiting& a, const FreeWaiting& b) {
        return std::tie(a.slot.day, a.slot.fromMinute, a.slot.therapistId) <
               std::tie(b.slot.day, b.slot.fromMinute, b.slot.therapistId);
    });
    return found;
}
