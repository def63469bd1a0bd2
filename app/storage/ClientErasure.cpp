#include "storage/ClientDataRights.h"

#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

namespace {

// Set in the erasure's transaction, cleared once compact() has wiped the old bytes: a
// compaction that another program kept from finishing is retried later.
const QString kPendingKey = QStringLiteral("privacy.compaction_pending");

// Waiting for another program's reading to end: long enough for a short query, short enough
// for the person who pressed Erase.
constexpr int kCompactionBusyMs = 3000;

// The client's bookings, for the statements that change what hangs off them.
const char kClientBookings[] = "SELECT id FROM bookings WHERE client_id = :client";

bool run(Database& database, const QString& sql, qint64 clientId, qint64 now, StorageError* error,
         const QString& what)
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    if (sql.contains(QLatin1String(":client")))
        query.bindValue(QStringLiteral(":client"), clientId);
    if (sql.contains(QLatin1String(":now")))
        query.bindValue(QStringLiteral(":now"), database.timeValue(now));
    return database.exec(query, error, what);
}

// Runs a statement that needs no binding; the first column of its first row, if any.
bool pragma(Database& database, const QString& sql, QVariant* value = nullptr)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        return false;
    if (value)
        *value = query.next() ? query.value(0) : QVariant();
    return true;
}

// A checkpoint that copied every WAL frame into the file and emptied the WAL.
bool checkpointTruncate(Database& database, QString* problem)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next()) {
        *problem = query.lastError().text();
        return false;
    }
    if (query.value(0).toInt() != 0) { // busy: a reader still uses older frames
        *problem = QStringLiteral("checkpoint busy");
        return false;
    }
    return true;
}

} // namespace

bool ClientDataRights::planErasure(qint64 clientId, ErasurePlan* plan, StorageError* error) const
{
    if (!m_database.permits(Action::ClientRights, error))
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT c.full_name, c.erased_at, "
        "  (SELECT count(*) FROM bookings WHERE client_id = c.id), "
        "  (SELECT count(*) FROM checkins k JOIN bookings b ON b.id = k.booking_id "
        "   WHERE b.client_id = c.id), "
        "  (SELECT count(*) FROM bookings WHERE client_id = c.id AND status = 'booked' "
        "   AND starts_at >= ?), "
        "  (SELECT min(id) FROM bookings WHERE client_id = c.id "
        "   AND status IN ('arrived', 'in_session')) "
        "FROM clients c WHERE c.id = ?"));
    query.addBindValue(m_database.nowValue());
    query.addBindValue(clientId);
    if (!m_database.exec(query, error, tr("read the client")))
        return false;
    if (!query.next()) {
        *error = {StorageError::Code::NotFound,
                  tr("There is no client with number %1.").arg(clientId)};
        return false;
    }
    if (!query.value(1).isNull()) {
        *error = {StorageError::Code::Refused,
                  tr("Client %1 is already erased: nothing personal is left.").arg(clientId)};
        return false;
    }
    // What is checked is the status, arrived or in session, whatever the day: a session
    // marked arrived and never finished blocks the erasure as much as one under way now.
    if (!query.value(5).isNull()) {
        *error = {StorageError::Code::Refused,
                  tr("Client %1 has a session marked arrived or in session that is not finished "
                     "(booking %2). Finish or cancel it before erasing the client.")
                      .arg(clientId)
                      .arg(query.value(5).toLongLong())};
        return false;
    }
    plan->name = query.value(0).toString();
    plan->bookings = query.value(2).toInt();
    plan->checkins = query.value(3).toInt();
    plan->upcomingCancelled = query.value(4).toInt();
    return true;
}

bool ClientDataRights::eraseClient(qint64 clientId, ErasureResult* result, StorageError* error)
{
    *result = ErasureResult();
    QVariant secureDelete;
    pragma(m_database, QStringLiteral("PRAGMA secure_delete"), &secureDelete);
    // Overwritten and freed content is zeroed as it goes, so even the pages this transaction
    // writes into the WAL hold no trace of what they replace.
    pragma(m_database, QStringLiteral("PRAGMA secure_delete = ON"));
    const auto restore = [&] {
        pragma(m_database,
               QStringLiteral("PRAGMA secure_delete = %1").arg(secureDelete.toInt() ? 1 : 0));
    };
    const qint64 now = m_database.clock().nowSecs();
    {
        WriteTransaction transaction(m_database);
        if (!transaction.begin(error) || !m_database.permits(Action::ClientRights, error)) {
            restore();
            return false;
        }
        QSqlQuery erased(m_database.connection());
        erased.prepare(QStringLiteral("SELECT erased_at IS NOT NULL, EXISTS (SELECT 1 FROM "
                                      "settings WHERE key = ?) FROM clients WHERE id = ?"));
        erased.addBindValue(kPendingKey);
        erased.addBindValue(clientId);
        if (!m_database.exec(erased, error, tr("read the client"))) {
            restore();
            return false;
        }
        if (erased.next() && erased.value(0).toBool() && erased.value(1).toBool()) {
            // Erased before, but another program kept the compaction from finishing.
            erased.finish();
            transaction.rollback();
            restore();
            result->alreadyErased = true;
            if (!compact(error))
                return false;
            result->compacted = true;
            return true;
        }
        erased.finish();
        if (!planErasure(clientId, &result->plan, error)) {
            restore();
            return false;
        }

        const QString bookings = QString::fromLatin1(kClientBookings);
        const qint64 userId = m_database.actor() ? m_database.actor()->userId : 0;
        const QString who =
            m_database.actorName().isEmpty() ? QStringLiteral("desk") : m_database.actorName();
        // Stored data, not interface: the same words whatever language the desk uses.
        const QString placeholder = QStringLiteral("Erased client #%1").arg(clientId);
        // Only a user who exists: the columns reference users(id).
        const QString updatedBy =
            QStringLiteral("(SELECT id FROM users WHERE id = %1)").arg(userId);
        const struct
        {
            QString sql;
            QString what;
        } steps[] = {
            // Identity and contact; a consent in force ends with the erasure.
            {QStringLiteral("UPDATE clients SET full_name = '%1', phone = '', email = '', "
                            "notes = '', search_phone = '', erased_at = :now, updated_at = :now, "
                            "consent_withdrawn_at = CASE WHEN consent_version IS NOT NULL AND "
                            "consent_withdrawn_at IS NULL THEN :now ELSE consent_withdrawn_at END "
                            "WHERE id = :client")
                 .arg(placeholder),
             tr("erase the client")},
            // Free text about a booking may name or describe the client.
            {QStringLiteral("UPDATE booking_events SET detail = '' WHERE booking_id IN (%1)")
                 .arg(bookings),
             tr("erase the client's bookings")},
            {QStringLiteral("UPDATE bookings SET status_reason = '' WHERE client_id = :client"),
             tr("erase the client's bookings")},
            // A waitlist note may name or describe the client; the entry goes whole.
            {QStringLiteral("DELETE FROM waitlist WHERE client_id = :client"),
             tr("erase the client's waitlist entries")},
            // Sessions still to come cannot take place: cancelled, saying why without a name.
            {QStringLiteral("INSERT INTO booking_events (booking_id, at, user_id, kind, detail) "
                            "SELECT id, :now, %1, 'cancelled', '%2: client erased' FROM bookings "
                            "WHERE client_id = :client AND status = 'booked' AND starts_at >= :now")
                 .arg(updatedBy, QString(who).replace(QLatin1Char('\''), QLatin1String("''"))),
             tr("cancel the client's upcoming bookings")},
            {QStringLiteral("UPDATE bookings SET status = 'cancelled', updated_at = :now, "
                            "updated_by = %1 WHERE client_id = :client AND status = 'booked' "
                            "AND starts_at >= :now")
                 .arg(updatedBy),
             tr("cancel the client's upcoming bookings")},
            // Health data: everything but the outcome level, which the statistics and the
            // database's own session rules need (and which names no person once this is done).
            {QStringLiteral("UPDATE checkins SET answers = '{}', avoid_areas = '', notes = '', "
                            "reasons = '[]', clearance_confirmed_by = NULL, clearance_advice = "
                            "NULL, session_note = '', reaction_note = '' WHERE booking_id IN (%1)")
                 .arg(bookings),
             tr("erase the client's check-ins")},
            {QStringLiteral("INSERT INTO settings (key, value) VALUES ('%1', '1') "
                            "ON CONFLICT (key) DO UPDATE SET value = '1'")
                 .arg(kPendingKey),
             tr("erase the client")},
        };
        for (const auto& step : steps) {
            if (!run(m_database, step.sql, clientId, now, error, step.what)) {
                restore();
                return false;
            }
        }
        // The update trigger indexed the placeholder: take the client out of search.
        for (const QString& sql : m_database.dialect().forgetClientInSearch(placeholder)) {
            if (!run(m_database, sql, clientId, now, error, tr("erase the client"))) {
                restore();
                return false;
            }
        }
        const QString detail = QStringLiteral("bookings kept %1, check-ins cleared %2, "
                                              "upcoming cancelled %3")
                                   .arg(result->plan.bookings)
                                   .arg(result->plan.checkins)
                                   .arg(result->plan.upcomingCancelled);
        if (!AuditLog(m_database)
                 .append(m_database.actorName(), QStringLiteral("client.erase"), clientId, 0,
                         detail, error) ||
            !transaction.commit(error)) {
            restore();
            return false;
        }
    }
    restore();
    spdlog::info("client {} erased", clientId);

    StorageError compaction;
    result->compacted = compact(&compaction);
    if (!result->compacted)
        result->compactionProblem = compaction.message;
    return true;
}

bool ClientDataRights::compactionPending() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM settings WHERE key = ?"));
    query.addBindValue(kPendingKey);
    return query.exec() && query.next();
}

bool ClientDataRights::finishPendingCompaction(StorageError* error)
{
    return !compactionPending() || compact(error);
}

bool ClientDataRights::compact(StorageError* error)
{
    if (m_database.isServer())
        return compactOnServer(error);
    QVariant busyTimeout;
    pragma(m_database, QStringLiteral("PRAGMA busy_timeout"), &busyTimeout);
    pragma(m_database, QStringLiteral("PRAGMA busy_timeout = %1").arg(kCompactionBusyMs));
    QVariant secureDelete;
    pragma(m_database, QStringLiteral("PRAGMA secure_delete"), &secureDelete);
    pragma(m_database, QStringLiteral("PRAGMA secure_delete = ON"));

    QString problem;
    QSqlQuery query(m_database.connection());
    // The index merge again, for a compaction retried after the erasure's own transaction.
    bool done =
        query.exec(QStringLiteral("INSERT INTO client_search (client_search) VALUES ('optimize')"));
    if (!done)
        problem = query.lastError().text();
    // Empty the WAL first, so VACUUM rewrites a file that holds every committed page; then
    // VACUUM rebuilds each table and index without free space; the last checkpoint puts the
    // rebuilt pages over the old ones and empties the WAL again.
    done = done && checkpointTruncate(m_database, &problem);
    if (done) {
        done = query.exec(QStringLiteral("VACUUM"));
        if (!done)
            problem = query.lastError().text();
    }
    done = done && checkpointTruncate(m_database, &problem);
    if (done) {
        QSqlQuery clear(m_database.connection());
        clear.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        clear.addBindValue(kPendingKey);
        // The flag's own change: checkpointed too, best effort (it holds no client data).
        done = clear.exec();
        if (!done)
            problem = clear.lastError().text();
        QString ignored;
        checkpointTruncate(m_database, &ignored);
    }
    query.finish();
    pragma(m_database,
           QStringLiteral("PRAGMA secure_delete = %1").arg(secureDelete.toInt() ? 1 : 0));
    pragma(m_database, QStringLiteral("PRAGMA busy_timeout = %1")
                           .arg(busyTimeout.isValid() ? busyTimeout.toInt() : 30000));
    if (done)
        return true;
    return compactionFailed(problem, error);
}

bool ClientDataRights::compactOnServer(StorageError* error)
{
    QSqlQuery query(m_database.connection());
    QString problem;
    bool done = true;
    for (const QString& statement : m_database.dialect().compactAfterErasure()) {
        done = query.exec(statement);
        if (!done) {
            problem = m_database.errorFrom(query, tr("erase the client")).detail;
            break;
        }
    }
    query.exec(QStringLiteral("RESET lock_timeout"));
    if (done) {
        QSqlQuery clear(m_database.connection());
        clear.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        clear.addBindValue(kPendingKey);
        done = clear.exec();
        if (done)
            return true;
        problem = clear.lastError().text();
    }
    return compactionFailed(problem, error);
}

bool ClientDataRights::compactionFailed(const QString& problem, StorageError* error)
{
    spdlog::warn("compaction after erasure not finished: {}", problem.toStdString());
    if (error)
        *error = {StorageError::Code::Busy,
                  tr("The client is erased, but another program is reading the database, so "
                     "their old details are still in the file's free space. They are wiped at "
                     "the next export or erasure, or when you try again after closing the other "
                     "program."),
                  problem};
    return false;
}
