#include "storage/ClientRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

// LIKE treats % and _ as wildcards; a name typed at the desk must match literally.
QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QList<ClientSummary> ClientRepository::search(const QString& text, int limit,
                                              StorageError* error) const
{
    QList<ClientSummary> clients;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const QString trimmed = text.trimmed();
    query.prepare(QStringLiteral(
        "SELECT c.id, c.full_name, c.phone, c.email, c.language, "
        "  (SELECT max(starts_at) FROM bookings WHERE client_id = c.id) "
        "FROM clients c WHERE c.erased_at IS NULL AND (:all OR c.full_name LIKE :p ESCAPE '\\' "
        "  OR c.phone LIKE :p ESCAPE '\\' OR c.email LIKE :p ESCAPE '\\') "
        "ORDER BY c.full_name LIMIT :limit"));
    query.bindValue(QStringLiteral(":all"), trimmed.isEmpty());
    query.bindValue(QStringLiteral(":p"), likePattern(trimmed));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!m_database.exec(query, error, tr("search the clients")))
        return clients;
    while (query.next()) {
        clients.append({query.value(0).toLongLong(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString(), query.value(5).toLongLong()});
    }
    return clients;
}
