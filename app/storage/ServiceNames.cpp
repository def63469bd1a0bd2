#include "storage/ServiceNames.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>

bool ServiceNames::read(Database& database, const QString& language, const QSet<qint64>& ids,
                        QHash<qint64, QString>* names, StorageError* error)
{
    QList<qint64> missing;
    for (qint64 id : ids)
        if (!names->contains(id))
            missing << id;
    if (missing.isEmpty())
        return true;
    Statement q(database);
    q.prepare(QStringLiteral("SELECT s.id, COALESCE((SELECT name FROM service_texts t WHERE "
                             "t.revision_id = s.published_revision_id ORDER BY t.language = ? "
                             "DESC, t.language = 'en' DESC LIMIT 1), '') FROM services s WHERE "
                             "s.id IN (%1)")
                  .arg(Statement::placeholders(missing.size())));
    q.addBindValue(language);
    for (qint64 id : std::as_const(missing))
        q.addBindValue(id);
    if (!q.exec(error, QCoreApplication::translate("Scheduler", "read the service names")))
        return false;
    for (qint64 id : std::as_const(missing))
        names->insert(id, QString()); // a service since deleted: named by nothing
    while (q.next())
        names->insert(q.value(0).toLongLong(), q.value(1).toString());
    return true;
}
