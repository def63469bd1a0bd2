#include "storage/CheckinRepository.h"

#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString answersToJson(const CheckInAnswers& answers)
{
    QJsonObject values;
    for (auto it = answers.answers.constBegin(); it != answers.answers.constEnd(); ++it)
        values.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("answers"), values}})
                                 .toJson(QJsonDocument::Compact));
}

QHash<QString, bool> answersFromJson(const QString& json)
{
    QHash<QString, bool> answers;
    const QJsonObject values =
        QJsonDocument::fromJson(json.toUtf8()).object().value(QLatin1String("answers")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        answers.insert(it.key(), it.value().toBool());
    return answers;
}

} // namespace

bool CheckinRepository::record(qint64 bookingId, const CheckInAnswers& answers,
                               const QString& userName, Evaluation* evaluation, StorageError* error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) ||
        !m_database.permitsOnSession(Action::EnterCheckin, bookingId, error))
        return false;
    QSqlQuery booking(m_database.connection());
    booking.prepare(QStringLiteral(
        "SELECT b.status, s.code, b.client_id, c.erased_at IS NOT NULL, c.consent_version IS NOT "
        "NULL AND c.consent_withdrawn_at IS NULL, c.consent_withdrawn_at IS NOT NULL FROM "
        "bookings b JOIN services s ON s.id = b.service_id JOIN clients c ON c.id = b.client_id "
        "WHERE b.id = ?"));
    booking.addBindValue(bookingId);
    if (!m_database.exec(booking, error, tr("read the booking")))
        return false;
    if (!booking.next()) {
        *error = {StorageError::Code::NotFound, tr("There is no booking %1.").arg(bookingId)};
        return false;
    }
    const QString status = booking.value(0).toString();
    const QString serviceCode = booking.value(1).toString();
    const qint64 clientId = booking.value(2).toLongLong();
    const bool erased = booking.value(3).toBool();
    const bool consent = booking.value(4).toBool();
    const bool withdrawn = booking.value(5).toBool();
    booking.finish();
    // Health answers are processed only with the client's data-processing consent in force.
    if (erased) {
        *error = {
            StorageError::Code::Refused,
            tr("Client %1's data was erased: no check-in can be recorded for them.").arg(clientId)};
        return false;
    }
    if (!consent) {
        *error = {StorageError::Code::Refused,
                  withdrawn ? tr("Client %1 withdrew their data-processing consent: no check-in "
                                 "can be recorded until they give it again.")
                                  .arg(clientId)
                            : tr("Client %1 has not given their data-processing consent yet: "
                                 "record it on the Clients page before the check-in.")
                                  .arg(clientId)};
        return false;
    }
    if (status != QLatin1String("booked") && status != QLatin1String("arrived")) {
        *error = {StorageError::Code::Refused,
                  tr("Booking %1 cannot be checked in: it is %2. Only booked or arrived sessions "
                     "take a check-in.")
                      .arg(bookingId)
                      .arg(status)};
        return false;
    }

    const PrecautionRules& rules = PrecautionRules::builtIn();
    *evaluation = PrecautionEngine::evaluate(rules, serviceCode, answers.answers);
    QString problem;
    if (!PrecautionEngine::isAcceptable(*evaluation, &problem)) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }

    const qint64 now = m_database.clock().nowSecs();
    // A new check-in replaces an earlier one for the same visit, and with it any sign-off or
    // clearance: they were given for different answers.
    QSqlQuery store(m_database.connection());
    store.prepare(QStringLiteral(
        "INSERT INTO checkins (booking_id, answers, avoid_areas, notes, outcome, reasons, "
        "rule_version, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (booking_id) DO UPDATE SET answers = excluded.answers, avoid_areas = "
        "excluded.avoid_areas, notes = excluded.notes, outcome = excluded.outcome, reasons = "
        "excluded.reasons, rule_version = excluded.rule_version, recorded_at = "
        "excluded.recorded_at, signed_off_by = NULL, signed_off_at = NULL, "
        "clearance_confirmed_by = NULL, clearance_at = NULL, clearance_advice = NULL, "
        "clearance_recorded_by = NULL"));
    store.addBindValue(bookingId);
    store.addBindValue(answersToJson(answers));
    store.addBindValue(answers.avoidAreas.isNull() ? QStringLiteral("") : answers.avoidAreas);
    store.addBindValue(answers.notes.isNull() ? QStringLiteral("") : answers.notes);
    store.addBindValue(outcomeToString(evaluation->outcome));
    store.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(evaluation->reasons))
                              .toJson(QJsonDocument::Compact)));
    store.addBindValue(evaluation->ruleVersion);
    store.addBindValue(now);
    if (!m_database.exec(store, error, tr("save the check-in")))
        return false;

    QSqlQuery move(m_database.connection());
    move.prepare(QStringLiteral("UPDATE bookings SET status = ?, status_reason = ?, updated_at = ? "
                                "WHERE id = ?"));
    const bool referred = evaluation->outcome == Outcome::StopRefer;
    move.addBindValue(referred ? QStringLiteral("referred") : QStringLiteral("arrived"));
    move.addBindValue(referred ? QStringLiteral("stop_refer check-in") : QStringLiteral(""));
    move.addBindValue(now);
    move.addBindValue(bookingId);
    if (!m_database.exec(move, error, tr("update the booking")))
        return false;

    // The audit entry names the outcome level only, never the answers.
    if (!AuditLog(m_database)
             .append(userName, QStringLiteral("checkin.write"), clientId, bookingId,
                     outcomeToString(evaluation->outcome), error))
        return false;
    return transaction.commit(error);
}

bool CheckinRepository::read(qint64 bookingId, const QString& userName, StoredCheckin* checkin,
                             StorageError* error)
{
    WriteTransaction transaction(m_database); // the read is audited, so it writes too
    if (!transaction.begin(error) || !m_database.permits(Action::ReadCheckinAnswers, error))
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT k.answers, k.avoid_areas, k.notes, k.outcome, k.reasons, k.rule_version, "
        "k.recorded_at, k.signed_off_at, k.clearance_at, k.clearance_confirmed_by, "
        "k.clearance_advice, b.client_id, s.code, b.starts_at FROM checkins k JOIN bookings b ON "
        "b.id = k.booking_id JOIN services s ON s.id = b.service_id WHERE k.booking_id = ?"));
    query.addBindValue(bookingId);
    if (!m_database.exec(query, error, tr("read the check-in")))
        return false;
    if (!query.next()) {
        *error = {StorageError::Code::NotFound,
                  tr("Booking %1 has no check-in yet.").arg(bookingId)};
        return false;
    }
    StoredCheckin c;
    c.bookingId = bookingId;
    c.answers.answers = answersFromJson(query.value(0).toString());
    c.answers.avoidAreas = query.value(1).toString();
    c.answers.notes = query.value(2).toString();
    c.outcome = outcomeFromString(query.value(3).toString()).value_or(Outcome::Proceed);
    for (const QJsonValue& reason :
         QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array())
        c.reasons << reason.toString();
    c.ruleVersion = query.value(5).toString();
    c.recordedAt = query.value(6).toLongLong();
    c.signedOffAt = query.value(7).toLongLong();
    c.clearanceAt = query.value(8).toLongLong();
    c.clearanceBy = query.value(9).toString();
    c.clearanceAdvice = query.value(10).toString();
    c.clientId = query.value(11).toLongLong();
    c.serviceCode = query.value(12).toString();
    const qint64 startsAt = query.value(13).toLongLong();
    query.finish();

    // The client's previous check-in: the latest one for an earlier booking.
    query.prepare(QStringLiteral(
        "SELECT k.answers FROM checkins k JOIN bookings b ON b.id = k.booking_id WHERE "
        "b.client_id = ? AND b.starts_at < ? AND b.id <> ? ORDER BY b.starts_at DESC LIMIT 1"));
    query.addBindValue(c.clientId);
    query.addBindValue(startsAt);
    query.addBindValue(bookingId);
    if (!m_database.exec(query, error, tr("read the previous check-in")))
        return false;
    if (query.next()) {
        c.hasPrevious = true;
        const QHash<QString, bool> before = answersFromJson(query.value(0).toString());
        for (const PrecautionQuestion& q : PrecautionRules::builtIn().questionsFor(c.serviceCode)) {
            if (before.contains(q.id) && c.answers.answers.contains(q.id) &&
                before.value(q.id) != c.answers.answers.value(q.id))
                c.changedSincePrevious << q.id;
        }
    }
    query.finish();
    if (!AuditLog(m_database)
             .append(userName, QStringLiteral("checkin.read"), c.clientId, bookingId, QString(),
                     error))
        return false;
    if (!transaction.commit(error))
        return false;
    *checkin = c;
    return true;
}

bool CheckinRepository::previousAnswers(qint64 bookingId, const QString& userName,
                                        QHash<QString, bool>* answers, StorageError* error)
{
    answers->clear();
    WriteTransaction transaction(m_database); // the read is audited, so it writes too
    // Earlier answers are health data read afterwards: a receptionist gets none (DESIGN 2.5).
    if (!transaction.begin(error) || !m_database.permits(Action::ReadCheckinAnswers, error))
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT k.answers, b.client_id, k.booking_id FROM bookings this JOIN bookings b ON "
        "b.client_id = this.client_id AND b.starts_at < this.starts_at AND b.id <> this.id "
        "JOIN checkins k ON k.booking_id = b.id WHERE this.id = ? ORDER BY b.starts_at DESC "
        "LIMIT 1"));
    query.addBindValue(bookingId);
    if (!m_database.exec(query, error, tr("read the previous check-in")))
        return false;
    if (!query.next())
        return true; // first visit: nothing read, nothing to audit
    *answers = answersFromJson(query.value(0).toString());
    const qint64 clientId = query.value(1).toLongLong();
    const qint64 previousBooking = query.value(2).toLongLong();
    query.finish();
    if (!AuditLog(m_database)
             .append(userName, QStringLiteral("checkin.read"), clientId, previousBooking,
                     QStringLiteral("previous visit"), error))
        return false;
    return transaction.commit(error);
}

bool CheckinRepository::readOutcome(qint64 bookingId, CheckinOutcome* checkin, StorageError* error)
{
    if (!m_database.permits(Action::ReadCheckinOutcome, error))
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT b.id, b.client_id, s.code, k.outcome, k.rule_version, k.recorded_at, "
        "k.signed_off_at IS NOT NULL AND k.signed_off_at > 0, k.clearance_at IS NOT NULL AND "
        "k.clearance_at > 0 FROM bookings b JOIN services s ON s.id = b.service_id LEFT JOIN "
        "checkins k ON k.booking_id = b.id WHERE b.id = ?"));
    query.addBindValue(bookingId);
    if (!m_database.exec(query, error, tr("read the check-in")))
        return false;
    if (!query.next()) {
        *error = {StorageError::Code::NotFound, tr("There is no booking %1.").arg(bookingId)};
        return false;
    }
    if (query.value(3).isNull()) {
        *error = {StorageError::Code::NotFound,
                  tr("Booking %1 has no check-in yet.").arg(bookingId)};
        return false;
    }
    CheckinOutcome c;
    c.bookingId = bookingId;
    c.clientId = query.value(1).toLongLong();
    c.serviceCode = query.value(2).toString();
    c.outcome = outcomeFromString(query.value(3).toString()).value_or(Outcome::Proceed);
    c.ruleVersion = query.value(4).toString();
    c.recordedAt = query.value(5).toLongLong();
    c.signedOff = query.value(6).toBool();
    c.clearanceRecorded = query.value(7).toBool();
    *checkin = c;
    return true;
}
