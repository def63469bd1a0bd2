#include "storage/BookingRepository.h"

#include "storage/CheckinRepository.h"
#include "storage/Database.h"
#include "storage/ServiceNames.h"
#include "storage/Statement.h"

#include <QDateTime>

#include <QSqlQuery>
#include <QVariant>

bool BookingRepository::exists(qint64 id, StorageError* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM bookings WHERE id = ?"));
    query.addBindValue(id);
    return m_database.exec(query, error, tr("read a booking")) && query.next();
}

bool BookingRepository::mustExist(qint64 id, StorageError* error) const
{
    if (exists(id, error))
        return true;
    if (!error->isError())
        *error = {StorageError::Code::NotFound, tr("There is no booking %1.").arg(id)};
    return false;
}

QList<AgendaEntry> BookingRepository::agenda(qint64 fromUtc, qint64 toUtc, const QString& language,
                                             StorageError* error) const
{
    QList<AgendaEntry> entries;
    // One round trip on a server (Statement); the service names are read afterwards, once per
    // service (ServiceNames).
    Statement query(m_database);
    query.prepare(
        QStringLiteral(
            "SELECT b.id, %2, b.minutes, b.cleanup_minutes, b.status, b.status_reason, "
            "  c.full_name, s.code, t.display_name, r.name, k.outcome, b.client_id, "
            "  b.service_id, b.therapist_id, b.room_id, "
            // The client's open referral, as CheckinRepository::openReferral reads it; only for
            // sessions still to check in or start, and only for clients with a referred booking
            // (index bookings_referred_by_client), so the history costs nothing.
            "  CASE WHEN b.status IN ('booked', 'arrived') AND EXISTS (SELECT 1 FROM bookings rf "
            "    WHERE rf.client_id = b.client_id AND rf.status = 'referred') THEN ("
            "    SELECT rb.id || ' ' || %3 FROM bookings rb "
            "    JOIN checkins r ON r.booking_id = rb.id AND r.outcome = 'stop_refer' "
            "    WHERE rb.client_id = b.client_id AND rb.id <> b.id AND %1 "
            "    ORDER BY r.recorded_at DESC, r.id DESC LIMIT 1) END, b.version "
            "FROM bookings b "
            "JOIN clients c ON c.id = b.client_id "
            "JOIN services s ON s.id = b.service_id "
            "JOIN therapists t ON t.id = b.therapist_id "
            "JOIN rooms r ON r.id = b.room_id "
            "LEFT JOIN checkins k ON k.booking_id = b.id AND k.superseded_at IS NULL "
            "WHERE b.starts_at >= ? AND b.starts_at < ? "
            "ORDER BY b.starts_at, t.display_name")
            .arg(CheckinRepository::referralStillOpenSql(),
                 m_database.dialect().secs(QStringLiteral("b.starts_at")),
                 m_database.dialect().secs(QStringLiteral("r.recorded_at"))));
    query.addBindValue(m_database.timeValue(fromUtc));
    query.addBindValue(m_database.timeValue(toUtc));
    if (!query.exec(error, tr("read the bookings")))
        return entries;
    QSet<qint64> services;
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
        e.therapistName = query.value(8).toString();
        e.roomName = query.value(9).toString();
        e.checkinOutcome = query.value(10).toString();
        e.clientId = query.value(11).toLongLong();
        e.serviceId = query.value(12).toLongLong();
        e.therapistId = query.value(13).toLongLong();
        e.roomId = query.value(14).toLongLong();
        e.version = query.value(16).toLongLong();
        const QStringList referral = query.value(15).toString().split(QLatin1Char(' '));
        if (referral.size() == 2) {
            e.referralBookingId = referral.at(0).toLongLong();
            e.referralDay = QDateTime::fromSecsSinceEpoch(referral.at(1).toLongLong(), m_zone)
                                .date()
                                .toString(Qt::ISODate);
        }
        services.insert(e.serviceId);
        entries.append(e);
    }
    query.finish();
    QHash<qint64, QString> names;
    if (!ServiceNames::read(m_database, language, services, &names, error))
        return {};
    for (AgendaEntry& e : entries) {
        e.serviceName = names.value(e.serviceId);
        if (e.serviceName.isEmpty())
            e.serviceName = e.serviceCode;
    }
    return entries;
}

QHash<qint64, BookingRevision> BookingRepository::revisions(qint64 fromUtc, qint64 toUtc,
                                                            StorageError* error) const
{
    QHash<qint64, BookingRevision> revisions;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT b.id, %1, %2, "
                       "  (SELECT COUNT(*) FROM booking_events e WHERE e.booking_id = b.id "
                       "   AND e.kind <> 'created') "
                       "FROM bookings b WHERE b.starts_at >= :from AND b.starts_at < :to")
            .arg(m_database.dialect().secs(QStringLiteral("b.created_at")),
                 m_database.dialect().secs(QStringLiteral("b.updated_at"))));
    query.bindValue(QStringLiteral(":from"), m_database.timeValue(fromUtc));
    query.bindValue(QStringLiteral(":to"), m_database.timeValue(toUtc));
    if (!m_database.exec(query, error, tr("read the bookings")))
        return revisions;
    while (query.next()) {
        revisions.insert(query.value(0).toLongLong(),
                         BookingRevision{query.value(1).toLongLong(), query.value(2).toLongLong(),
                                         query.value(3).toInt()});
    }
    return revisions;
}
