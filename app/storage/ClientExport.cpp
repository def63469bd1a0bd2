#include "storage/ClientDataRights.h"

#include "core/Clock.h"
#include "core/PrecautionRules.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SealingRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {

// A time (seconds, or a server's timestamptz) as ISO 8601 ("2026-11-25T09:00:00Z"); null for
// "never".
QJsonValue utc(const QVariant& time)
{
    const qint64 secs = SqlDialect::secsFrom(time);
    if (secs == 0)
        return QJsonValue::Null;
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::ISODate);
}

QJsonValue textOrNull(const QVariant& value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

// The stored answers ({"answers": {id: bool}}) with each question's wording in `language`, in
// the rule set's order; ids the rules no longer know keep their id as the wording.
QJsonArray answersWithQuestions(const QString& json, const QString& language)
{
    const QJsonObject stored =
        QJsonDocument::fromJson(json.toUtf8()).object().value(QLatin1String("answers")).toObject();
    QJsonArray answers;
    QStringList done;
    const auto add = [&](const QString& id, const QString& question) {
        answers.append(QJsonObject{{QStringLiteral("question_id"), id},
                                   {QStringLiteral("question"), question},
                                   {QStringLiteral("answer"), stored.value(id).toBool()}});
        done << id;
    };
    for (const PrecautionQuestion& q : PrecautionRules::builtIn().questions()) {
        if (stored.contains(q.id))
            add(q.id, q.textsIn(language).question);
    }
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        if (!done.contains(it.key()))
            add(it.key(), it.key());
    }
    return answers;
}

} // namespace

bool ClientDataRights::exportClient(qint64 clientId, QJsonObject* out, StorageError* error)
{
    StorageError ignored; // an earlier erasure's compaction: retried, never in the way
    finishPendingCompaction(&ignored);

    const QTimeZone zone = SettingsRepository(m_database).timeZone();
    WriteTransaction transaction(m_database); // the export is audited, so it writes too
    if (!transaction.begin(error) || !m_database.permits(Action::ClientRights, error))
        return false;

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.id, c.full_name, c.phone, c.email, c.language, c.notes, c.created_at, "
        "c.updated_at, c.consent_version, c.consent_at, "
        "COALESCE(NULLIF(u.display_name, ''), u.name), c.consent_withdrawn_at, c.erased_at "
        "FROM clients c LEFT JOIN users u ON u.id = c.consent_by WHERE c.id = ?"));
    query.addBindValue(clientId);
    if (!m_database.exec(query, error, tr("read the client")))
        return false;
    if (!query.next()) {
        *error = {StorageError::Code::NotFound,
                  tr("There is no client with number %1.").arg(clientId)};
        return false;
    }
    if (!query.value(12).isNull()) {
        *error = {StorageError::Code::Refused,
                  tr("Client %1 was erased: nothing personal is left to export.").arg(clientId)};
        return false;
    }
    const QString language = query.value(4).toString();
    const QJsonObject client{{QStringLiteral("id"), clientId},
                             {QStringLiteral("name"), query.value(1).toString()},
                             {QStringLiteral("phone"), query.value(2).toString()},
                             {QStringLiteral("email"), query.value(3).toString()},
                             {QStringLiteral("language"), language},
                             {QStringLiteral("notes"), query.value(5).toString()},
                             {QStringLiteral("created_at"), utc(query.value(6))},
                             {QStringLiteral("updated_at"), utc(query.value(7))}};
    QJsonObject consent{{QStringLiteral("version"), textOrNull(query.value(8))},
                        {QStringLiteral("given_at"), utc(query.value(9))},
                        {QStringLiteral("recorded_by"), textOrNull(query.value(10))},
                        {QStringLiteral("withdrawn_at"), utc(query.value(11))}};
    query.finish();

    // The export's own audit entry first, so the audit part below shows it too.
    if (!AuditLog(m_database)
             .append(m_database.actorName(), QStringLiteral("client.export"), clientId, 0,
                     QString(), error))
        return false;

    // Booking events, by booking.
    QHash<qint64, QJsonArray> events;
    query.prepare(QStringLiteral("SELECT e.booking_id, e.at, e.kind, e.detail FROM booking_events "
                                 "e JOIN bookings b ON b.id = e.booking_id WHERE b.client_id = ? "
                                 "ORDER BY e.at, e.id"));
    query.addBindValue(clientId);
    if (!m_database.exec(query, error, tr("read the client's bookings")))
        return false;
    while (query.next()) {
        events[query.value(0).toLongLong()].append(
            QJsonObject{{QStringLiteral("at"), utc(query.value(1))},
                        {QStringLiteral("kind"), query.value(2).toString()},
                        {QStringLiteral("detail"), query.value(3).toString()}});
    }
    query.finish();

    // Check-ins taken again at the same visit keep the earlier record (migration 7): it is
    // data the centre holds about the client, so it is exported too, by booking.
    QHash<qint64, QJsonArray> replaced;
    // Sealed columns opened with the manager's key; the first that does not open stops it.
    const SealingRepository sealing(m_database);
    StorageError openError;
    const auto open = [&](int column, int idColumn, const char* field) {
        QString plain;
        if (!openError)
            sealing.openValue(QStringLiteral("checkins"), query.value(idColumn).toLongLong(),
                              QLatin1String(field), query.value(column).toString(), &plain,
                              &openError);
        return plain;
    };
    query.prepare(QStringLiteral(
        "SELECT k.booking_id, k.recorded_at, k.superseded_at, k.rule_version, k.outcome, "
        "k.reasons, k.answers, k.avoid_areas, k.notes, k.id FROM checkins k JOIN bookings b ON "
        "b.id = "
        "k.booking_id WHERE b.client_id = ? AND k.superseded_at IS NOT NULL ORDER BY k.id"));
    query.addBindValue(clientId);
    if (!m_database.exec(query, error, tr("read the client's check-ins")))
        return false;
    while (query.next()) {
        replaced[query.value(0).toLongLong()].append(QJsonObject{
            {QStringLiteral("recorded_at"), utc(query.value(1))},
            {QStringLiteral("replaced_at"), utc(query.value(2))},
            {QStringLiteral("rule_version"), query.value(3).toString()},
            {QStringLiteral("outcome"), query.value(4).toString()},
            {QStringLiteral("reasons"),
             QJsonDocument::fromJson(open(5, 9, "reasons").toUtf8()).array()},
            {QStringLiteral("answers"), answersWithQuestions(open(6, 9, "answers"), language)},
            {QStringLiteral("avoid_areas"), open(7, 9, "avoid_areas")},
            {QStringLiteral("notes"), open(8, 9, "notes")}});
    }
    query.finish();
    if (openError) {
        *error = openError;
        return false;
    }

    // Every booking with its check-in, oldest first.
    QJsonArray bookings;
    query.prepare(QStringLiteral(
        "SELECT b.id, s.code, "
        "  COALESCE((SELECT name FROM service_texts WHERE revision_id = s.published_revision_id "
        "            ORDER BY language = ? DESC, language = 'en' DESC LIMIT 1), s.code), "
        "  t.display_name, r.name, b.starts_at, b.minutes, b.status, b.status_reason, "
        "  b.created_at, k.booking_id, k.recorded_at, k.rule_version, k.outcome, k.reasons, "
        "  k.answers, k.avoid_areas, k.notes, k.signed_off_at, k.clearance_at, "
        "  k.clearance_confirmed_by, k.clearance_advice, k.session_note, k.reaction_note, k.id "
        "FROM bookings b JOIN services s ON s.id = b.service_id "
        "JOIN therapists t ON t.id = b.therapist_id JOIN rooms r ON r.id = b.room_id "
        "LEFT JOIN checkins k ON k.booking_id = b.id AND k.superseded_at IS NULL "
        "WHERE b.client_id = ? ORDER BY b.starts_at, b.id"));
    query.addBindValue(language);
    query.addBindValue(clientId);
    if (!m_database.exec(query, error, tr("read the client's bookings")))
        return false;
    while (query.next()) {
        const qint64 bookingId = query.value(0).toLongLong();
        const qint64 startsAt = SqlDialect::secsFrom(query.value(5));
        QJsonObject booking{{QStringLiteral("id"), bookingId},
                            {QStringLiteral("service_code"), query.value(1).toString()},
                            {QStringLiteral("service_name"), query.value(2).toString()},
                            {QStringLiteral("therapist"), query.value(3).toString()},
                            {QStringLiteral("room"), query.value(4).toString()},
                            {QStringLiteral("start"), utc(startsAt)},
                            {QStringLiteral("start_local"),
                             QDateTime::fromSecsSinceEpoch(startsAt, zone).toString(Qt::ISODate)},
                            {QStringLiteral("minutes"), query.value(6).toInt()},
                            {QStringLiteral("status"), query.value(7).toString()},
                            {QStringLiteral("status_reason"), query.value(8).toString()},
                            {QStringLiteral("created_at"), utc(query.value(9))},
                            {QStringLiteral("events"), events.value(bookingId)},
                            {QStringLiteral("checkin"), QJsonValue::Null}};
        if (!query.value(10).isNull()) {
            QJsonObject checkin{{QStringLiteral("recorded_at"), utc(query.value(11))},
                                {QStringLiteral("rule_version"), query.value(12).toString()},
                                {QStringLiteral("outcome"), query.value(13).toString()},
                                {QStringLiteral("reasons"),
                                 QJsonDocument::fromJson(open(14, 24, "reasons").toUtf8()).array()},
                                {QStringLiteral("answers"),
                                 answersWithQuestions(open(15, 24, "answers"), language)},
                                {QStringLiteral("avoid_areas"), open(16, 24, "avoid_areas")},
                                {QStringLiteral("notes"), open(17, 24, "notes")},
                                {QStringLiteral("signed_off_at"), utc(query.value(18))},
                                {QStringLiteral("clearance"), QJsonValue::Null},
                                {QStringLiteral("session_note"), open(22, 24, "session_note")},
                                {QStringLiteral("reaction_note"), open(23, 24, "reaction_note")}};
            if (!query.value(19).isNull()) {
                checkin.insert(
                    QStringLiteral("clearance"),
                    QJsonObject{{QStringLiteral("at"), utc(query.value(19))},
                                {QStringLiteral("confirmed_by"), textOrNull(query.value(20))},
                                {QStringLiteral("advice"),
                                 query.value(21).isNull()
                                     ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(open(21, 24, "clearance_advice"))}});
            }
            booking.insert(QStringLiteral("checkin"), checkin);
        }
        if (replaced.contains(bookingId))
            booking.insert(QStringLiteral("replaced_checkins"), replaced.value(bookingId));
        bookings.append(booking);
    }
    query.finish();
    if (openError) {
        *error = openError;
        return false;
    }

    // The audit entries about the client or one of their bookings; the consent history is
    // the consent entries among them.
    QJsonArray audit;
    QJsonArray history;
    query.prepare(QStringLiteral(
        "SELECT id, at, user_name, kind, booking_id, detail FROM audit_log WHERE client_id = ? "
        "OR booking_id IN (SELECT id FROM bookings WHERE client_id = ?) ORDER BY id"));
    query.addBindValue(clientId);
    query.addBindValue(clientId);
    if (!m_database.exec(query, error, tr("read the audit log")))
        return false;
    while (query.next()) {
        const QString kind = query.value(3).toString();
        audit.append(
            QJsonObject{{QStringLiteral("id"), query.value(0).toLongLong()},
                        {QStringLiteral("at"), utc(query.value(1))},
                        {QStringLiteral("user"), query.value(2).toString()},
                        {QStringLiteral("kind"), kind},
                        {QStringLiteral("booking_id"),
                         query.value(4).isNull() ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(query.value(4).toLongLong())},
                        {QStringLiteral("detail"), query.value(5).toString()}});
        if (kind.startsWith(QLatin1String("client.consent"))) {
            history.append(QJsonObject{{QStringLiteral("at"), utc(query.value(1))},
                                       {QStringLiteral("kind"), kind},
                                       {QStringLiteral("version"), query.value(5).toString()},
                                       {QStringLiteral("by"), query.value(2).toString()}});
        }
    }
    query.finish();
    consent.insert(QStringLiteral("history"), history);

    if (!transaction.commit(error))
        return false;
    *out = QJsonObject{{QStringLiteral("format"), exportFormat()},
                       {QStringLiteral("version"), kExportVersion},
                       {QStringLiteral("exported_at"), utc(m_database.clock().nowSecs())},
                       {QStringLiteral("exported_by"), m_database.actorName().isEmpty()
                                                           ? QStringLiteral("desk")
                                                           : m_database.actorName()},
                       {QStringLiteral("time_zone"), QString::fromUtf8(zone.id())},
                       {QStringLiteral("rule_version"), PrecautionRules::builtIn().version()},
                       {QStringLiteral("client"), client},
                       {QStringLiteral("consent"), consent},
                       {QStringLiteral("bookings"), bookings},
                       {QStringLiteral("audit"), audit}};
    return true;
}
