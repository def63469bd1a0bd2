#include "storage/Scheduler.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/SchedulerContext.h"
#include "storage/ServiceNames.h"
#include "storage/Statement.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

// The checks about people rather than places: the client's other sessions, who may change a
// booking, and the booking's history of events.

bool Scheduler::clientBusy(const Context& c, qint64 startsAt, QString* why,
                           StorageError* error) const
{
    if (c.request.clientId <= 0)
        return true;
    // The client is there for the session itself; the cleanup after it is the room's and the
    // therapist's time, not theirs. Sessions that do not take place (cancelled, no-show, or
    // stopped and referred) do not hold the client.
    const qint64 endsAt = startsAt + qint64(c.minutes) * 60;
    Statement q(m_database);
    const SqlDialect& dialect = m_database.dialect();
    q.prepare(
        QStringLiteral(
            "SELECT %1, b.minutes, b.service_id, th.display_name, "
            "c.full_name, b.id FROM bookings b JOIN therapists th ON th.id = b.therapist_id "
            "JOIN clients c ON c.id = b.client_id WHERE b.client_id = ? AND b.starts_at > ? "
            "AND b.starts_at < ? AND %2 > ? AND b.id <> ? AND b.status NOT IN "
            "('cancelled', 'no_show', 'referred') ORDER BY b.starts_at LIMIT 1")
            .arg(dialect.secs(QStringLiteral("b.starts_at")),
                 dialect.plusSecs(QStringLiteral("b.starts_at"), QStringLiteral("b.minutes * 60"))),
        Statement::Plan::Kept);
    q.addBindValue(c.request.clientId);
    // the longest session: an index range
    q.addBindValue(dialect.timeValue(startsAt - qint64(480) * 60));
    q.addBindValue(dialect.timeValue(endsAt));
    q.addBindValue(dialect.timeValue(startsAt));
    q.addBindValue(c.request.ignoreBooking);
    if (!q.exec(error, tr("read the client's sessions")))
        return false;
    if (q.next()) {
        const qint64 otherStart = q.value(0).toLongLong();
        const qint64 otherEnd = otherStart + q.value(1).toLongLong() * 60;
        const qint64 serviceId = q.value(2).toLongLong();
        const QString therapist = q.value(3).toString();
        const QString client = q.value(4).toString();
        const qint64 otherId = q.value(5).toLongLong();
        q.finish();
        if (!ServiceNames::read(m_database, QLocale().name().left(2), {serviceId}, &c.serviceNames,
                                error))
            return false;
        *why = tr("%1 already has a session then: %2\u2013%3, %4 with %5 (booking %6). A client "
                  "can be in one session at a time.")
                   .arg(client, LocalTime::formatExact(otherStart, m_zone),
                        LocalTime::formatExact(otherEnd, m_zone, QStringLiteral("HH:mm")),
                        c.serviceNames.value(serviceId).toLower(), therapist)
                   .arg(otherId);
    }
    return true;
}

bool Scheduler::mayChange(qint64 bookingId, qint64* therapistId, StorageError* error) const
{
    if (bookingId > 0 && !BookingRepository(m_database, m_zone).mustExist(bookingId, error))
        return false;
    if (!(bookingId > 0 ? m_database.permitsOnSession(Action::Book, bookingId, error)
                        : m_database.permits(Action::Book, error)))
        return false;
    const std::optional<Actor>& actor = m_database.actor();
    if (!actor || actor->role != Role::Therapist || !therapistId)
        return true;
    if (*therapistId == 0) {
        *therapistId = actor->therapistId;
    } else if (*therapistId != actor->therapistId) {
        *error = {StorageError::Code::Refused,
                  tr("A therapist books and changes only their own sessions."),
                  QStringLiteral("therapist %1 outside own sessions").arg(actor->name)};
        return false;
    }
    return true;
}

bool Scheduler::event(qint64 bookingId, const QString& kind, const QString& detail,
                      const QString& userName, StorageError* error)
{
    Statement q(m_database);
    q.prepare(QStringLiteral(
        "INSERT INTO booking_events (booking_id, at, kind, detail) VALUES (?, ?, ?, ?)"));
    q.addBindValue(bookingId);
    q.addBindValue(m_database.nowValue());
    q.addBindValue(kind);
    q.addBindValue((userName.isEmpty() ? QStringLiteral("desk") : userName) +
                   (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));
    return q.exec(error, tr("record the change"));
}

namespace {

constexpr qint64 kMaxOccupiedSecs = (480 + 120) * 60; // the longest session and cleanup

} // namespace

CandidateFacts candidateFacts(Database& database, const QTimeZone& zone,
                              const QList<SchedulerResource>& therapists,
                              const QList<SchedulerResource>& rooms, qint64 ignoreBooking,
                              qint64 startsAt, qint64 endsAt, int weekday, int from, int to,
                              QHash<qint64, QString>* serviceNames, StorageError* error)
{
    CandidateFacts facts;
    const QString t = Statement::placeholders(therapists.size());
    const QString r = Statement::placeholders(rooms.size());
    // Kind 0 and 1: the bookings overlapping the time (an index range per therapist or room:
    // the cost follows the day, not the history), earliest first; 2: shifts covering it; 3:
    // absences overlapping it. The clashing service's name is read afterwards, when one is named.
    const QString clash = QStringLiteral(
        "SELECT %1, b.%2, %4, %5, '', b.service_id FROM bookings b WHERE b.%2 IN (%3) AND "
        "b.starts_at > ? AND b.starts_at < ? AND b.ends_at > ? AND b.id <> ? "
        "AND b.status NOT IN ('cancelled', 'no_show')");
    // Seconds in the select list: the shifts and absences below answer 0 in those columns.
    const SqlDialect& dialect = database.dialect();
    const QString starts = dialect.secs(QStringLiteral("b.starts_at"));
    const QString ends = dialect.secs(QStringLiteral("b.ends_at"));
    Statement q(database);
    q.prepare(clash.arg(QStringLiteral("0"), QStringLiteral("therapist_id"), t, starts, ends) +
                  QStringLiteral(" UNION ALL ") +
                  clash.arg(QStringLiteral("1"), QStringLiteral("room_id"), r, starts, ends) +
                  QStringLiteral(" UNION ALL SELECT 2, therapist_id, 0, 0, '', 0 FROM "
                                 "therapist_shifts WHERE therapist_id IN (%1) AND weekday = ? AND "
                                 "start_minute <= ? AND end_minute >= ? UNION ALL SELECT 3, "
                                 "therapist_id, 0, 0, reason, 0 FROM therapist_absences WHERE "
                                 "therapist_id IN (%1) AND starts_at < "
                                 "? AND ends_at > ? ORDER BY 1, 2, 3")
                      .arg(t),
              Statement::Plan::Kept);
    for (const QList<SchedulerResource>* candidates : {&therapists, &rooms}) {
        for (const SchedulerResource& candidate : *candidates)
            q.addBindValue(candidate.id);
        q.addBindValue(dialect.timeValue(startsAt - kMaxOccupiedSecs));
        q.addBindValue(dialect.timeValue(endsAt));
        q.addBindValue(dialect.timeValue(startsAt));
        q.addBindValue(ignoreBooking);
    }
    for (const SchedulerResource& therapist : therapists)
        q.addBindValue(therapist.id);
    q.addBindValue(weekday);
    q.addBindValue(from);
    q.addBindValue(to);
    for (const SchedulerResource& therapist : therapists)
        q.addBindValue(therapist.id);
    q.addBindValue(dialect.timeValue(endsAt));
    q.addBindValue(dialect.timeValue(startsAt));
    if (!q.exec(error, Scheduler::tr("check for overlapping bookings")))
        return facts;
    // The first clash of each therapist and room, earliest first (the order of the rows).
    struct Clash
    {
        qint64 startsAt;
        qint64 endsAt;
        qint64 serviceId;
    };
    QHash<qint64, Clash> therapistClash;
    QHash<qint64, Clash> roomClash;
    QSet<qint64> services;
    while (q.next()) {
        const qint64 id = q.value(1).toLongLong();
        switch (q.value(0).toInt()) {
        case 0:
        case 1: {
            QHash<qint64, Clash>& clashes = q.value(0).toInt() == 0 ? therapistClash : roomClash;
            if (clashes.contains(id))
                break; // the earliest is named
            clashes.insert(
                id, {q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(5).toLongLong()});
            services.insert(q.value(5).toLongLong());
            break;
        }
        case 2:
            facts.onShift.insert(id);
            break;
        default:
            if (!facts.away.contains(id))
                facts.away.insert(id, q.value(4).toString());
        }
    }
    q.finish();
    if (!services.isEmpty() &&
        !ServiceNames::read(database, QLocale().name().left(2), services, serviceNames, error))
        return facts;
    const auto describe = [&](const Clash& clash) {
        return Scheduler::tr("%1\u2013%2 with %3")
            .arg(LocalTime::format(clash.startsAt, zone, QStringLiteral("HH:mm")),
                 LocalTime::format(clash.endsAt, zone, QStringLiteral("HH:mm")),
                 serviceNames->value(clash.serviceId).toLower());
    };
    for (auto it = therapistClash.cbegin(); it != therapistClash.cend(); ++it)
        facts.therapistClash.insert(it.key(), describe(it.value()));
    for (auto it = roomClash.cbegin(); it != roomClash.cend(); ++it)
        facts.roomClash.insert(it.key(), describe(it.value()));
    facts.ok = true;
    return facts;
}

namespace {

// On a server another desk may commit the same time between our check and our write; its
// exclusion constraint refuses ours (23P01), the transaction is rolled back, and the attempt
// run again checks first, so the person reads the scheduler's sentence naming who is busy.
template <typename Attempt>
bool retriedOnServer(int attempts, StorageError* error, const Attempt& attempt)
{
    for (int n = 1;; ++n) {
        if (attempt())
            return true;
        if (n == attempts || (error->code != StorageError::Code::Overlap &&
                              error->code != StorageError::Code::RetryTransaction))
            return false;
    }
}

} // namespace

bool Scheduler::book(const BookingRequest& asked, const QString& userName, qint64* id,
                     Placement* placement, StorageError* error)
{
    return retriedOnServer(kServerAttempts, error,
                           [&] { return bookOnce(asked, userName, id, placement, error); });
}

bool Scheduler::move(qint64 bookingId, qint64 startsAt, qint64 therapistId, qint64 roomId,
                     int minutes, const QString& userName, Placement* placement,
                     StorageError* error, qint64 loadedVersion)
{
    return retriedOnServer(kServerAttempts, error, [&] {
        return moveOnce(bookingId, startsAt, therapistId, roomId, minutes, userName, placement,
                        error, loadedVersion);
    });
}

bool Scheduler::postpone(qint64 bookingId, qint64 startsAt, const QString& userName,
                         Placement* placement, StorageError* error)
{
    return retriedOnServer(kServerAttempts, error, [&] {
        return postponeOnce(bookingId, startsAt, userName, placement, error);
    });
}
