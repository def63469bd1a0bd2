#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// `demo` makes a centre with accounts (manager, reception, one per therapist; password demo),
// and then every command signs in and leaves an audit entry. Suites whose subject is not
// signing in take the same centre without the accounts, removed behind the program's back, so
// "a refused command changed nothing" can still compare the file byte for byte. The demo is
// sealed unless made with --unsealed, and only an unsealed one is taken.
inline bool withoutDemoAccounts(const QString& database)
{
    bool ok = false;
    {
        QSqlDatabase sql =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("demo-accounts"));
        sql.setDatabaseName(database);
        if (sql.open()) {
            QSqlQuery q(sql);
            // A sealed demo without its accounts could not open its answers: such a suite
            // makes it with "demo --unsealed".
            ok = q.exec(QStringLiteral("SELECT count(*) FROM sealing")) && q.next() &&
                 q.value(0).toInt() == 0;
            q.finish();
            ok = ok && q.exec(QStringLiteral("DELETE FROM users")) &&
                 q.exec(QStringLiteral("DELETE FROM settings WHERE key = 'centre.demo'"));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("demo-accounts"));
    return ok;
}
