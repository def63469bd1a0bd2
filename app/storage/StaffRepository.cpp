#include "storage/StaffRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

// Both lists share a shape: id, name, active, the codes of linked services, the version.
template <typename Item>
QList<Item> readWithServices(const Database& database, const QString& sql, StorageError* error,
                             const QString& what)
{
    QList<Item> items;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!database.exec(query, error, what))
        return items;
    while (query.next()) {
        Item item;
        item.id = query.value(0).toLongLong();
        item.name = query.value(1).toString();
        item.active = query.value(2).toBool();
        item.serviceCodes = query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        item.version = query.value(4).toLongLong();
        items.append(item);
    }
    return items;
}

} // namespace

QList<Therapist> StaffRepository::therapists(StorageError* error) const
{
    return readWithServices<Therapist>(
        m_database,
        QStringLiteral("SELECT t.id, t.display_name, t.active, "
                       "  (SELECT %1 FROM (SELECT s.code FROM therapist_services ts "
                       "   JOIN services s ON s.id = ts.service_id WHERE ts.therapist_id = t.id "
                       "   ORDER BY s.sort_order) AS codes), t.version "
                       "FROM therapists t ORDER BY t.active DESC, t.display_name")
            .arg(m_database.dialect().groupConcat(QStringLiteral("code"))),
        error, tr("read the therapists"));
}

QList<Room> StaffRepository::rooms(StorageError* error) const
{
    return readWithServices<Room>(
        m_database,
        QStringLiteral("SELECT r.id, r.name, r.active, "
                       "  (SELECT %1 FROM (SELECT s.code FROM room_services rs "
                       "   JOIN services s ON s.id = rs.service_id WHERE rs.room_id = r.id "
                       "   ORDER BY s.sort_order) AS codes), r.version "
                       "FROM rooms r ORDER BY r.active DESC, r.name")
            .arg(m_database.dialect().groupConcat(QStringLiteral("code"))),
        error, tr("read the rooms"));
}
