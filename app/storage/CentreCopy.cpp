#include "storage/CentreCopy.h"

#include "storage/AuditLog.h"
#include "storage/CentreSchema.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

namespace {

// Rows per INSERT: one round trip to the server for many rows, well under SQLite's limit of
// 32,766 bound values.
constexpr int kMaxRowsPerInsert = 250;
constexpr int kMaxValuesPerInsert = 20000;

QString quoted(const QString& identifier)
{
    QString inner = identifier;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

// Unprepared: PostgreSQL cannot PREPARE a BEGIN, SET, TRUNCATE or ANALYZE.
bool run(Database& database, const QString& statement, StorageError* error, const QString& what)
{
    QSqlQuery query(database.connection());
    if (query.exec(statement))
        return true;
    if (error)
        *error = database.errorFrom(query, what);
    return false;
}

qint64 rowCount(Database& database, const QString& table, StorageError* error)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table)));
    if (!database.exec(query, error, CentreCopy::tr("count the rows of %1").arg(table)) ||
        !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// What the source gave, as the target's column wants it: SQLite keeps booleans as integers,
// blobs as bytes and times as seconds; PostgreSQL's literals must say which.
QVariant converted(const QVariant& value, const QString& targetType)
{
    if (value.isNull())
        return value;
    if (targetType == QLatin1String("timestamp with time zone"))
        return SqlDialect::postgresql().timeValue(SqlDialect::secsFrom(value));
    if (value.metaType().id() == QMetaType::QDateTime)
        return SqlDialect::secsFrom(value); // into a file's integer column
    if (targetType == QLatin1String("boolean"))
        return QVariant(value.toLongLong() != 0 || value.toString() == QLatin1String("true"));
    if (targetType == QLatin1String("bytea") || targetType == QLatin1String("blob"))
        return QVariant(value.toByteArray());
    if (value.metaType().id() == QMetaType::Bool)
        return QVariant(value.toBool() ? 1 : 0);
    return value;
}

QString insertStatement(const QString& table, const QStringList& columns, int rows)
{
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString row = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values << row;
    QStringList names;
    for (const QString& column : columns)
        names << quoted(column);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(quoted(table), names.join(QLatin1Char(',')), values.join(QLatin1Char(',')));
}

// A consistent picture of the source for the whole copy, even while desks write to it.
class SourceSnapshot
{
public:
    explicit SourceSnapshot(Database& database) : m_database(database) {}
    ~SourceSnapshot()
    {
        if (m_open) {
            QSqlQuery end(m_database.connection());
            end.exec(QStringLiteral("ROLLBACK"));
        }
    }
    bool begin(StorageError* error)
    {
        m_open = run(m_database, m_database.dialect().beginSnapshot(), error,
                     CentreCopy::tr("read the centre"));
        return m_open;
    }

private:
    Database& m_database;
    bool m_open = false;
};

struct TablePair
{
    CentreSchema::Table target;
    QStringList columns;         // copied: in both tables, written on the target
    QStringList types;           // the target's type of each
    bool sourceHasTable = false; // false: a table only the target has; it stays empty
};

bool copyTable(Database& source, Database& target, const TablePair& pair,
               const CentreCopy::Options& options, qint64* copied, StorageError* error)
{
    const QString& table = pair.target.name;
    const qint64 total = rowCount(source, table, error);
    if (total < 0)
        return false;
    *copied = 0;
    if (options.progress)
        options.progress(table, 0, total);
    if (total == 0 || pair.columns.isEmpty())
        return true;
    const int width = int(pair.columns.size());
    const int batch = qMax(1, qMin(kMaxRowsPerInsert, kMaxValuesPerInsert / width));
    QStringList names;
    for (const QString& column : pair.columns)
        names << quoted(column);
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    // Rows in id order, as they were written: a check-in's rules look at the earlier ones.
    read.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                     .arg(names.join(QLatin1Char(',')), quoted(table),
                          pair.target.hasId ? QStringLiteral("\"id\"") : QStringLiteral("1")));
    if (!source.exec(read, error, CentreCopy::tr("read the %1").arg(table)))
        return false;
    QSqlQuery full(target.connection());
    full.prepare(insertStatement(table, pair.columns, batch));
    QVariantList pending;
    int pendingRows = 0;
    const auto flush = [&]() {
        QSqlQuery partial(target.connection());
        QSqlQuery& insert = pendingRows == batch ? full : partial;
        if (pendingRows != batch)
            partial.prepare(insertStatement(table, pair.columns, pendingRows));
        for (const QVariant& value : std::as_const(pending))
            insert.addBindValue(value);
        if (!target.exec(insert, error, CentreCopy::tr("copy the %1").arg(table))) {
            // Nobody else writes into the new centre: the overlap is in the rows copied.
            if (error->code == StorageError::Code::Overlap)
                error->message = CentreCopy::tr("The centre holds two bookings of one therapist "
                                                "or room at the same time, which the target "
                                                "refuses; \"check\" lists them. Nothing was "
                                                "copied.");
            return false;
        }
        *copied += pendingRows;
        pending.clear();
        pendingRows = 0;
        if (options.progress)
            options.progress(table, *copied, total);
        return true;
    };
    while (read.next()) {
        for (int i = 0; i < width; ++i)
            pending << converted(read.value(i), pair.types.at(i));
        if (++pendingRows == batch && !flush())
            return false;
    }
    read.finish();
    if (pendingRows > 0 && !flush())
        return false;
    for (const QString& statement : target.dialect().afterExplicitIds(table)) {
        if (pair.target.hasId &&
            !run(target, statement, error, CentreCopy::tr("copy the %1").arg(table)))
            return false;
    }
    return true;
}

// The target's tables in write order, each with what the source has of it.
bool pairTables(Database& source, Database& target, QList<TablePair>* pairs, StorageError* error)
{
    QList<CentreSchema::Table> sourceTables;
    QList<CentreSchema::Table> targetTables;
    if (!CentreSchema::read(source, &sourceTables, error) ||
        !CentreSchema::read(target, &targetTables, error))
        return false;
    // PostgreSQL says which references wait for the commit; a SQLite side follows it.
    QHash<QString, QStringList> deferred;
    for (const CentreSchema::Table& table : std::as_const(sourceTables))
        deferred.insert(table.name, table.deferredParents);
    const QList<CentreSchema::Table> ordered = CentreSchema::writeOrder(targetTables, deferred);
    for (const CentreSchema::Table& sourceTable : std::as_const(sourceTables)) {
        bool found = false;
        for (const CentreSchema::Table& table : ordered)
            found = found || table.name == sourceTable.name;
        if (!found) {
            *error = {StorageError::Code::Refused,
                      CentreCopy::tr("The target has no table %1, so it cannot take this "
                                     "centre. Nothing was copied.")
                          .arg(sourceTable.name)};
            return false;
        }
    }
    for (const CentreSchema::Table& table : ordered) {
        TablePair pair;
        pair.target = table;
        for (const CentreSchema::Table& sourceTable : std::as_const(sourceTables)) {
            if (sourceTable.name != table.name)
                continue;
            pair.sourceHasTable = true;
            // Columns only one engine has are derived (PostgreSQL's search_key): the
            // target's triggers fill its own.
            for (const CentreSchema::Column& column : table.columns) {
                if (sourceTable.column(column.name) >= 0) {
                    pair.columns << column.name;
                    pair.types << column.type;
                }
            }
        }
        pairs->append(pair);
    }
    return true;
}

qint64 firstBroken(Database& database, StorageError* error)
{
    return AuditLog(database).firstBrokenEntry(error);
}

} // namespace

bool CentreCopy::isEmpty(Database& database, bool* empty, StorageError* error)
{
    QList<CentreSchema::Table> tables;
    if (!CentreSchema::read(database, &tables, error))
        return false;
    *empty = true;
    for (const CentreSchema::Table& table : std::as_const(tables)) {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoted(table.name)));
        if (!database.exec(query, error, tr("read the %1").arg(table.name)))
            return false;
        if (query.next()) {
            *empty = false;
            break;
        }
    }
    return true;
}

bool CentreCopy::copy(Database& source, Database& target, const Options& options, Report* report,
                      StorageError* error)
{
    if (!source.permits(Action::EditCentre, error))
        return false;
    if (source.schemaVersion() != target.schemaVersion()) {
        *error = {StorageError::Code::Refused,
                  tr("The target is at data version %1 and the centre at %2, so it cannot take "
                     "this centre. Nothing was copied; use an empty database.")
                      .arg(target.schemaVersion())
                      .arg(source.schemaVersion())};
        return false;
    }
    if (!source.isServer() && !target.isServer()) {
        *error = {StorageError::Code::Refused,
                  tr("A centre file is copied with backup, not by moving it between engines. "
                     "Nothing was copied.")};
        return false;
    }
    // A SQLite centre is replaced by putting another file in its place (BackupService).
    if (options.replaceTarget && !target.isServer()) {
        *error = {StorageError::Code::Refused,
                  tr("Only a centre on a server can be replaced by a copy. Nothing was copied.")};
        return false;
    }
    QList<TablePair> pairs;
    if (!pairTables(source, target, &pairs, error))
        return false;
    bool empty = false;
    if (!options.replaceTarget && !isEmpty(target, &empty, error))
        return false;
    if (!options.replaceTarget && !empty) {
        *error = {StorageError::Code::NotEmpty,
                  tr("The target %1 already holds a centre (it has data in it), so nothing was "
                     "copied. Copy into an empty database.")
                      .arg(target.path())};
        return false;
    }
    SourceSnapshot snapshot(source);
    if (!snapshot.begin(error))
        return false;
    WriteTransaction transaction(target);
    if (!transaction.begin(error) ||
        !run(target, target.dialect().deferForeignKeys(), error, tr("copy the centre")))
        return false;
    if (options.replaceTarget) {
        QStringList names;
        for (const TablePair& pair : std::as_const(pairs))
            names << quoted(pair.target.name);
        for (const QString& statement : target.dialect().emptyTables(names)) {
            if (!run(target, statement, error, tr("empty the target")))
                return false;
        }
    }
    *report = Report();
    for (const TablePair& pair : std::as_const(pairs)) {
        if (!pair.sourceHasTable)
            continue;
        qint64 copied = 0;
        if (!copyTable(source, target, pair, options, &copied, error))
            return false;
        report->rows += copied;
        report->tables.append({pair.target.name, copied, 0});
    }
    // Counted again on both sides before anything is committed.
    for (TableCount& count : report->tables) {
        count.source = rowCount(source, count.table, error);
        count.target = rowCount(target, count.table, error);
        if (count.source < 0 || count.target < 0)
            return false;
        if (count.source != count.target) {
            *error = {StorageError::Code::Refused,
                      tr("The copy of %1 holds %2 rows instead of %3, so nothing was copied.")
                          .arg(count.table)
                          .arg(count.target)
                          .arg(count.source),
                      QStringLiteral("count mismatch in %1").arg(count.table)};
            return false;
        }
        if (count.table == QLatin1String("audit_log"))
            report->auditEntries = count.target;
    }
    // The same accounts, ids and all, are on the target now: the same person verifies there.
    target.setActor(source.actor());
    const qint64 sourceBroken = firstBroken(source, error);
    const qint64 targetBroken = sourceBroken < 0 ? -1 : firstBroken(target, error);
    if (sourceBroken < 0 || targetBroken < 0)
        return false;
    if (sourceBroken != targetBroken) {
        *error = {StorageError::Code::Refused,
                  tr("The audit log's chain does not verify on the copy, so nothing was copied.")};
        return false;
    }
    report->firstBrokenAuditEntry = sourceBroken;
    if (!transaction.commit(error))
        return false;
    for (const QString& statement : target.dialect().afterBulkCopy())
        run(target, statement, nullptr, tr("copy the centre")); // statistics only: never fatal
    spdlog::info("centre copied to {}: {} rows in {} tables", target.path().toStdString(),
                 report->rows, report->tables.size());
    return true;
}
