#include "storage/CallRepository.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/Scheduler.h"
#include "storage/Statement.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace {

// A null QString binds as NULL; these columns hold '' for "nothing".
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

QStringList CallRepository::statuses()
{
    return {QStringLiteral("confirmed"), QStringLiteral("left_message"),
            QStringLiteral("no_answer"), QStringLiteral("cancelled")};
}

QString CallRepository::statusText(const QString& status)
{
    if (status == QLatin1String("confirmed"))
        return tr("confirmed");
    if (status == QLatin1String("left_message"))
        return tr("left a message");
    if (status == QLatin1String("no_answer"))
        return tr("no answer");
    if (status == QLatin1String("cancelled"))
        return tr("cancelled on the call");
    return tr("not called yet");
}

QString CallRepository::statusSymbol(const QString& status)
{
    if (status == QLatin1String("confirmed"))
        return QStringLiteral("\u2714"); // heavy check mark
    if (status == QLatin1String("left_message"))
        return QStringLiteral("\u2709"); // envelope
    if (status == QLatin1String("no_answer"))
        return QStringLiteral("\u260E?"); // telephone, question
    if (status == QLatin1String("cancelled"))
        return QStringLiteral("\u2716"); // heavy multiplication x
    return QString();
}

QList<CallListLine> CallRepository::callList(const QDate& day, const QString& language,
                                             StorageError* error) const
{
    QList<CallListLine> lines;
    if (!day.isValid()) {
        *error = {StorageError::Code::Refused, tr("Choose a day for the call list.")};
        return lines;
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT b.id, b.client_id, %1, b.minutes, b.status, c.full_name, c.phone, "
            "  COALESCE((SELECT name FROM service_texts WHERE revision_id = "
            "s.published_revision_id "
            "            ORDER BY language = ? DESC, language = 'en' DESC LIMIT 1), s.code), "
            "  t.display_name, k.status, %2, k.called_by "
            "FROM bookings b JOIN clients c ON c.id = b.client_id "
            "JOIN services s ON s.id = b.service_id JOIN therapists t ON t.id = b.therapist_id "
            "LEFT JOIN booking_calls k ON k.booking_id = b.id "
            "WHERE b.starts_at >= ? AND b.starts_at < ? AND c.erased_at IS NULL AND "
            "  (b.status IN ('booked', 'arrived') OR k.status = 'cancelled') "
            "ORDER BY b.starts_at, c.full_name, b.id")
            .arg(m_database.dialect().secs(QStringLiteral("b.starts_at")),
                 m_database.dialect().secs(QStringLiteral("k.called_at"))));
    q.addBindValue(language);
    q.addBindValue(m_database.timeValue(day.startOfDay(m_zone).toSecsSinceEpoch()));
    q.addBindValue(m_database.timeValue(day.addDays(1).startOfDay(m_zone).toSecsSinceEpoch()));
    if (!m_database.exec(q, error, tr("read the call list")))
        return lines;
    while (q.next()) {
        CallListLine line;
        line.bookingId = q.value(0).toLongLong();
        line.clientId = q.value(1).toLongLong();
        line.startsAt = SqlDialect::secsFrom(q.value(2));
        line.minutes = q.value(3).toInt();
        line.bookingStatus = q.value(4).toString();
        line.clientName = q.value(5).toString();
        line.phone = q.value(6).toString();
        line.serviceName = q.value(7).toString();
        line.therapistName = q.value(8).toString();
        line.callStatus = q.value(9).toString();
        line.calledAt = SqlDialect::secsFrom(q.value(10));
        line.calledBy = q.value(9).isNull()                ? QString()
                        : q.value(11).toString().isEmpty() ? tr("desk")
                                                           : q.value(11).toString();
        lines << line;
    }
    return lines;
}

bool CallRepository::record(qint64 bookingId, const QString& status, const QString& reason,
                            const QString& userName, StorageError* error)
{
    if (!statuses().contains(status)) {
        *error = {StorageError::Code::Refused,
                  tr("A call is confirmed, left_message, no_answer or cancelled, not \"%1\".")
                      .arg(status)};
        return false;
    }
    if (!m_database.permitsOnSession(Action::Book, bookingId, error))
        return false;
    if (status == QLatin1String("cancelled")) {
        // The scheduler checks the reason and the status, and records who cancelled and why.
        if (reason.trimmed().isEmpty()) {
            *error = {StorageError::Code::Refused,
                      tr("Say why the booking is cancelled (the client's words are enough).")};
            return false;
        }
        if (!Scheduler(m_database, m_zone).cancel(bookingId, reason, userName, error))
            return false;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT status FROM bookings WHERE id = ?"));
    q.addBindValue(bookingId);
    if (!m_database.exec(q, error, tr("read the booking")))
        return false;
    if (!q.next()) {
        *error = {StorageError::Code::NotFound, tr("There is no booking %1.").arg(bookingId)};
        return false;
    }
    const QString bookingStatus = q.value(0).toString();
    q.finish();
    if (status != QLatin1String("cancelled") && bookingStatus != QLatin1String("booked") &&
        bookingStatus != QLatin1String("arrived")) {
        *error = {
            StorageError::Code::Refused,
            tr("Booking %1 is no longer booked: there is nothing to confirm.").arg(bookingId)};
        return false;
    }
    q.prepare(QStringLiteral("DELETE FROM booking_calls WHERE booking_id = ?"));
    q.addBindValue(bookingId);
    if (!m_database.exec(q, error, tr("record the call")))
        return false;
    q.prepare(QStringLiteral("INSERT INTO booking_calls (booking_id, status, called_at, called_by) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(bookingId);
    q.addBindValue(status);
    q.addBindValue(m_database.nowValue());
    q.addBindValue(text(userName.isEmpty() ? m_database.actorName() : userName));
    if (!m_database.exec(q, error, tr("record the call")))
        return false;
    return transaction.commit(error);
}

QHash<qint64, QString> CallRepository::statusesBetween(qint64 fromUtc, qint64 toUtc,
                                                       StorageError* error) const
{
    QHash<qint64, QString> found;
    Statement q(m_database); // each week switch: one round trip on a server
    q.prepare(QStringLiteral("SELECT k.booking_id, k.status FROM booking_calls k JOIN bookings b "
                             "ON b.id = k.booking_id WHERE b.starts_at >= ? AND b.starts_at < ?"));
    q.addBindValue(m_database.timeValue(fromUtc));
    q.addBindValue(m_database.timeValue(toUtc));
    if (!q.exec(error, tr("read the calls")))
        return found;
    while (q.next())
        found.insert(q.value(0).toLongLong(), q.value(1).toString());
    return found;
}
