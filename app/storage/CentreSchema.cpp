#include "storage/CentreSchema.h"

#include "storage/Database.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <map>

namespace {

// Tables of ours that are not the centre's data.
const QString kSchemaTable = QStringLiteral("massage_desk_schema");
// The server's twin of SQLite's FTS5 table: kept by triggers from clients (migration 16), so
// no copy, count or emptiness check lists it.
const QString kClientWords = QStringLiteral("client_words");

bool readSqlite(Database& database, QList<CentreSchema::Table>* tables, StorageError* error)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND "
                                 "name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!database.exec(query, error, CentreSchema::tr("read the list of tables")))
        return false;
    QStringList names;
    QStringList virtualTables;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (query.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"),
                                                 Qt::CaseInsensitive))
            virtualTables << name;
        else
            names << name;
    }
    query.finish();
    for (const QString& name : std::as_const(names)) {
        // An FTS5 table's shadow tables (client_search_data, _idx, _content ...) go with it.
        bool shadow = name == kSchemaTable;
        for (const QString& table : std::as_const(virtualTables))
            shadow = shadow || name.startsWith(table + QLatin1Char('_'));
        if (shadow)
            continue;
        CentreSchema::Table table;
        table.name = name;
        QSqlQuery columns(database.connection());
        // hidden: 0 an ordinary column, 2 and 3 generated ones (never written).
        columns.prepare(QStringLiteral("SELECT name, lower(type), hidden FROM "
                                       "pragma_table_xinfo(?) ORDER BY cid"));
        columns.addBindValue(name);
        if (!database.exec(columns, error, CentreSchema::tr("read the columns of %1").arg(name)))
            return false;
        while (columns.next()) {
            if (columns.value(2).toInt() != 0)
                continue;
            table.columns.append({columns.value(0).toString(), columns.value(1).toString()});
        }
        columns.finish();
        QSqlQuery keys(database.connection());
        keys.prepare(QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"));
        keys.addBindValue(name);
        if (!database.exec(keys, error, CentreSchema::tr("read the columns of %1").arg(name)))
            return false;
        while (keys.next()) {
            const QString parent = keys.value(0).toString();
            if (parent != name && !table.parents.contains(parent))
                table.parents << parent;
        }
        table.hasId = table.column(QStringLiteral("id")) >= 0;
        tables->append(table);
    }
    return true;
}

bool readPostgres(Database& database, QList<CentreSchema::Table>* tables, StorageError* error)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.table_name, c.column_name, lower(c.data_type) FROM information_schema.columns c "
        "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = "
        "c.table_name AND t.table_type = 'BASE TABLE' WHERE c.table_schema = current_schema() "
        "AND c.is_generated = 'NEVER' AND c.table_name NOT IN (?, ?) ORDER BY c.table_name, "
        "c.ordinal_position"));
    query.addBindValue(kSchemaTable);
    query.addBindValue(kClientWords);
    if (!database.exec(query, error, CentreSchema::tr("read the list of tables")))
        return false;
    std::map<QString, CentreSchema::Table> byName;
    while (query.next()) {
        CentreSchema::Table& table = byName[query.value(0).toString()];
        table.name = query.value(0).toString();
        table.columns.append({query.value(1).toString(), query.value(2).toString()});
    }
    query.finish();
    QSqlQuery keys(database.connection());
    keys.setForwardOnly(true);
    keys.prepare(QStringLiteral(
        "SELECT DISTINCT conrelid::regclass::text, confrelid::regclass::text, condeferrable "
        "FROM pg_constraint WHERE contype = 'f' AND connamespace = "
        "current_schema()::regnamespace"));
    if (!database.exec(keys, error, CentreSchema::tr("read the list of tables")))
        return false;
    while (keys.next()) {
        const QString child = keys.value(0).toString();
        const QString parent = keys.value(1).toString();
        auto found = byName.find(child);
        if (found == byName.end() || parent == child)
            continue;
        QStringList& list =
            keys.value(2).toBool() ? found->second.deferredParents : found->second.parents;
        if (!list.contains(parent))
            list << parent;
    }
    keys.finish();
    for (auto& pair : byName) {
        pair.second.hasId = pair.second.column(QStringLiteral("id")) >= 0;
        tables->append(pair.second);
    }
    return true;
}

} // namespace

int CentreSchema::Table::column(const QString& name) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == name)
            return i;
    }
    return -1;
}

bool CentreSchema::read(Database& database, QList<Table>* tables, StorageError* error)
{
    tables->clear();
    return database.isServer() ? readPostgres(database, tables, error)
                               : readSqlite(database, tables, error);
}

QList<CentreSchema::Table> CentreSchema::writeOrder(const QList<Table>& tables,
                                                    const QHash<QString, QStringList>& deferred)
{
    // Table -> the tables that must be written before it.
    std::map<QString, QSet<QString>> before;
    std::map<QString, const Table*> byName;
    for (const Table& table : tables) {
        byName[table.name] = &table;
        before[table.name];
    }
    for (const Table& table : tables) {
        QStringList late = table.deferredParents + deferred.value(table.name);
        for (const QString& parent : table.parents) {
            if (!late.contains(parent) && byName.count(parent))
                before[table.name].insert(parent);
        }
        for (const QString& parent : std::as_const(late)) {
            if (byName.count(parent))
                before[parent].insert(table.name);
        }
    }
    QList<Table> ordered;
    QSet<QString> written;
    while (ordered.size() < tables.size()) {
        QString next;
        for (const auto& pair : before) {
            if (written.contains(pair.first))
                continue;
            bool ready = true;
            for (const QString& parent : pair.second)
                ready = ready && written.contains(parent);
            if (ready) {
                next = pair.first;
                break;
            }
        }
        if (next.isEmpty()) { // a cycle: the deferred foreign keys hold it at commit
            for (const auto& pair : before) {
                if (!written.contains(pair.first)) {
                    next = pair.first;
                    break;
                }
            }
        }
        written.insert(next);
        ordered.append(*byName.at(next));
    }
    return ordered;
}
