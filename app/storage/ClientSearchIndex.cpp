#include "storage/ClientSearchIndex.h"

#include "core/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

bool ClientSearchIndex::outOfStep(qint64* clients, StorageError* error) const
{
    *clients = -1;
    const QString sql = m_database.dialect().searchOutOfStep();
    if (sql.isEmpty())
        return true;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!m_database.exec(query, error, tr("compare the client search with the clients")) ||
        !query.next())
        return false;
    *clients = query.value(0).toLongLong();
    return true;
}

bool ClientSearchIndex::rebuild(qint64* indexed, StorageError* error)
{
    if (!m_database.permits(Action::EditCentre, error))
        return false;
    const QString what = tr("rebuild the client search");
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(m_database.connection());
    // Run as they are: PostgreSQL cannot prepare a TRUNCATE.
    for (const QString& sql : m_database.dialect().rebuildSearch()) {
        if (!query.exec(sql)) {
            const StorageError failure = m_database.errorFrom(query, what);
            spdlog::error("database: {}", failure.detail.toStdString());
            if (error)
                *error = failure;
            return false;
        }
    }
    if (!m_database.isServer()) {
        // FTS5 indexed every row again, the erased clients' placeholders with them.
        QList<QPair<qint64, QString>> erased;
        query.prepare(QStringLiteral("SELECT id, full_name FROM clients WHERE erased_at IS NOT "
                                     "NULL"));
        if (!m_database.exec(query, error, what))
            return false;
        while (query.next())
            erased.append({query.value(0).toLongLong(), query.value(1).toString()});
        // Each client's own statements for each of them; the rest (FTS5's merge of what the
        // deletions left) once at the end.
        QStringList afterwards;
        for (const auto& [id, name] : erased) {
            for (const QString& sql : m_database.dialect().forgetClientInSearch(name)) {
                if (!sql.contains(QLatin1String(":client"))) {
                    if (!afterwards.contains(sql))
                        afterwards << sql;
                    continue;
                }
                query.prepare(sql);
                query.bindValue(QStringLiteral(":client"), id);
                if (!m_database.exec(query, error, what))
                    return false;
            }
        }
        for (const QString& sql : afterwards) {
            query.prepare(sql);
            if (!m_database.exec(query, error, what))
                return false;
        }
    }
    query.prepare(QStringLiteral("SELECT count(*) FROM clients WHERE erased_at IS NULL"));
    if (!m_database.exec(query, error, what) || !query.next())
        return false;
    *indexed = query.value(0).toLongLong();
    query.finish();
    if (!AuditLog(m_database)
             .append(m_database.actorName(), QStringLiteral("search.rebuild"), 0, 0,
                     QStringLiteral("clients %1").arg(*indexed), error) ||
        !transaction.commit(error))
        return false;
    spdlog::info("client search rebuilt: {} clients", *indexed);
    return true;
}
