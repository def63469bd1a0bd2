#include "storage/BookingRepository.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

bool BookingRepository::findConflict(const char* column, qint64 resourceId, qint64 start,
                                     qint64 end, QString* conflict, StorageError* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id, starts_at, ends_at FROM bookings WHERE %1 = ? "
                       "AND starts_at > ? AND starts_at < ? AND ends_at > ? "
                       "AND status NOT IN ('cancelled', 'no_show') ORDER BY starts_at LIMIT 1")
            .arg(QLatin1String(column)));
    query.addBindValue(resourceId);
    query.addBindValue(start - kMaxOccupiedSecs);
    query.addBindValue(end);
    query.addBindValue(start);
    if (!m_database.exec(query, error, tr("check for overlapping bookings")))
        return false;
    if (query.next()) {
        const auto local = [this](qint64 secs) {
            return QDateTime::fromSecsSinceEpoch(secs, m_zone).toString(QStringLiteral("HH:mm"));
        };
        *conflict =
            tr("booking %1, %2\u2013%3 (cleanup included)")
                .arg(query.value(0).toLongLong())
                .arg(local(query.value(1).toLongLong()), local(query.value(2).toLongLong()));
    }
    return true;
}

bool BookingRepository::create(const NewBooking& booking, qint64* id, StorageError* error)
{
    if (booking.minutes < 5 || booking.minutes > 480 || booking.cleanupMinutes < 0 ||
        booking.cleanupMinutes > 120) {
        *error = {StorageError::Code::Refused,
                  tr("A session lasts between 5 and 480 minutes, with up to 120 minutes of "
                     "cleanup.")};
        return false;
    }
    const qint64 end = booking.startsAt + qint64(booking.minutes + booking.cleanupMinutes) * 60;
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QString conflict;
    if (!findConflict("therapist_id", booking.therapistId, booking.startsAt, end, &conflict, error))
        return false;
    if (!conflict.isEmpty()) {
        *error = {StorageError::Code::Refused,
                  tr("The therapist is already busy at that time: %1.").arg(conflict)};
        return false;
    }
    if (!findConflict("room_id", booking.roomId, booking.startsAt, end, &conflict, error))
        return false;
    if (!conflict.isEmpty()) {
        *error = {StorageError::Code::Refused,
                  tr("The room is already taken at that time: %1.").arg(conflict)};
        return false;
    }
    const qint64 now = m_database.clock().nowSecs();
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO bookings (client_id, service_id, therapist_id, room_id, starts_at, minutes, "
        "cleanup_minutes, ends_at, created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant user = booking.createdBy > 0 ? QVariant(booking.createdBy) : QVariant();
    for (const QVariant& value :
         {QVariant(booking.clientId), QVariant(booking.serviceId), QVariant(booking.therapistId),
          QVariant(booking.roomId), QVariant(booking.startsAt), QVariant(booking.minutes),
          QVariant(booking.cleanupMinutes), QVariant(end), QVariant(now), user, QVariant(now),
          user})
        insert.addBindValue(value);
    if (!m_database.exec(insert, error, tr("save the booking")))
        return false;
    const qint64 newId = insert.lastInsertId().toLongLong();
    insert.finish();
    if (!transaction.commit(error))
        return false;
    *id = newId;
    return true;
}

bool BookingRepository::exists(qint64 id, StorageError* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM bookings WHERE id = ?"));
    query.addBindValue(id);
    return m_database.exec(query, error, tr("read a booking")) && query.next();
}

QList<AgendaEntry> BookingRepository::agenda(qint64 fromUtc, qint64 toUtc, const QString& language,
                                             StorageError* error) const
{
    QList<AgendaEntry> entries;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT b.id, b.starts_at, b.minutes, b.cleanup_minutes, b.status, b.status_reason, "
        "  c.full_name, s.code, "
        "  COALESCE((SELECT name FROM service_texts WHERE revision_id = s.published_revision_id "
        "            ORDER BY language = :language DESC, language = 'en' DESC LIMIT 1), s.code), "
        "  t.display_name, r.name, k.outcome, b.client_id, b.service_id, b.therapist_id, "
        "  b.room_id "
        "FROM bookings b "
        "JOIN clients c ON c.id = b.client_id "
        "JOIN services s ON s.id = b.service_id "
        "JOIN therapists t ON t.id = b.therapist_id "
        "JOIN rooms r ON r.id = b.room_id "
        "LEFT JOIN checkins k ON k.booking_id = b.id "
        "WHERE b.starts_at >= :from AND b.starts_at < :to "
        "ORDER BY b.starts_at, t.display_name"));
    query.bindValue(QStringLiteral(":language"), language);
    query.bindValue(QStringLiteral(":from"), fromUtc);
    query.bindValue(QStringLiteral(":to"), toUtc);
    if (!m_database.exec(query, error, tr("read the bookings")))
        return entries;
    while (query.next()) {
        AgendaEntry e;
        e.id = query.value(0).toLongLong();
        e.startsAt = query.value(1).toLongLong();
        e.minutes = query.value(2).toInt();
        e.cleanupMinutes = query.value(3).toInt();
        e.status = query.value(4).toString();
        e.statusReason = query.value(5).toString();
        e.clientName = query.value(6).toString();
        e.serviceCode = query.value(7).toString();
        e.serviceName = query.value(8).toString();
        e.therapistName = query.value(9).toString();
        e.roomName = query.value(10).toString();
        e.checkinOutcome = query.value(11).toString();
        e.clientId = query.value(12).toLongLong();
        e.serviceId = query.value(13).toLongLong();
        e.therapistId = query.value(14).toLongLong();
        e.roomId = query.value(15).toLongLong();
        entries.append(e);
    }
    return entries;
}
