#include "CliCentre.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

bool CliCentre::makeDemo(QString* problem)
{
    m_cli.setNow(QStringLiteral("2026-11-25T07:00:00Z"));
    const CliResult demo =
        m_cli.run({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5")});
    if (demo.exitCode != 0) {
        *problem = demo.describe();
        return false;
    }
    // Demo centres may come with accounts (password "demo"); then every command signs in.
    QList<QVariantList> users;
    *problem = sql(m_cli.database(), {QStringLiteral("SELECT COUNT(*) FROM users")}, &users);
    if (!problem->isEmpty())
        return false;
    if (users.value(0).value(0).toInt() > 0) {
        qputenv("MASSAGE_DESK_PASSWORD", "demo");
        m_signIn = {QStringLiteral("--user"), QStringLiteral("manager")};
    }
    return true;
}

CliResult CliCentre::run(const QStringList& arguments) const
{
    return m_cli.run(m_signIn + arguments);
}

qint64 CliCentre::therapistId(const QString& name) const
{
    QList<QVariantList> rows;
    sql(m_cli.database(),
        {QStringLiteral("SELECT id FROM therapists WHERE display_name = '%1'").arg(name)}, &rows);
    return rows.value(0).value(0).toLongLong();
}

QString CliCentre::sql(const QString& database, const QStringList& statements,
                       QList<QVariantList>* rows)
{
    const QString connection = QStringLiteral("cli_centre_sql");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(database);
        if (!db.open())
            problem = db.lastError().text();
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            if (!problem.isEmpty())
                break;
            if (!query.exec(statement)) {
                problem = statement + QStringLiteral(": ") + query.lastError().text();
                break;
            }
            while (rows && query.next()) {
                QVariantList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row.append(query.value(i));
                rows->append(row);
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}
