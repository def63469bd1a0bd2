#include "storage/WaitlistRepository.h"

#include "core/Clock.h"
#include "core/FreeText.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/Statement.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace {

// A null QString binds as NULL; these columns hold '' for "nothing".
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString serviceNameSql()
{
    return QStringLiteral("COALESCE((SELECT name FROM service_texts WHERE revision_id = "
                          "s.published_revision_id ORDER BY language = ? DESC, language = 'en' "
                          "DESC LIMIT 1), s.code)");
}

bool isInactive(const QString& status)
{
    return status == QLatin1String("cancelled") || status == QLatin1String("no_show");
}

qint64 occupiedUntil(const AgendaEntry& e)
{
    return e.startsAt + qint64(e.minutes + e.cleanupMinutes) * 60;
}

// A freed booking's time taken again by an active session of the same therapist.
bool retaken(const QList<AgendaEntry>& agenda, const AgendaEntry& freed)
{
    return std::any_of(agenda.begin(), agenda.end(), [&](const AgendaEntry& o) {
        return !isInactive(o.status) && o.therapistId == freed.therapistId &&
               o.startsAt < occupiedUntil(freed) && freed.startsAt < occupiedUntil(o);
    });
}

} // namespace

QDate WaitlistRepository::today() const
{
    return m_database.clock().nowUtc().toTimeZone(m_zone).date();
}

bool WaitlistRepository::validate(const WaitlistEntry& entry, qint64* serviceId,
                                  StorageError* error) const
{
    const auto refuse = [error](const QString& why) {
        *error = {StorageError::Code::Refused, why};
        return false;
    };
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM clients WHERE id = ? AND erased_at IS NULL"));
    q.addBindValue(entry.clientId);
    if (!m_database.exec(q, error, tr("read the client")))
        return false;
    if (!q.next()) {
        *error = {StorageError::Code::NotFound,
                  tr("There is no client with number %1.").arg(entry.clientId)};
        return false;
    }
    q.finish();
    if (entry.serviceId > 0 && entry.serviceCode.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM services WHERE id = ? AND archived = 0"));
        q.addBindValue(entry.serviceId);
    } else {
        q.prepare(QStringLiteral("SELECT id FROM services WHERE code = ? AND archived = 0"));
        q.addBindValue(entry.serviceCode);
    }
    if (!m_database.exec(q, error, tr("read the service")))
        return false;
    if (!q.next()) {
        *error = {StorageError::Code::NotFound,
                  entry.serviceCode.isEmpty()
                      ? tr("There is no service with number %1.").arg(entry.serviceId)
                      : tr("There is no service \"%1\".").arg(entry.serviceCode)};
        return false;
    }
    *serviceId = q.value(0).toLongLong();
    q.finish();
    for (qint64 therapist : entry.therapistIds) {
        q.prepare(QStringLiteral("SELECT 1 FROM therapists WHERE id = ? AND active = 1"));
        q.addBindValue(therapist);
        if (!m_database.exec(q, error, tr("read the therapists")))
            return false;
        if (!q.next()) {
            *error = {StorageError::Code::NotFound,
                      tr("There is no therapist with number %1.").arg(therapist)};
            return false;
        }
        q.finish();
    }
    if (entry.weekdays < 0 || entry.weekdays > WaitlistMatch::kAllDays)
        return refuse(tr("The days of the week are not valid."));
    for (const WaitlistWindow& w : entry.windows)
        if (w.fromMinute < 0 || w.toMinute > 24 * 60 || w.fromMinute >= w.toMinute)
            return refuse(tr("A time of day must end after it starts, within the day."));
    if (entry.until.isValid() && entry.until < today())
        return refuse(
            tr("The last day (%1) has already passed.").arg(entry.until.toString(Qt::ISODate)));
    const QString problem =
        FreeText::problem(entry.note, kMaxNote, FreeText::Lines::Many, tr("The note"));
    if (!problem.isEmpty())
        return refuse(problem);
    return true;
}

bool WaitlistRepository::writeDetails(qint64 id, const WaitlistEntry& entry, StorageError* error)
{
    QSqlQuery q(m_database.connection());
    for (const QString& table :
         {QStringLiteral("waitlist_therapists"), QStringLiteral("waitlist_windows")}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE entry_id = ?").arg(table));
        q.addBindValue(id);
        if (!m_database.exec(q, error, tr("save the waitlist entry")))
            return false;
    }
    const QList<qint64> therapists(
        QSet<qint64>(entry.therapistIds.begin(), entry.therapistIds.end()).values());
    for (qint64 therapist : therapists) {
        q.prepare(QStringLiteral(
            "INSERT INTO waitlist_therapists (entry_id, therapist_id) VALUES (?, ?)"));
        q.addBindValue(id);
        q.addBindValue(therapist);
        if (!m_database.exec(q, error, tr("save the waitlist entry")))
            return false;
    }
    for (const WaitlistWindow& w : entry.windows) {
        q.prepare(QStringLiteral(
            "INSERT INTO waitlist_windows (entry_id, from_minute, to_minute) VALUES (?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(w.fromMinute);
        q.addBindValue(w.toMinute);
        if (!m_database.exec(q, error, tr("save the waitlist entry")))
            return false;
    }
    return true;
}

bool WaitlistRepository::add(const WaitlistEntry& entry, qint64* id, StorageError* error)
{
    return save(entry, true, id, error);
}

bool WaitlistRepository::update(const WaitlistEntry& entry, StorageError* error)
{
    qint64 id = entry.id;
    return save(entry, false, &id, error);
}

bool WaitlistRepository::save(const WaitlistEntry& entry, bool insert, qint64* id,
                              StorageError* error)
{
    if (!m_database.permits(Action::Book, error))
        return false;
    WriteTransaction transaction(m_database);
    qint64 serviceId = 0;
    if (!transaction.begin(error) || !validate(entry, &serviceId, error))
        return false;
    QSqlQuery q(m_database.connection());
    QVariantList values{
        entry.clientId,
        serviceId,
        entry.weekdays,
        entry.urgent ? 1 : 0,
        text(entry.note),
        entry.until.isValid() ? QVariant(entry.until.toString(Qt::ISODate)) : QVariant()};
    if (insert) {
        q.prepare(QStringLiteral("INSERT INTO waitlist (client_id, service_id, weekdays, urgent, "
                                 "note, until_day, created_at, created_by) VALUES (?, ?, ?, ?, ?, "
                                 "?, ?, ?) RETURNING id"));
        values << m_database.timeValue(entry.createdAt > 0 ? entry.createdAt
                                                           : m_database.clock().nowSecs())
               << text(m_database.actorName());
    } else {
        q.prepare(QStringLiteral("UPDATE waitlist SET client_id = ?, service_id = ?, weekdays = ?, "
                                 "urgent = ?, note = ?, until_day = ? WHERE id = ?"));
        values << entry.id;
    }
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!m_database.exec(q, error, tr("save the waitlist entry")))
        return false;
    if (insert ? !q.next() : q.numRowsAffected() != 1) {
        *error = {StorageError::Code::NotFound, tr("There is no waitlist entry %1.").arg(entry.id)};
        return false;
    }
    const qint64 savedId = insert ? q.value(0).toLongLong() : entry.id;
    q.finish();
    if (!writeDetails(savedId, entry, error) || !transaction.commit(error))
        return false;
    *id = savedId;
    return true;
}

bool WaitlistRepository::remove(qint64 id, StorageError* error)
{
    if (!m_database.permits(Action::Book, error))
        return false;
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM waitlist WHERE id = ?"));
    q.addBindValue(id);
    if (!m_database.exec(q, error, tr("remove the waitlist entry")))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = {StorageError::Code::NotFound, tr("There is no waitlist entry %1.").arg(id)};
        return false;
    }
    return transaction.commit(error);
}

int WaitlistRepository::purgeExpired(StorageError* error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return -1;
    QSqlQuery q(m_database.connection());
    // ISO dates compare as text in date order.
    q.prepare(QStringLiteral("DELETE FROM waitlist WHERE until_day IS NOT NULL AND until_day < ?"));
    q.addBindValue(today().toString(Qt::ISODate));
    if (!m_database.exec(q, error, tr("clean up the waitlist")))
        return -1;
    const int removed = q.numRowsAffected();
    return transaction.commit(error) ? removed : -1;
}

QList<WaitlistEntry> WaitlistRepository::read(const QString& where, const QVariantList& values,
                                              const QString& language, StorageError* error) const
{
    QList<WaitlistEntry> entries;
    Statement q(m_database); // each week switch: one round trip per statement on a server
    q.prepare(
        QStringLiteral("SELECT w.id, w.client_id, c.full_name, c.phone, w.service_id, s.code, %1, "
                       "  (SELECT min(d.minutes) FROM service_durations d "
                       "   WHERE d.revision_id = s.published_revision_id), "
                       "  (SELECT r.cleanup_minutes FROM service_revisions r "
                       "   WHERE r.id = s.published_revision_id), "
                       "  w.weekdays, w.urgent, w.note, w.until_day, w.created_at, w.created_by "
                       "FROM waitlist w JOIN clients c ON c.id = w.client_id "
                       "JOIN services s ON s.id = w.service_id WHERE %2 "
                       "ORDER BY w.urgent DESC, w.created_at, w.id")
            .arg(serviceNameSql(), where));
    q.addBindValue(language);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec(error, tr("read the waitlist")))
        return entries;
    QHash<qint64, int> rowOf;
    while (q.next()) {
        WaitlistEntry e;
        e.id = q.value(0).toLongLong();
        e.clientId = q.value(1).toLongLong();
        e.clientName = q.value(2).toString();
        e.clientPhone = q.value(3).toString();
        e.serviceId = q.value(4).toLongLong();
        e.serviceCode = q.value(5).toString();
        e.serviceName = q.value(6).toString();
        e.sessionMinutes = q.value(7).toInt();
        e.cleanupMinutes = q.value(8).toInt();
        e.weekdays = q.value(9).toInt();
        e.urgent = q.value(10).toInt() != 0;
        e.note = q.value(11).toString();
        e.until = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        e.createdAt = SqlDialect::secsFrom(q.value(13));
        e.createdBy = q.value(14).toString().isEmpty() ? tr("desk") : q.value(14).toString();
        rowOf.insert(e.id, int(entries.size()));
        entries << e;
    }
    q.finish();
    if (entries.isEmpty())
        return entries;
    // The details of every entry: the waitlist is small, so read them whole.
    q.prepare(QStringLiteral("SELECT wt.entry_id, wt.therapist_id, t.display_name FROM "
                             "waitlist_therapists wt JOIN therapists t ON t.id = wt.therapist_id "
                             "ORDER BY t.display_name, t.id"));
    if (!q.exec(error, tr("read the waitlist")))
        return {};
    while (q.next()) {
        const auto row = rowOf.constFind(q.value(0).toLongLong());
        if (row == rowOf.constEnd())
            continue;
        entries[*row].therapistIds << q.value(1).toLongLong();
        entries[*row].therapistNames << q.value(2).toString();
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT entry_id, from_minute, to_minute FROM waitlist_windows "
                             "ORDER BY entry_id, from_minute, to_minute"));
    if (!q.exec(error, tr("read the waitlist")))
        return {};
    while (q.next()) {
        const auto row = rowOf.constFind(q.value(0).toLongLong());
        if (row != rowOf.constEnd())
            entries[*row].windows << WaitlistWindow{q.value(1).toInt(), q.value(2).toInt()};
    }
    return entries;
}

bool WaitlistRepository::find(qint64 id, WaitlistEntry* entry, const QString& language,
                              StorageError* error)
{
    const QList<WaitlistEntry> found =
        read(QStringLiteral("w.id = ?"), {QVariant(id)}, language, error);
    if (found.isEmpty()) {
        if (!error->isError())
            *error = {StorageError::Code::NotFound, tr("There is no waitlist entry %1.").arg(id)};
        return false;
    }
    *entry = found.first();
    return true;
}

QList<WaitlistEntry> WaitlistRepository::list(const Filter& filter, const QString& language,
                                              StorageError* error)
{
    if (purgeExpired(error) < 0)
        return {};
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    if (filter.serviceId > 0) {
        where << QStringLiteral("w.service_id = ?");
        values << filter.serviceId;
    }
    if (filter.urgentOnly)
        where << QStringLiteral("w.urgent = 1");
    if (filter.therapistId > 0) {
        where << QStringLiteral("(NOT EXISTS (SELECT 1 FROM waitlist_therapists x WHERE "
                                "x.entry_id = w.id) OR EXISTS (SELECT 1 FROM waitlist_therapists x "
                                "WHERE x.entry_id = w.id AND x.therapist_id = ?))");
        values << filter.therapistId;
    }
    return read(where.join(QStringLiteral(" AND ")), values, language, error);
}

QList<WaitlistEntry> WaitlistRepository::offers(const FreeSlot& slot, const QString& language,
                                                StorageError* error) const
{
    const QList<WaitlistEntry> all = read(QStringLiteral("1 = 1"), {}, language, error);
    if (all.isEmpty())
        return all;
    // Only services the slot's therapist performs, and a room free for them there: the
    // scheduler would refuse the others.
    const Performed services = performed(error);
    if (error->isError())
        return {};
    const qint64 dayStart = QDateTime(slot.day, QTime(0, 0), m_zone).toSecsSinceEpoch();
    const qint64 dayEnd = QDateTime(slot.day.addDays(1), QTime(0, 0), m_zone).toSecsSinceEpoch();
    const QList<AgendaEntry> agenda =
        BookingRepository(m_database, m_zone).agenda(dayStart - 86400, dayEnd, QString(), error);
    const RoomFit rooms = error->isError() ? RoomFit() : roomFit(agenda, error);
    if (error->isError())
        return {};
    return offersWithRoom(performedBy(all, services, slot.therapistId), slot, rooms, today());
}

QList<WaitlistEntry> WaitlistRepository::performedBy(const QList<WaitlistEntry>& entries,
                                                     const Performed& services, qint64 therapistId)
{
    QList<WaitlistEntry> theirs;
    const QList<qint64> offered = services.value(therapistId);
    for (const WaitlistEntry& e : entries)
        if (offered.contains(e.serviceId))
            theirs << e;
    return theirs;
}

FreeSlot WaitlistRepository::freedSlot(const AgendaEntry& entry) const
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(entry.startsAt, m_zone);
    FreeSlot slot;
    slot.day = start.date();
    slot.fromMinute = start.time().hour() * 60 + start.time().minute();
    slot.toMinute = std::min(24 * 60, slot.fromMinute + entry.minutes + entry.cleanupMinutes);
    slot.therapistId = entry.therapistId;
    return slot;
}

QHash<qint64, int> WaitlistRepository::waitingForFreed(const QList<AgendaEntry>& agenda,
                                                       StorageError* error) const
{
    const qint64 now = m_database.clock().nowSecs();
    if (std::none_of(agenda.begin(), agenda.end(), [now](const AgendaEntry& e) {
            return isInactive(e.status) && e.startsAt >= now;
        }))
        return {};
    const QList<WaitlistEntry> all = read(QStringLiteral("1 = 1"), {}, QString(), error);
    if (all.isEmpty() || error->isError())
        return {};
    const Performed services = performed(error);
    const RoomFit rooms = error->isError() ? RoomFit() : roomFit(agenda, error);
    return error->isError() ? QHash<qint64, int>() : freedCounts(all, services, agenda, rooms);
}

QHash<qint64, int> WaitlistRepository::freedCounts(const QList<WaitlistEntry>& entries,
                                                   const Performed& services,
                                                   const QList<AgendaEntry>& agenda,
                                                   const RoomFit& rooms) const
{
    QHash<qint64, int> waiting;
    const qint64 now = m_database.clock().nowSecs();
    const QDate day = today();
    for (const AgendaEntry& e : agenda) {
        // Past, or taken again by another session of the same therapist: nothing to offer.
        if (!isInactive(e.status) || e.startsAt < now || retaken(agenda, e))
            continue;
        const int n = int(
            offersWithRoom(performedBy(entries, services, e.therapistId), freedSlot(e), rooms, day)
                .size());
        if (n > 0)
            waiting.insert(e.id, n);
    }
    return waiting;
}

bool WaitlistRepository::freedSlotAt(qint64 startsAt, qint64 therapistId, FreeSlot* slot,
                                     StorageError* error) const
{
    if (startsAt < m_database.clock().nowSecs())
        return false;
    // The whole local day of `startsAt` and a day either side (sessions last at most eight
    // hours, so this holds every booking that matters).
    const QDate day = QDateTime::fromSecsSinceEpoch(startsAt, m_zone).date();
    const qint64 dayStart = QDateTime(day, QTime(0, 0), m_zone).toSecsSinceEpoch();
    const qint64 dayEnd = QDateTime(day.addDays(1), QTime(0, 0), m_zone).toSecsSinceEpoch();
    const QList<AgendaEntry> agenda =
        BookingRepository(m_database, m_zone)
            .agenda(std::min(startsAt, dayStart) - 86400, std::max(startsAt, dayEnd) + 86400,
                    QString(), error);
    if (error->isError())
        return false;
    for (const AgendaEntry& e : agenda) {
        if (!isInactive(e.status) || (therapistId && e.therapistId != therapistId))
            continue;
        if (startsAt < e.startsAt || startsAt >= occupiedUntil(e))
            continue;
        if (!retaken(agenda, e)) {
            *slot = freedSlot(e);
            return true;
        }
    }
    // Not a freed booking: a stretch of free working time, as the calendar marks it.
    QHash<qint64, TherapistHours::Days> working =
        TherapistHours::load(m_database, day, 1, m_zone, error);
    if (error->isError())
        return false;
    if (therapistId) {
        const TherapistHours::Days theirs = working.value(therapistId);
        working.clear();
        if (!theirs.isEmpty())
            working.insert(therapistId, theirs);
    }
    const QList<FreeWaiting> free = waitingInFreeTime(agenda, working, error);
    const QTime local = QDateTime::fromSecsSinceEpoch(startsAt, m_zone).time();
    const int minute = local.hour() * 60 + local.minute();
    for (const FreeWaiting& f : free) {
        if (f.slot.day == day && f.slot.fromMinute <= minute && minute < f.slot.toMinute) {
            *slot = f.slot;
            return true;
        }
    }
    return false;
}

bool WaitlistRepository::clientRecord(qint64 clientId, ClientBookingRecord* record,
                                      StorageError* error) const
{
    *record = ClientBookingRecord();
    const QDateTime nowLocal = m_database.clock().nowUtc().toTimeZone(m_zone);
    const qint64 now = nowLocal.toSecsSinceEpoch();
    const qint64 since = nowLocal.addMonths(-6).toSecsSinceEpoch();
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral(
            "SELECT (SELECT count(*) FROM bookings WHERE client_id = :client AND status = "
            "'no_show' "
            "        AND starts_at >= :since AND starts_at < :now), "
            // Late: the cancellation was recorded less than the setting's hours before the start.
            "  (SELECT count(*) FROM bookings b WHERE b.client_id = :client AND b.status = "
            "   'cancelled' AND EXISTS (SELECT 1 FROM booking_events e WHERE e.booking_id = b.id "
            "   AND e.kind = 'cancelled' AND e.at >= :since AND e.at > %1)), "
            "  (SELECT count(*) FROM waitlist WHERE client_id = :client AND (until_day IS NULL OR "
            "   until_day >= :today))")
            .arg(m_database.dialect().plusSecs(QStringLiteral("b.starts_at"),
                                               QStringLiteral(":late"))));
    q.bindValue(QStringLiteral(":client"), clientId);
    q.bindValue(QStringLiteral(":since"), m_database.timeValue(since));
    q.bindValue(QStringLiteral(":now"), m_database.timeValue(now));
    q.bindValue(QStringLiteral(":late"),
                -qint64(SettingsRepository(m_database).lateCancelHours()) * 3600);
    q.bindValue(QStringLiteral(":today"), nowLocal.date().toString(Qt::ISODate));
    if (!m_database.exec(q, error, tr("read the client's bookings")) || !q.next())
        return false;
    record->noShows = q.value(0).toInt();
    record->lateCancellations = q.value(1).toInt();
    record->waiting = q.value(2).toInt();
    return true;
}

bool WaitlistRepository::fulfilled(Database& database, qint64 clientId, const QString& serviceCode,
                                   StorageError* error)
{
    // Part of every booking: one round trip on a server.
    Statement q(database);
    q.prepare(QStringLiteral("DELETE FROM waitlist WHERE client_id = ? AND service_id = "
                             "(SELECT id FROM services WHERE code = ?)"));
    q.addBindValue(clientId);
    q.addBindValue(serviceCode);
    return q.exec(error, tr("update the waitlist"));
}
