#include "storage/AuditLog.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString kGenesis = QStringLiteral("massage-desk-audit-v1");

QString entryHash(const QString& previous, qint64 at, const QString& user, const QString& kind,
                  qint64 clientId, qint64 bookingId, const QString& detail)
{
    // Length-prefixed fields: no two different entries serialise to the same bytes.
    QByteArray bytes;
    for (const QString& field : {previous, QString::number(at), user, kind,
                                 QString::number(clientId), QString::number(bookingId), detail}) {
        const QByteArray utf8 = field.toUtf8();
        bytes += QByteArray::number(utf8.size()) + ':' + utf8;
    }
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

bool AuditLog::append(const QString& userName, const QString& kind, qint64 clientId,
                      qint64 bookingId, const QString& detail, StorageError* error)
{
    // Several desks append at once on a server: one at a time, so the chain stays one chain.
    for (const QString& lock : m_database.dialect().auditAppendLock()) {
        QSqlQuery turn(m_database.connection());
        turn.prepare(lock);
        if (!m_database.exec(turn, error, tr("write the audit log")))
            return false;
    }
    QSqlQuery last(m_database.connection());
    last.prepare(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!m_database.exec(last, error, tr("read the audit log")))
        return false;
    const QString previous = last.next() ? last.value(0).toString() : kGenesis;
    last.finish();
    const qint64 at = m_database.clock().nowSecs();
    const QString user = userName.isEmpty() ? QStringLiteral("desk") : userName;
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, kind, client_id, "
                                  "booking_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, "
                                  "?, ?)"));
    insert.addBindValue(m_database.timeValue(at));
    insert.addBindValue(user);
    insert.addBindValue(kind);
    insert.addBindValue(clientId > 0 ? QVariant(clientId) : QVariant());
    insert.addBindValue(bookingId > 0 ? QVariant(bookingId) : QVariant());
    insert.addBindValue(detail.isNull() ? QStringLiteral("") : detail);
    insert.addBindValue(previous);
    insert.addBindValue(entryHash(previous, at, user, kind, clientId, bookingId, detail));
    return m_database.exec(insert, error, tr("write the audit log"));
}

qint64 AuditLog::firstBrokenEntry(StorageError* error) const
{
    if (!m_database.permits(Action::ReadAudit, error))
        return -1;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Seconds from the server: the driver's reading of a timestamptz costs more per row.
    query.prepare(QStringLiteral("SELECT id, %1, user_name, kind, client_id, booking_id, detail, "
                                 "prev_hash, hash FROM audit_log ORDER BY id")
                      .arg(m_database.dialect().secs(QStringLiteral("at"))));
    if (!m_database.exec(query, error, tr("read the audit log")))
        return -1;
    QString previous = kGenesis;
    while (query.next()) {
        const QString expected =
            entryHash(previous, SqlDialect::secsFrom(query.value(1)), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toLongLong(),
                      query.value(5).toLongLong(), query.value(6).toString());
        if (query.value(7).toString() != previous || query.value(8).toString() != expected)
            return query.value(0).toLongLong();
        previous = expected;
    }
    return 0;
}

bool AuditLog::appendAlone(const QString& userName, const QString& kind, qint64 clientId,
                           qint64 bookingId, const QString& detail, StorageError* error)
{
    WriteTransaction transaction(m_database);
    return transaction.begin(error) && append(userName, kind, clientId, bookingId, detail, error) &&
           transaction.commit(error);
}

QList<AuditEntry> AuditLog::entries(qint64 clientId, const QString& user, int limit,
                                    StorageError* error) const
{
    AuditFilter filter;
    filter.user = user;
    if (clientId != 0)
        filter.clientIds = {clientId};
    return entries(filter, limit, error);
}

QList<AuditEntry> AuditLog::entries(const AuditFilter& filter, int limit, StorageError* error) const
{
    QList<AuditEntry> result;
    if (!m_database.permits(Action::ReadAudit, error))
        return result;
    // Only placeholders go into the text; every value is bound.
    QStringList where;
    QVariantList values;
    if (!filter.user.isEmpty()) {
        where.append(QStringLiteral("user_name = ?"));
        values.append(filter.user);
    }
    if (!filter.clientIds.isEmpty()) {
        where.append(QStringLiteral("client_id IN (%1)")
                         .arg(Statement::placeholders(filter.clientIds.size())));
        for (qint64 id : filter.clientIds)
            values.append(id);
    }
    if (!filter.kinds.isEmpty()) {
        where.append(
            QStringLiteral("kind IN (%1)").arg(Statement::placeholders(filter.kinds.size())));
        for (const QString& kind : filter.kinds)
            values.append(kind);
    }
    if (filter.fromSecs > 0) {
        where.append(QStringLiteral("at >= ?"));
        values.append(m_database.timeValue(filter.fromSecs));
    }
    if (filter.toSecs > 0) {
        where.append(QStringLiteral("at < ?"));
        values.append(m_database.timeValue(filter.toSecs));
    }
    if (filter.beforeId > 0) {
        where.append(QStringLiteral("id < ?"));
        values.append(filter.beforeId);
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, %1, user_name, kind, COALESCE(client_id, 0), "
                                 "COALESCE(booking_id, 0), detail FROM audit_log %2 ORDER BY id "
                                 "DESC LIMIT ?")
                      .arg(m_database.dialect().secs(QStringLiteral("at")),
                           where.isEmpty()
                               ? QString()
                               : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant& value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(qMax(0, limit));
    if (!m_database.exec(query, error, tr("read the audit log")))
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), SqlDialect::secsFrom(query.value(1)),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toLongLong(), query.value(5).toLongLong(),
                       query.value(6).toString()});
    }
    return result;
}
