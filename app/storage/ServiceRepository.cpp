#include "storage/ServiceRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

// One row per service with its published revision and the best text for the language.
const char kSelect[] =
    "SELECT s.id, s.code, s.archived, r.id, r.revision, r.body_areas, r.pressure, "
    "r.cleanup_minutes, t.language, t.name, t.description, t.what_to_expect, t.aftercare "
    "FROM services s JOIN service_revisions r ON r.id = s.published_revision_id "
    "JOIN service_texts t ON t.revision_id = r.id AND t.language = "
    "  (SELECT language FROM service_texts WHERE revision_id = r.id "
    "   ORDER BY language = :language DESC, language = 'en' DESC LIMIT 1) ";

} // namespace

QList<Service> ServiceRepository::list(const QString& language, bool includeArchived,
                                       StorageError* error) const
{
    QList<Service> services;
    // Not forward-only: the durations are read while iterating, and QPSQL's single-row mode
    // loses the outer results when another query runs on the connection meanwhile.
    QSqlQuery query(m_database.connection());
    query.prepare(QLatin1String(kSelect) +
                  QLatin1String(includeArchived ? "" : "WHERE s.archived = 0 ") +
                  QLatin1String("ORDER BY s.sort_order, s.code"));
    query.bindValue(QStringLiteral(":language"), language);
    if (!m_database.exec(query, error, tr("read the catalogue")))
        return services;
    QSqlQuery durations(m_database.connection());
    durations.prepare(QStringLiteral("SELECT minutes, price_cents FROM service_durations WHERE "
                                     "revision_id = ? ORDER BY minutes"));
    while (query.next()) {
        Service s;
        s.id = query.value(0).toLongLong();
        s.code = query.value(1).toString();
        s.archived = query.value(2).toBool();
        const qint64 revisionId = query.value(3).toLongLong();
        s.revision = query.value(4).toInt();
        s.bodyAreas = query.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        s.pressure = query.value(6).toString();
        s.cleanupMinutes = query.value(7).toInt();
        s.language = query.value(8).toString();
        s.texts = {query.value(9).toString(), query.value(10).toString(),
                   query.value(11).toString(), query.value(12).toString()};
        durations.addBindValue(revisionId);
        if (!m_database.exec(durations, error, tr("read the catalogue")))
            return {};
        while (durations.next())
            s.durations.append({durations.value(0).toInt(), durations.value(1).toInt()});
        durations.finish();
        services.append(s);
    }
    return services;
}

bool ServiceRepository::find(const QString& code, const QString& language, Service* service,
                             StorageError* error) const
{
    const QList<Service> all = list(language, true, error);
    if (error && error->isError())
        return false;
    for (const Service& s : all) {
        if (s.code == code) {
            *service = s;
            return true;
        }
    }
    if (error) {
        *error = {StorageError::Code::NotFound,
                  tr("There is no service with the code \"%1\".").arg(code)};
    }
    return false;
}
