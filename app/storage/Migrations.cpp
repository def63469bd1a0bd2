#include "storage/Migrations.h"

#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace {

QMap<int, QString> migrationFiles(const SqlDialect& dialect = SqlDialect::sqlite())
{
    QMap<int, QString> files;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QString folder = dialect.migrationsFolder();
    const QStringList names = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            files.insert(match.captured(1).toInt(), folder + QLatin1Char('/') + name);
    }
    return files;
}

} // namespace

int Migrations::latestVersion(const SqlDialect& dialect)
{
    const QMap<int, QString> files = migrationFiles(dialect);
    return files.isEmpty() ? 0 : files.lastKey();
}

QStringList Migrations::splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    bool inDollarQuote = false; // a PL/pgSQL body between $$ ... $$
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (!inDollarQuote && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        if (line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        // A PostgreSQL trigger names its function and ends at its ';' like any statement.
        if (line.contains(QLatin1String("EXECUTE FUNCTION"), Qt::CaseInsensitive))
            inTrigger = false;
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        current += raw + QLatin1Char('\n');
        const bool ends = inDollarQuote ? false
                          : inTrigger
                              ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                              : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool Migrations::apply(Database& database, StorageError* error)
{
    const int from = database.schemaVersion();
    const QMap<int, QString> files = migrationFiles(database.dialect());
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const int version = it.key();
        if (version <= from)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly)) {
            *error = {StorageError::Code::MigrationFailed,
                      tr("Massage Desk is incomplete: migration %1 is missing.").arg(version)};
            return false;
        }
        const QString script = QString::fromUtf8(file.readAll());

        WriteTransaction transaction(database);
        if (!transaction.begin(error))
            return false;
        QSqlQuery query(database.connection());
        for (const QString& lock : database.dialect().migrationLock()) {
            if (!query.exec(lock)) {
                *error = database.errorFrom(query, tr("update its structure"));
                return false;
            }
        }
        // Another program may have applied it while we waited for the write lock.
        if (database.schemaVersion() >= version)
            continue;
        QStringList statements = splitStatements(script);
        statements << database.dialect().recordVersion(version, Database::kApplicationId);
        for (const QString& statement : statements) {
            if (!query.exec(statement)) {
                StorageError failure = database.errorFrom(query, tr("update its structure"));
                *error = {StorageError::Code::MigrationFailed,
                          tr("Could not update the database to data version %1: %2")
                              .arg(version)
                              .arg(failure.message),
                          failure.detail};
                spdlog::error("migration {} failed: {}", version, failure.detail.toStdString());
                return false; // the transaction rolls back
            }
        }
        query.finish();
        if (!transaction.commit(error))
            return false;
        spdlog::info("database migrated to version {}", version);
    }
    return true;
}
