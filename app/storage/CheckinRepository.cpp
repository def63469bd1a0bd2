#include "storage/CheckinRepository.h"

#include "core/Clock.h"
#include "core/FreeText.h"
#include "storage/AuditLog.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/SealingRepository.h"
#include "storage/SettingsRepository.h"
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
    // Stored exactly as typed, or refused before anything is read.
    QString problem = FreeText::problem(answers.avoidAreas, kMaxAvoidAreas, FreeText::Lines::One,
                                        tr("The areas to avoid"));
    if (problem.isEmpty())
        problem = FreeText::problem(answers.notes, kMaxNotes, FreeText::Lines::Many,
                                    tr("The check-in notes"));
    if (!problem.isEmpty()) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) ||
        !m_database.permitsOnSession(Action::EnterCheckin, bookingId, error))
        return false;
    QSqlQuery booking(m_database.connection());
    booking.prepare(QStringLiteral(
        "SELECT b.status, s.code, b.client_id, c.erased_at IS NOT NULL, c.consent_version IS NOT "
        "NULL AND c.consent_withdrawn_at IS NULL, c.consent_withdrawn_at IS NOT NULL, "
        "b.starts_at FROM "
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
    const qint64 startsAt = SqlDialect::secsFrom(booking.value(6));
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

    // The answers are about the client on the day (DESIGN 2.2): a check-in for another day
    // would describe a different visit.
    const qint64 now = m_database.clock().nowSecs();
    const QTimeZone zone = SettingsRepository(m_database).timeZone();
    const QDate sessionDay = QDateTime::fromSecsSinceEpoch(startsAt, zone).date();
    const QDate today = QDateTime::fromSecsSinceEpoch(now, zone).date();
    if (sessionDay != today) {
        *error = {StorageError::Code::Refused,
                  tr("Booking %1 is on %2, and a check-in is taken on the session's day (today "
                     "is %3 at the centre).")
                      .arg(bookingId)
                      .arg(sessionDay.toString(Qt::ISODate), today.toString(Qt::ISODate))};
        return false;
    }

    std::optional<OpenReferral> referral;
    if (!openReferral(clientId, &referral, error, bookingId))
        return false;
    const PrecautionRules& rules = PrecautionRules::builtIn();
    *evaluation = PrecautionEngine::evaluate(rules, serviceCode, answers.answers, referral);
    if (!PrecautionEngine::isAcceptable(*evaluation, &problem)) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }

    // A new check-in for the same visit is a new record, without the earlier one's sign-off
    // or clearance (given for different answers); the earlier one stays, marked superseded.
    // (The booking is booked or arrived, so it is never a stop-and-refer: the database
    // refuses to replace one.)
    QSqlQuery supersede(m_database.connection());
    supersede.prepare(QStringLiteral("UPDATE checkins SET superseded_at = ? WHERE booking_id = ? "
                                     "AND superseded_at IS NULL"));
    supersede.addBindValue(m_database.timeValue(now));
    supersede.addBindValue(bookingId);
    if (!m_database.exec(supersede, error, tr("save the check-in")))
        return false;
    // Sealed to the centre's key when sealing is on, each value bound to this row's id, which
    // is therefore chosen before the insert.
    const SealingRepository sealing(m_database);
    QByteArray publicKey;
    QSqlQuery next(m_database.connection());
    if (!sealing.publicKey(&publicKey, error) ||
        !next.exec(m_database.dialect().nextId(QStringLiteral("checkins"))) || !next.next()) {
        if (!*error)
            *error = m_database.errorFrom(next, tr("save the check-in"));
        return false;
    }
    const qint64 checkinId = next.value(0).toLongLong();
    next.finish();
    const auto sealed = [&](const QString& field, const QString& plain) {
        return sealing.sealValue(publicKey, QStringLiteral("checkins"), checkinId, field,
                                 plain.isNull() ? QStringLiteral("") : plain);
    };
    QSqlQuery store(m_database.connection());
    store.prepare(QStringLiteral(
        "INSERT INTO checkins (id, booking_id, answers, avoid_areas, notes, outcome, reasons, "
        "rule_version, recorded_at, referral_checkin_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    store.addBindValue(checkinId);
    store.addBindValue(bookingId);
    store.addBindValue(sealed(QStringLiteral("answers"), answersToJson(answers)));
    store.addBindValue(sealed(QStringLiteral("avoid_areas"), answers.avoidAreas));
    store.addBindValue(sealed(QStringLiteral("notes"), answers.notes));
    store.addBindValue(outcomeToString(evaluation->outcome));
    store.addBindValue(
        sealed(QStringLiteral("reasons"),
               QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(evaluation->reasons))
                                     .toJson(QJsonDocument::Compact))));
    store.addBindValue(evaluation->ruleVersion);
    store.addBindValue(m_database.timeValue(now));
    store.addBindValue(referral ? QVariant(referral->checkinId)
                                : QVariant(QMetaType(QMetaType::LongLong)));
    if (!m_database.exec(store, error, tr("save the check-in")))
        return false;

    QSqlQuery move(m_database.connection());
    move.prepare(QStringLiteral("UPDATE bookings SET status = ?, status_reason = ?, updated_at = ? "
                                "WHERE id = ?"));
    const bool referred = evaluation->outcome == Outcome::StopRefer;
    move.addBindValue(referred ? QStringLiteral("referred") : QStringLiteral("arrived"));
    move.addBindValue(referred ? QStringLiteral("stop_refer check-in") : QStringLiteral(""));
    move.addBindValue(m_database.timeValue(now));
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
        "k.clearance_advice, b.client_id, s.code, b.starts_at, r.id, r.booking_id, r.recorded_at, "
        "rs.code, k.id FROM checkins k JOIN bookings b ON b.id = k.booking_id JOIN services s ON "
        "s.id = "
        "b.service_id LEFT JOIN checkins r ON r.id = k.referral_checkin_id LEFT JOIN bookings rb "
        "ON rb.id = r.booking_id LEFT JOIN services rs ON rs.id = rb.service_id "
        "WHERE k.booking_id = ? AND k.superseded_at IS NULL"));
    query.addBindValue(bookingId);
    if (!m_database.exec(query, error, tr("read the check-in")))
        return false;
    if (!query.next()) {
        if (BookingRepository(m_database, QTimeZone::utc()).mustExist(bookingId, error))
            *error = {StorageError::Code::NotFound,
                      tr("Booking %1 has no check-in yet.").arg(bookingId)};
        return false;
    }
    StoredCheckin c;
    c.bookingId = bookingId;
    // Opened here, with the reader's key, or the whole read is refused.
    const SealingRepository sealing(m_database);
    const qint64 checkinId = query.value(18).toLongLong();
    QString answersJson, reasonsJson, advice;
    const auto open = [&](const char* field, int column, QString* plain) {
        return sealing.openValue(QStringLiteral("checkins"), checkinId, QLatin1String(field),
                                 query.value(column).toString(), plain, error);
    };
    if (!open("answers", 0, &answersJson) || !open("avoid_areas", 1, &c.answers.avoidAreas) ||
        !open("notes", 2, &c.answers.notes) || !open("reasons", 4, &reasonsJson) ||
        !open("clearance_advice", 10, &advice))
        return false;
    c.answers.answers = answersFromJson(answersJson);
    c.outcome = outcomeFromString(query.value(3).toString()).value_or(Outcome::Proceed);
    for (const QJsonValue& reason : QJsonDocument::fromJson(reasonsJson.toUtf8()).array())
        c.reasons << reason.toString();
    c.ruleVersion = query.value(5).toString();
    c.recordedAt = SqlDialect::secsFrom(query.value(6));
    c.signedOffAt = SqlDialect::secsFrom(query.value(7));
    c.clearanceAt = SqlDialect::secsFrom(query.value(8));
    c.clearanceBy = query.value(9).toString();
    c.clearanceAdvice = query.value(10).isNull() ? QString() : advice;
    c.clientId = query.value(11).toLongLong();
    c.serviceCode = query.value(12).toString();
    const qint64 startsAt = SqlDialect::secsFrom(query.value(13));
    if (!query.value(14).isNull()) {
        OpenReferral referral;
        referral.checkinId = query.value(14).toLongLong();
        referral.bookingId = query.value(15).toLongLong();
        referral.date = QDateTime::fromSecsSinceEpoch(SqlDialect::secsFrom(query.value(16)),
                                                      SettingsRepository(m_database).timeZone())
                            .date();
        referral.serviceCode = query.value(17).toString();
        c.referral = referral;
    }
    query.finish();

    // The client's previous check-in: the latest one for an earlier booking.
    query.prepare(QStringLiteral(
        "SELECT k.answers, k.id FROM checkins k JOIN bookings b ON b.id = k.booking_id WHERE "
        "b.client_id = ? AND b.starts_at < ? AND b.id <> ? AND k.superseded_at IS NULL "
        "ORDER BY b.starts_at DESC LIMIT 1"));
    query.addBindValue(c.clientId);
    query.addBindValue(m_database.timeValue(startsAt));
    query.addBindValue(bookingId);
    if (!m_database.exec(query, error, tr("read the previous check-in")))
        return false;
    if (query.next()) {
        c.hasPrevious = true;
        QString previousJson;
        if (!sealing.openValue(QStringLiteral("checkins"), query.value(1).toLongLong(),
                               QStringLiteral("answers"), query.value(0).toString(), &previousJson,
                               error))
            return false;
        const QHash<QString, bool> before = answersFromJson(previousJson);
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
        "SELECT k.answers, b.client_id, k.booking_id, k.id FROM bookings this JOIN bookings b ON "
        "b.client_id = this.client_id AND b.starts_at < this.starts_at AND b.id <> this.id "
        "JOIN checkins k ON k.booking_id = b.id AND k.superseded_at IS NULL WHERE this.id = ? "
        "ORDER BY b.starts_at DESC LIMIT 1"));
    query.addBindValue(bookingId);
    if (!m_database.exec(query, error, tr("read the previous check-in")))
        return false;
    if (!query.next())
        return true; // first visit: nothing read, nothing to audit
    QString json;
    if (!SealingRepository(m_database)
             .openValue(QStringLiteral("checkins"), query.value(3).toLongLong(),
                        QStringLiteral("answers"), query.value(0).toString(), &json, error))
        return false;
    *answers = answersFromJson(json);
    const qint64 clientId = query.value(1).toLongLong();
    const qint64 previousBooking = query.value(2).toLongLong();
    query.finish();
    if (!AuditLog(m_database)
             .append(userName, QStringLiteral("checkin.read"), clientId, previousBooking,
                     QStringLiteral("previous visit"), error))
        return false;
    return transaction.commit(error);
}

QString CheckinRepository::referralStillOpenSql()
{
    return QStringLiteral(
        "NOT EXISTS (SELECT 1 FROM bookings kb JOIN checkins k ON k.booking_id = kb.id "
        "WHERE kb.client_id = rb.client_id AND k.clearance_at IS NOT NULL "
        "AND (k.recorded_at > r.recorded_at OR (k.recorded_at = r.recorded_at AND k.id >= r.id)))");
}

bool CheckinRepository::openReferral(qint64 clientId, std::optional<OpenReferral>* referral,
                                     StorageError* error, qint64 exceptBooking) const
{
    referral->reset();
    // A clearance on the referral itself, or on any later check-in of the client (which the
    // open referral made needs_clearance and so asked for one), closes it.
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT r.id, rb.id, r.recorded_at, s.code FROM bookings rb "
                       "JOIN checkins r ON r.booking_id = rb.id AND r.outcome = 'stop_refer' "
                       "JOIN services s ON s.id = rb.service_id "
                       "WHERE rb.client_id = ? AND rb.id <> ? AND %1 "
                       "ORDER BY r.recorded_at DESC, r.id DESC LIMIT 1")
            .arg(referralStillOpenSql()));
    query.addBindValue(clientId);
    query.addBindValue(exceptBooking);
    if (!m_database.exec(query, error, tr("read the client's referrals")))
        return false;
    if (!query.next())
        return true;
    OpenReferral found;
    found.checkinId = query.value(0).toLongLong();
    found.bookingId = query.value(1).toLongLong();
    found.date = QDateTime::fromSecsSinceEpoch(SqlDialect::secsFrom(query.value(2)),
                                               SettingsRepository(m_database).timeZone())
                     .date();
    found.serviceCode = query.value(3).toString();
    *referral = found;
    return true;
}

bool CheckinRepository::openReferralForBooking(qint64 bookingId,
                                               std::optional<OpenReferral>* referral,
                                               StorageError* error) const
{
    referral->reset();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT client_id FROM bookings WHERE id = ?"));
    query.addBindValue(bookingId);
    if (!m_database.exec(query, error, tr("read the booking")))
        return false;
    if (!query.next()) {
        *error = {StorageError::Code::NotFound, tr("There is no booking %1.").arg(bookingId)};
        return false;
    }
    const qint64 clientId = query.value(0).toLongLong();
    query.finish();
    return openReferral(clientId, referral, error, bookingId);
}

bool CheckinRepository::readOutcome(qint64 bookingId, CheckinOutcome* checkin, StorageError* error)
{
    if (!m_database.permits(Action::ReadCheckinOutcome, error))
        return false;
    QSqlQuery query(m_database.connection());
    const SqlDialect& dialect = m_database.dialect();
    query.prepare(
        QStringLiteral(
            "SELECT b.id, b.client_id, s.code, k.outcome, k.rule_version, k.recorded_at, "
            "k.signed_off_at IS NOT NULL AND %1 > 0, k.clearance_at IS NOT NULL AND "
            "%2 > 0 FROM bookings b JOIN services s ON s.id = b.service_id LEFT JOIN "
            "checkins k ON k.booking_id = b.id AND k.superseded_at IS NULL WHERE b.id = ?")
            .arg(dialect.secs(QStringLiteral("k.signed_off_at")),
                 dialect.secs(QStringLiteral("k.clearance_at"))));
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
    c.recordedAt = SqlDialect::secsFrom(query.value(5));
    c.signedOff = query.value(6).toBool();
    c.clearanceRecorded = query.value(7).toBool();
    *checkin = c;
    return true;
}
