#include "storage/Scheduler.h"

#include "core/Clock.h"
#include "core/FreeText.h"
#include "core/LocalTime.h"
#include "storage/Database.h"
#include "storage/SchedulerContext.h"
#include "storage/Statement.h"
#include "storage/WaitlistRepository.h"
#include "storage/WriteTransaction.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

Scheduler::Scheduler(Database& database, QTimeZone zone)
    : m_database(database), m_zone(std::move(zone))
{
}

bool Scheduler::prepare(const BookingRequest& request, Context* c, StorageError* error) const
{
    c->request = request;
    const QString language = QLocale().name().left(2);
    Statement query(m_database);
    query.prepare(
        QStringLiteral(
            "SELECT s.id, s.archived, r.cleanup_minutes, r.id, COALESCE((SELECT name FROM "
            "service_texts WHERE revision_id = r.id ORDER BY language = ? DESC, language = 'en' "
            "DESC LIMIT 1), s.code) FROM services s JOIN service_revisions r ON r.id = "
            "s.published_revision_id WHERE s.code = ?"),
        Statement::Plan::Kept);
    query.addBindValue(language);
    query.addBindValue(request.serviceCode);
    if (!query.exec(error, tr("read the service")))
        return false;
    if (!query.next()) {
        *error = {StorageError::Code::NotFound,
                  tr("There is no service with the code \"%1\".").arg(request.serviceCode)};
        return false;
    }
    if (query.value(1).toBool()) {
        *error = {StorageError::Code::Refused,
                  tr("%1 is archived and can no longer be booked.").arg(query.value(4).toString())};
        return false;
    }
    c->serviceId = query.value(0).toLongLong();
    c->cleanup = query.value(2).toInt();
    c->serviceName = query.value(4).toString();
    const qint64 revision = query.value(3).toLongLong();
    query.finish();

    query.prepare(
        QStringLiteral(
            "SELECT minutes FROM service_durations WHERE revision_id = ? ORDER BY minutes"),
        Statement::Plan::Kept);
    query.addBindValue(revision);
    if (!query.exec(error, tr("read the service")))
        return false;
    QStringList offered;
    bool durationOk = false;
    while (query.next()) {
        const int m = query.value(0).toInt();
        if (offered.isEmpty() && request.minutes == 0)
            c->minutes = m;
        if (m == request.minutes) {
            c->minutes = m;
            durationOk = true;
        }
        offered << QString::number(m);
    }
    query.finish();
    if (request.minutes == 0)
        durationOk = c->minutes > 0;
    if (!durationOk) {
        *error = {StorageError::Code::Refused,
                  tr("%1 is offered in %2 minutes, not %3.")
                      .arg(c->serviceName, offered.join(QStringLiteral("/")))
                      .arg(request.minutes)};
        return false;
    }

    // Candidates: the named one (which must fit the service) or every active one that does.
    const auto candidates = [&](const QString& table, const QString& link, const QString& key,
                                const QString& nameColumn, qint64 wanted,
                                QList<SchedulerResource>* out, const QString& missing,
                                const QString& unsuitable, const QString& none) {
        Statement q(m_database);
        q.prepare(QStringLiteral("SELECT x.id, x.%1, x.active, EXISTS (SELECT 1 FROM %2 WHERE "
                                 "%3 = x.id AND service_id = ?) FROM %4 x WHERE (? = 0 OR x.id = "
                                 "?) ORDER BY x.%1")
                      .arg(nameColumn, link, key, table));
        q.addBindValue(c->serviceId);
        q.addBindValue(wanted);
        q.addBindValue(wanted);
        if (!q.exec(error, tr("read the therapists and rooms")))
            return false;
        bool found = false;
        while (q.next()) {
            found = true;
            if (q.value(2).toBool() && q.value(3).toBool())
                out->append({q.value(0).toLongLong(), q.value(1).toString()});
            else if (wanted != 0) {
                *error = {StorageError::Code::Refused,
                          unsuitable.arg(q.value(1).toString(), c->serviceName)};
                return false;
            }
        }
        if (!found && wanted != 0) {
            *error = {StorageError::Code::NotFound, missing.arg(wanted)};
            return false;
        }
        if (out->isEmpty()) {
            *error = {StorageError::Code::Refused, none.arg(c->serviceName)};
            return false;
        }
        return true;
    };
    return candidates(QStringLiteral("therapists"), QStringLiteral("therapist_services"),
                      QStringLiteral("therapist_id"), QStringLiteral("display_name"),
                      request.therapistId, &c->therapists, tr("There is no therapist %1."),
                      tr("%1 does not perform %2 (or is not active)."),
                      tr("No active therapist performs %1 yet (Settings \u2192 Therapists).")) &&
           candidates(QStringLiteral("rooms"), QStringLiteral("room_services"),
                      QStringLiteral("room_id"), QStringLiteral("name"), request.roomId, &c->rooms,
                      tr("There is no room %1."), tr("%1 is not set up for %2 (or is not in use)."),
                      tr("No room in use is set up for %1 yet (Settings \u2192 Rooms)."));
}

bool Scheduler::fits(const Context& c, qint64 startsAt, Placement* placement, QString* why,
                     StorageError* error) const
{
    if (!LocalTime::bookable(startsAt, m_database.clock().nowSecs(), m_zone, why))
        return true;
    const qint64 endsAt = startsAt + qint64(c.minutes + c.cleanup) * 60;
    const QDateTime localStart = QDateTime::fromSecsSinceEpoch(startsAt, m_zone);
    const QDateTime localEnd = QDateTime::fromSecsSinceEpoch(endsAt, m_zone);
    const QDate day = localStart.date();
    const int from = localStart.time().hour() * 60 + localStart.time().minute();
    // Ending at midnight exactly is ending on the day; anything later crosses into the next.
    const bool endsAtMidnight = localEnd.date() == day.addDays(1) && localEnd.time() == QTime(0, 0);
    const bool crossesMidnight = localEnd.date() != day && !endsAtMidnight;
    const int to =
        localEnd.date() == day ? localEnd.time().hour() * 60 + localEnd.time().minute() : 24 * 60;
    const auto hhmm = [](int m) {
        return QStringLiteral("%1:%2")
            .arg(m / 60, 2, 10, QLatin1Char('0'))
            .arg(m % 60, 2, 10, QLatin1Char('0'));
    };
    const QString endText =
        crossesMidnight ? localEnd.time().toString(QStringLiteral("HH:mm")) : hhmm(to);
    // The closed day and the opening hours in one round trip.
    Statement q(m_database);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM closed_days WHERE day = ?), (SELECT "
                             "reason FROM closed_days WHERE day = ?), EXISTS (SELECT 1 FROM "
                             "opening_hours WHERE weekday = ? AND opens_minute <= ? AND "
                             "closes_minute >= ?)"),
              Statement::Plan::Kept);
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(day.dayOfWeek());
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec(error, tr("read the opening hours")) || !q.next())
        return false;
    if (q.value(0).toBool()) {
        *why = tr("The centre is closed on %1 (%2).")
                   .arg(day.toString(Qt::ISODate), q.value(1).toString());
        return true;
    }
    if (!q.value(2).toBool()) {
        *why = tr("%1\u2013%2 (cleanup included) is outside the opening hours on %3.")
                   .arg(hhmm(from), endText, QLocale().dayName(day.dayOfWeek()));
        return true;
    }
    q.finish();
    if (crossesMidnight) {
        *why = tr("%1\u2013%2 (cleanup included) crosses midnight: a session ends by 24:00 on "
                  "the day it starts (%3).")
                   .arg(hhmm(from), endText, QLocale().dayName(day.dayOfWeek()));
        return true;
    }
    if (!clientBusy(c, startsAt, why, error))
        return false;
    if (!why->isEmpty())
        return true;

    // Every candidate's shift, absence and first clash, read in one statement (on a server
    // each statement is a round trip), then tried in order as before.
    const CandidateFacts facts =
        candidateFacts(m_database, m_zone, c.therapists, c.rooms, c.request.ignoreBooking, startsAt,
                       endsAt, day.dayOfWeek(), from, to, &c.serviceNames, error);
    if (!facts.ok)
        return false;
    QString firstWhy;
    for (const SchedulerResource& therapist : c.therapists) {
        if (!facts.onShift.contains(therapist.id)) {
            if (firstWhy.isEmpty())
                firstWhy = tr("%1 is not working %2\u2013%3 on %4.")
                               .arg(therapist.name, hhmm(from), hhmm(to),
                                    QLocale().dayName(day.dayOfWeek()));
            continue;
        }
        if (facts.away.contains(therapist.id)) {
            if (firstWhy.isEmpty())
                firstWhy =
                    tr("%1 is away then (%2).").arg(therapist.name, facts.away.value(therapist.id));
            continue;
        }
        if (facts.therapistClash.contains(therapist.id)) {
            if (firstWhy.isEmpty())
                firstWhy = tr("%1 is busy %2 (cleanup included).")
                               .arg(therapist.name, facts.therapistClash.value(therapist.id));
            continue;
        }
        for (const SchedulerResource& room : c.rooms) {
            if (facts.roomClash.contains(room.id)) {
                if (firstWhy.isEmpty())
                    firstWhy = tr("%1 is taken %2 (cleanup included).")
                                   .arg(room.name, facts.roomClash.value(room.id));
                continue;
            }
            *placement = {therapist.id, room.id,   therapist.name, room.name,
                          startsAt,     c.minutes, c.cleanup};
            why->clear();
            return true;
        }
    }
    *why = firstWhy;
    return true;
}

bool Scheduler::check(const BookingRequest& request, Placement* placement,
                      StorageError* error) const
{
    Context context;
    if (!prepare(request, &context, error))
        return false;
    QString why;
    if (!fits(context, request.startsAt, placement, &why, error))
        return false;
    if (!why.isEmpty()) {
        *error = {StorageError::Code::Refused, why};
        return false;
    }
    return true;
}

bool Scheduler::bookOnce(const BookingRequest& asked, const QString& userName, qint64* id,
                         Placement* placement, StorageError* error)
{
    WriteTransaction transaction(m_database, WriteTransaction::Plans::Generic);
    if (!transaction.begin(error))
        return false;
    BookingRequest request = asked;
    if (!mayChange(0, &request.therapistId, error))
        return false;
    Statement client(m_database);
    client.prepare(QStringLiteral("SELECT 1 FROM clients WHERE id = ? AND erased_at IS NULL"));
    client.addBindValue(request.clientId);
    if (!client.exec(error, tr("read the client")))
        return false;
    if (!client.next()) {
        *error = {StorageError::Code::NotFound,
                  tr("There is no client with number %1.").arg(request.clientId)};
        return false;
    }
    client.finish();
    Placement place;
    if (!check(request, &place, error))
        return false;
    const qint64 now = m_database.clock().nowSecs();
    Statement insert(m_database);
    insert.prepare(QStringLiteral(
        "INSERT INTO bookings (client_id, service_id, therapist_id, room_id, starts_at, minutes, "
        "cleanup_minutes, ends_at, created_at, updated_at) VALUES (?, (SELECT id FROM services "
        "WHERE code = ?), ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant& v :
         {QVariant(request.clientId), QVariant(request.serviceCode), QVariant(place.therapistId),
          QVariant(place.roomId), m_database.timeValue(place.startsAt), QVariant(place.minutes),
          QVariant(place.cleanupMinutes), m_database.timeValue(place.endsAt()),
          m_database.timeValue(now), m_database.timeValue(now)})
        insert.addBindValue(v);
    // RETURNING: the id in the insert's own answer (lastInsertId is one more round trip to a
    // server, and reads the wrong sequence once a trigger inserts elsewhere).
    if (!insert.exec(error, tr("save the booking")))
        return false;
    const qint64 newId = insert.next() ? insert.value(0).toLongLong() : 0;
    insert.finish();
    if (!event(newId, QStringLiteral("created"), QString(), userName, error))
        return false;
    // Booked, from the waitlist or not: the client no longer waits for this service.
    if (!WaitlistRepository::fulfilled(m_database, request.clientId, request.serviceCode, error))
        return false;
    if (!transaction.commit(error))
        return false;
    *id = newId;
    if (placement)
        *placement = place;
    return true;
}

bool Scheduler::moveOnce(qint64 bookingId, qint64 startsAt, qint64 therapistId, qint64 roomId,
                         int minutes, const QString& userName, Placement* placement,
                         StorageError* error, qint64 loadedVersion)
{
    WriteTransaction transaction(m_database, WriteTransaction::Plans::Generic);
    if (!transaction.begin(error) || !mayChange(bookingId, &therapistId, error))
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT s.code, b.status, b.client_id, %1, b.therapist_id, "
                             "b.room_id, b.minutes, b.version FROM bookings b JOIN services s ON "
                             "s.id = b.service_id WHERE b.id = ?")
                  .arg(m_database.dialect().secs(QStringLiteral("b.starts_at"))));
    q.addBindValue(bookingId);
    if (!m_database.exec(q, error, tr("read the booking")))
        return false;
    if (!q.next()) {
        *error = {StorageError::Code::NotFound, tr("There is no booking %1.").arg(bookingId)};
        return false;
    }
    if (loadedVersion >= 0 && q.value(7).toLongLong() != loadedVersion) {
        q.finish();
        return RecordVersion::refuseBooking(m_database, bookingId, error);
    }
    const QString status = q.value(1).toString();
    if (status != QLatin1String("booked") && status != QLatin1String("arrived")) {
        *error = {StorageError::Code::Refused,
                  tr("Only a booked or arrived session can be moved.")};
        return false;
    }
    BookingRequest request;
    request.clientId = q.value(2).toLongLong();
    request.serviceCode = q.value(0).toString();
    request.startsAt = startsAt;
    request.therapistId = therapistId;
    request.roomId = roomId;
    request.minutes = minutes;
    request.ignoreBooking = bookingId;
    const QString before = QStringLiteral("%1 t%2 r%3 %4m")
                               .arg(LocalTime::format(q.value(3).toLongLong(), m_zone))
                               .arg(q.value(4).toLongLong())
                               .arg(q.value(5).toLongLong())
                               .arg(q.value(6).toInt());
    q.finish();
    Placement place;
    if (!check(request, &place, error))
        return false;
    QSqlQuery update(m_database.connection());
    update.prepare(
        QStringLiteral(
            "UPDATE bookings SET starts_at = ?, therapist_id = ?, room_id = ?, minutes = ?, "
            "cleanup_minutes = ?, ends_at = ?, updated_at = ?") +
        RecordVersion::stampColumns() + QLatin1String(" WHERE id = ? AND (? < 0 OR version = ?)"));
    for (const QVariant& v :
         QVariantList{m_database.timeValue(place.startsAt), place.therapistId, place.roomId,
                      place.minutes, place.cleanupMinutes, m_database.timeValue(place.endsAt()),
                      m_database.nowValue()} +
             RecordVersion::stampValues(m_database) +
             QVariantList{bookingId, loadedVersion, loadedVersion})
        update.addBindValue(v);
    if (!m_database.exec(update, error, tr("move the booking")))
        return false;
    if (update.numRowsAffected() != 1) // another desk changed it after the read above
        return RecordVersion::refuseBooking(m_database, bookingId, error);
    RecordVersion::Stamp stamp;
    if (!RecordVersion::read(m_database, QStringLiteral("bookings"), QStringLiteral("id"),
                             bookingId, &stamp, error))
        return false;
    place.version = stamp.version;
    if (!event(bookingId, QStringLiteral("moved"), tr("from %1").arg(before), userName, error))
        return false;
    if (!transaction.commit(error))
        return false;
    if (placement)
        *placement = place;
    return true;
}

bool Scheduler::postponeOnce(qint64 bookingId, qint64 startsAt, const QString& userName,
                             Placement* placement, StorageError* error)
{
    // The move and the return to "booked" commit together.
    WriteTransaction transaction(m_database, WriteTransaction::Plans::Generic);
    if (!transaction.begin(error) || !mayChange(bookingId, nullptr, error))
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT s.code, b.client_id, b.therapist_id, b.room_id, b.minutes, "
                             "b.status FROM bookings b JOIN services s ON s.id = b.service_id "
                             "WHERE b.id = ?"));
    q.addBindValue(bookingId);
    if (!m_database.exec(q, error, tr("read the booking")))
        return false;
    if (!q.next()) {
        *error = {StorageError::Code::NotFound, tr("There is no booking %1.").arg(bookingId)};
        return false;
    }
    if (q.value(5).toString() != QLatin1String("booked") &&
        q.value(5).toString() != QLatin1String("arrived")) {
        *error = {StorageError::Code::Refused,
                  tr("Only a booked or arrived session can be postponed.")};
        return false;
    }
    BookingRequest request;
    request.serviceCode = q.value(0).toString();
    request.clientId = q.value(1).toLongLong();
    request.therapistId = q.value(2).toLongLong();
    request.roomId = q.value(3).toLongLong();
    request.minutes = q.value(4).toInt();
    request.startsAt = startsAt;
    request.ignoreBooking = bookingId;
    q.finish();
    Placement place;
    StorageError sameError;
    if (!check(request, &place, &sameError)) {
        request.therapistId = 0; // the same people are not free then: anyone who fits
        request.roomId = 0;
        if (!check(request, &place, error))
            return false;
    }
    QSqlQuery update(m_database.connection());
    update.prepare(
        QStringLiteral(
            "UPDATE bookings SET starts_at = ?, therapist_id = ?, room_id = ?, minutes = ?, "
            "cleanup_minutes = ?, ends_at = ?, status = 'booked', status_reason = '', updated_at = "
            "?") +
        RecordVersion::stampColumns() + QLatin1String(" WHERE id = ?"));
    for (const QVariant& v :
         QVariantList{m_database.timeValue(place.startsAt), place.therapistId, place.roomId,
                      place.minutes, place.cleanupMinutes, m_database.timeValue(place.endsAt()),
                      m_database.nowValue()} +
             RecordVersion::stampValues(m_database) + QVariantList{bookingId})
        update.addBindValue(v);
    if (!m_database.exec(update, error, tr("postpone the booking")) ||
        !event(bookingId, QStringLiteral("postponed"),
               tr("to %1").arg(LocalTime::format(place.startsAt, m_zone)), userName, error))
        return false;
    if (!transaction.commit(error))
        return false;
    if (placement)
        *placement = place;
    return true;
}

bool Scheduler::cancel(qint64 bookingId, const QString& reason, const QString& userName,
                       StorageError* error)
{
    const QString why = reason.simplified();
    if (why.isEmpty()) {
        *error = {StorageError::Code::Refused,
                  tr("A cancellation needs a reason (up to %1 characters).").arg(kMaxCancelReason)};
        return false;
    }
    const QString problem = FreeText::problem(why, kMaxCancelReason, FreeText::Lines::One,
                                              tr("The cancellation reason"));
    if (!problem.isEmpty()) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) || !mayChange(bookingId, nullptr, error))
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE bookings SET status = 'cancelled', status_reason = ?, "
                             "updated_at = ?") +
              RecordVersion::stampColumns() +
              QLatin1String(" WHERE id = ? AND status IN ('booked', 'arrived')"));
    for (const QVariant& v : QVariantList{why, m_database.nowValue()} +
                                 RecordVersion::stampValues(m_database) + QVariantList{bookingId})
        q.addBindValue(v);
    if (!m_database.exec(q, error, tr("cancel the booking")))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = {StorageError::Code::Refused,
                  tr("Booking %1 cannot be cancelled: only booked or arrived sessions can.")
                      .arg(bookingId)};
        return false;
    }
    if (!event(bookingId, QStringLiteral("cancelled"), why, userName, error))
        return false;
    return transaction.commit(error);
}

bool Scheduler::setStatus(qint64 bookingId, const QString& status, const QString& userName,
                          StorageError* error)
{
    // From which statuses each change is allowed.
    QString from;
    if (status == QLatin1String("arrived"))
        from = QStringLiteral("'booked'");
    else if (status == QLatin1String("no_show"))
        from = QStringLiteral("'booked'");
    else if (status == QLatin1String("completed"))
        from = QStringLiteral("'in_session'");
    else {
        *error = {StorageError::Code::Refused,
                  tr("The status can be set to arrived, no_show or completed here, not \"%1\".")
                      .arg(status)};
        return false;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) || !mayChange(bookingId, nullptr, error))
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE bookings SET status = ?, updated_at = ?") +
              RecordVersion::stampColumns() +
              QStringLiteral(" WHERE id = ? AND status IN (%1)").arg(from));
    for (const QVariant& v : QVariantList{status, m_database.nowValue()} +
                                 RecordVersion::stampValues(m_database) + QVariantList{bookingId})
        q.addBindValue(v);
    if (!m_database.exec(q, error, tr("change the booking")))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = {
            StorageError::Code::Refused,
            tr("Booking %1 cannot become %2 from its current status.").arg(bookingId).arg(status)};
        return false;
    }
    if (!event(bookingId, status, QString(), userName, error))
        return false;
    return transaction.commit(error);
}

QList<Placement> Scheduler::findSlots(const BookingRequest& request, int count, StorageError* error,
                                      int stepMinutes, int days) const
{
    QList<Placement> found;
    Context context;
    if (!prepare(request, &context, error))
        return found;
    QString outside;
    if (!LocalTime::bookable(request.startsAt, m_database.clock().nowSecs(), m_zone, &outside)) {
        *error = {StorageError::Code::Refused, outside};
        return found;
    }
    const qint64 step = qint64(qMax(5, stepMinutes)) * 60;
    qint64 t = (request.startsAt + step - 1) / step * step;
    const qint64 until = request.startsAt + qint64(days) * 86400;
    for (; t < until && found.size() < count; t += step) {
        Placement place;
        QString why;
        if (!fits(context, t, &place, &why, error))
            return {};
        if (why.isEmpty())
            found.append(place);
    }
    return found;
}
