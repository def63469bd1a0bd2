#include "storage/StopAcknowledgements.h"

#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

bool StopAcknowledgements::acknowledged(qint64 therapistId, const QList<qint64>& checkinIds,
                                        QSet<qint64>* result, StorageError* error) const
{
    result->clear();
    if (checkinIds.isEmpty() || therapistId <= 0)
        return true;
    QStringList marks;
    for (int i = 0; i < checkinIds.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT checkin_id FROM stop_acknowledgements WHERE "
                                 "therapist_id = ? AND checkin_id IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
    query.addBindValue(therapistId);
    for (qint64 id : checkinIds)
        query.addBindValue(id);
    if (!m_database.exec(query, error, tr("read which alerts were acknowledged")))
        return false;
    while (query.next())
        result->insert(query.value(0).toLongLong());
    return true;
}

bool StopAcknowledgements::acknowledge(qint64 therapistId, qint64 bookingId,
                                       const QString& userName, StorageError* error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) ||
        !m_database.permitsOnSession(Action::TherapistSteps, bookingId, error))
        return false;
    QSqlQuery read(m_database.connection());
    read.prepare(QStringLiteral(
        "SELECT k.id, k.outcome, b.therapist_id, b.client_id FROM bookings b LEFT JOIN checkins k "
        "ON k.booking_id = b.id AND k.superseded_at IS NULL WHERE b.id = ?"));
    read.addBindValue(bookingId);
    if (!m_database.exec(read, error, tr("read the booking")))
        return false;
    if (!read.next()) {
        *error = {StorageError::Code::NotFound, tr("There is no booking %1.").arg(bookingId)};
        return false;
    }
    const qint64 checkinId = read.value(0).toLongLong();
    if (read.value(1).toString() != QLatin1String("stop_refer")) {
        *error = {StorageError::Code::Refused,
                  tr("Booking %1 has no stop-and-refer check-in to acknowledge.").arg(bookingId)};
        return false;
    }
    if (read.value(2).toLongLong() != therapistId) {
        *error = {StorageError::Code::Refused,
                  tr("Booking %1 is another therapist's session.").arg(bookingId)};
        return false;
    }
    const qint64 clientId = read.value(3).toLongLong();
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO stop_acknowledgements (therapist_id, checkin_id, booking_id, "
        "acknowledged_at, user_name) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    insert.addBindValue(therapistId);
    insert.addBindValue(checkinId);
    insert.addBindValue(bookingId);
    insert.addBindValue(m_database.nowValue());
    insert.addBindValue(userName.isNull() ? QStringLiteral("") : userName);
    if (!m_database.exec(insert, error, tr("record the acknowledgement")))
        return false;
    // Acknowledged before (on another PC): nothing new to audit.
    if (insert.numRowsAffected() > 0 &&
        !AuditLog(m_database)
             .append(userName, QStringLiteral("checkin.stop_acknowledged"), clientId, bookingId,
                     QString(), error))
        return false;
    return transaction.commit(error);
}
