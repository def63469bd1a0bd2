#include "storage/SessionRepository.h"

#include "core/Clock.h"
#include "core/FreeText.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SealingRepository.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

bool SessionRepository::state(qint64 bookingId, SessionState* state, StorageError* error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT b.status, k.outcome, k.signed_off_at IS NOT NULL, k.clearance_at IS NOT NULL, "
        "k.id FROM bookings b LEFT JOIN checkins k ON k.booking_id = b.id AND k.superseded_at IS "
        "NULL "
        "WHERE b.id = ?"));
    query.addBindValue(bookingId);
    if (!m_database.exec(query, error, tr("read the booking")))
        return false;
    if (!query.next()) {
        *error = {StorageError::Code::NotFound, tr("There is no booking %1.").arg(bookingId)};
        return false;
    }
    SessionState s;
    s.bookingId = bookingId;
    s.status = query.value(0).toString();
    s.hasCheckin = !query.value(1).isNull();
    s.outcome = outcomeFromString(query.value(1).toString()).value_or(Outcome::Proceed);
    s.signedOff = query.value(2).toBool();
    s.clearanceRecorded = query.value(3).toBool();
    s.checkinId = query.value(4).toLongLong();
    *state = s;
    return true;
}

QString SessionRepository::whyNotStart(const SessionState& s)
{
    if (s.status == QLatin1String("in_session"))
        return tr("The session has already started.");
    if (s.status == QLatin1String("referred") || (s.hasCheckin && s.outcome == Outcome::StopRefer))
        return tr("This session must not go ahead: the check-in says stop and refer. The client "
                  "is advised to seek medical attention.");
    if (s.status != QLatin1String("arrived") && s.status != QLatin1String("booked"))
        return tr("Only a booked or arrived session can start.");
    if (!s.hasCheckin)
        return tr("Run the check-in with the client first.");
    if (s.needsClearance() && !s.clearanceRecorded)
        return tr("Clearance from a health professional must be recorded first (or the session "
                  "postponed).");
    if (s.needsSignOff() && !s.signedOff)
        return tr("The therapist must read and sign off the check-in first.");
    return {};
}

bool SessionRepository::changeCheckin(qint64 bookingId, const QString& kind, const QString& sql,
                                      const QVariantList& values, const QString& userName,
                                      StorageError* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(bookingId);
    if (!m_database.exec(query, error, tr("update the check-in")))
        return false;
    QSqlQuery client(m_database.connection());
    client.prepare(QStringLiteral("SELECT client_id FROM bookings WHERE id = ?"));
    client.addBindValue(bookingId);
    if (!m_database.exec(client, error, tr("read the booking")) || !client.next())
        return false;
    return AuditLog(m_database)
        .append(userName, kind, client.value(0).toLongLong(), bookingId, QString(), error);
}

bool SessionRepository::seal(qint64 checkinId, const QString& field, const QString& plain,
                             QString* stored, StorageError* error) const
{
    const SealingRepository sealing(m_database);
    QByteArray publicKey;
    if (!sealing.publicKey(&publicKey, error))
        return false;
    *stored =
        sealing.sealValue(publicKey, QStringLiteral("checkins"), checkinId, field, notNull(plain));
    return true;
}

bool SessionRepository::recordClearance(qint64 bookingId, const QString& confirmedBy,
                                        qint64 confirmedAt, const QString& advice,
                                        const QString& userName, StorageError* error)
{
    const QString who = confirmedBy.simplified();
    if (who.isEmpty()) {
        *error = {StorageError::Code::Refused,
                  tr("Say who confirmed the clearance (up to %1 characters) and what they "
                     "advised (up to %2 characters).")
                      .arg(kMaxConfirmedBy)
                      .arg(kMaxText)};
        return false;
    }
    QString problem = FreeText::problem(who, kMaxConfirmedBy, FreeText::Lines::One,
                                        tr("Who confirmed the clearance"));
    if (problem.isEmpty())
        problem = FreeText::problem(advice.trimmed(), kMaxText, FreeText::Lines::Many,
                                    tr("The health professional's advice"));
    if (!problem.isEmpty()) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }
    if (confirmedAt <= 0 || confirmedAt > m_database.clock().nowSecs() + 60) {
        *error = {StorageError::Code::Refused, tr("The clearance cannot be dated in the future.")};
        return false;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) || !m_database.permits(Action::EnterCheckin, error))
        return false;
    SessionState s;
    if (!state(bookingId, &s, error))
        return false;
    // A clearance on a stop-and-refer closes the referral for the client's later visits
    // (DESIGN 2.2); this session still never starts.
    const bool referral = s.hasCheckin && s.outcome == Outcome::StopRefer;
    if (!referral && (!s.needsClearance() || s.status != QLatin1String("arrived"))) {
        *error = {StorageError::Code::Refused,
                  tr("Booking %1 does not need clearance: only an arrived client whose check-in "
                     "says \"needs clearance\", or a stop-and-refer, does.")
                      .arg(bookingId)};
        return false;
    }
    QString sealedAdvice;
    if (!seal(s.checkinId, QStringLiteral("clearance_advice"), advice.trimmed(), &sealedAdvice,
              error) ||
        !changeCheckin(
            bookingId, QStringLiteral("checkin.clearance"),
            QStringLiteral("UPDATE checkins SET clearance_confirmed_by = ?, "
                           "clearance_at = ?, clearance_advice = ? WHERE booking_id = ? AND "
                           "superseded_at IS NULL"),
            {who, m_database.timeValue(confirmedAt), sealedAdvice}, userName, error))
        return false;
    return transaction.commit(error);
}

bool SessionRepository::signOff(qint64 bookingId, const QString& userName, StorageError* error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) || !m_database.permits(Action::TherapistSteps, error))
        return false;
    SessionState s;
    if (!state(bookingId, &s, error))
        return false;
    if (!s.needsSignOff() || s.status != QLatin1String("arrived")) {
        *error = {StorageError::Code::Refused,
                  tr("Booking %1 has nothing to sign off: sign-off is for an arrived client whose "
                     "check-in says \"adapt\" or \"needs clearance\".")
                      .arg(bookingId)};
        return false;
    }
    if (!changeCheckin(bookingId, QStringLiteral("checkin.signoff"),
                       QStringLiteral("UPDATE checkins SET signed_off_at = ? WHERE booking_id = ? "
                                      "AND superseded_at IS NULL"),
                       {m_database.nowValue()}, userName, error))
        return false;
    return transaction.commit(error);
}

bool SessionRepository::start(qint64 bookingId, const QString& userName, StorageError* error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) || !m_database.permits(Action::TherapistSteps, error))
        return false;
    SessionState s;
    if (!state(bookingId, &s, error))
        return false;
    const QString why = whyNotStart(s);
    if (!why.isEmpty()) {
        *error = {StorageError::Code::Refused, why};
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE bookings SET status = 'in_session', updated_at = ? WHERE id = ?"));
    query.addBindValue(m_database.nowValue());
    query.addBindValue(bookingId);
    if (!m_database.exec(query, error, tr("start the session")))
        return false;
    QSqlQuery event(m_database.connection());
    event.prepare(QStringLiteral("INSERT INTO booking_events (booking_id, at, kind, detail) "
                                 "VALUES (?, ?, 'started', ?)"));
    event.addBindValue(bookingId);
    event.addBindValue(m_database.nowValue());
    event.addBindValue(notNull(userName));
    if (!m_database.exec(event, error, tr("start the session")))
        return false;
    return transaction.commit(error);
}

bool SessionRepository::finish(qint64 bookingId, const QString& note, const QString& reaction,
                               const QString& userName, StorageError* error)
{
    QString problem =
        FreeText::problem(note.trimmed(), kMaxText, FreeText::Lines::Many, tr("The session note"));
    if (problem.isEmpty())
        problem = FreeText::problem(reaction.trimmed(), kMaxText, FreeText::Lines::Many,
                                    tr("The note on the client's reaction"));
    if (!problem.isEmpty()) {
        *error = {StorageError::Code::Refused, problem};
        return false;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) || !m_database.permits(Action::TherapistSteps, error))
        return false;
    SessionState s;
    if (!state(bookingId, &s, error))
        return false;
    if (s.status != QLatin1String("in_session")) {
        *error = {StorageError::Code::Refused, tr("Only a session under way can be finished.")};
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE bookings SET status = 'completed', updated_at = ? WHERE id = ?"));
    query.addBindValue(m_database.nowValue());
    query.addBindValue(bookingId);
    if (!m_database.exec(query, error, tr("finish the session")))
        return false;
    QString sealedNote, sealedReaction;
    if (!seal(s.checkinId, QStringLiteral("session_note"), note.trimmed(), &sealedNote, error) ||
        !seal(s.checkinId, QStringLiteral("reaction_note"), reaction.trimmed(), &sealedReaction,
              error) ||
        !changeCheckin(bookingId, QStringLiteral("checkin.session_note"),
                       QStringLiteral("UPDATE checkins SET session_note = ?, reaction_note = ? "
                                      "WHERE booking_id = ? AND superseded_at IS NULL"),
                       {sealedNote, sealedReaction}, userName, error))
        return false;
    return transaction.commit(error);
}
