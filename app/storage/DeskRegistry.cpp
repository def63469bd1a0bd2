#include "storage/DeskRegistry.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr qint64 kForgottenAfterSeconds = 24 * 3600;

QString cleanHost(const QString& hostName)
{
    const QString host = hostName.simplified().left(255);
    return host.isEmpty() ? QStringLiteral("?") : host;
}

} // namespace

bool DeskRegistry::announce(const QString& hostName, const QString& userName, qint64* id,
                            StorageError* error)
{
    const qint64 now = m_database.clock().nowSecs();
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery forget(m_database.connection());
    forget.prepare(QStringLiteral("DELETE FROM desks WHERE last_seen_at < ?"));
    forget.addBindValue(m_database.timeValue(now - kForgottenAfterSeconds));
    if (!m_database.exec(forget, error, tr("list this desk")))
        return false;
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO desks (host_name, user_name, started_at, "
                                  "last_seen_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(cleanHost(hostName));
    insert.addBindValue(userName.isNull() ? QStringLiteral("") : userName);
    insert.addBindValue(m_database.timeValue(now));
    insert.addBindValue(m_database.timeValue(now));
    if (!m_database.exec(insert, error, tr("list this desk")))
        return false;
    *id = insert.lastInsertId().toLongLong();
    insert.finish();
    return transaction.commit(error);
}

bool DeskRegistry::heartbeat(qint64* id, const QString& hostName, const QString& userName,
                             StorageError* error)
{
    {
        WriteTransaction transaction(m_database);
        if (!transaction.begin(error))
            return false;
        QSqlQuery update(m_database.connection());
        update.prepare(
            QStringLiteral("UPDATE desks SET user_name = ?, last_seen_at = ? WHERE id = ?"));
        update.addBindValue(userName.isNull() ? QStringLiteral("") : userName);
        update.addBindValue(m_database.nowValue());
        update.addBindValue(*id);
        if (!m_database.exec(update, error, tr("keep this desk listed")))
            return false;
        const bool found = update.numRowsAffected() == 1;
        update.finish();
        if (!transaction.commit(error))
            return false;
        if (found)
            return true;
    }
    return announce(hostName, userName, id, error);
}

bool DeskRegistry::leave(qint64 id, StorageError* error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM desks WHERE id = ?"));
    remove.addBindValue(id);
    if (!m_database.exec(remove, error, tr("remove this desk from the list")))
        return false;
    remove.finish();
    return transaction.commit(error);
}

QList<Desk> DeskRegistry::connected(StorageError* error) const
{
    QList<Desk> desks;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, host_name, user_name, started_at, last_seen_at FROM "
                                 "desks WHERE last_seen_at >= ? ORDER BY started_at, id"));
    query.addBindValue(m_database.timeValue(m_database.clock().nowSecs() - kConnectedSeconds));
    if (!m_database.exec(query, error, tr("read the desks")))
        return desks;
    while (query.next())
        desks.append({query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString(), SqlDialect::secsFrom(query.value(3)),
                      SqlDialect::secsFrom(query.value(4))});
    return desks;
}
