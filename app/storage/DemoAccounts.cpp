#include "storage/DemoAccounts.h"

#include "core/Clock.h"
#include "core/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

// "Sílvia Pujol" -> "silvia": the first name, lower case, without accents, easy to type.
QString DemoAccounts::accountName(const QString& therapist)
{
    QString name;
    for (const QChar c :
         therapist.section(QLatin1Char(' '), 0, 0).normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            name += c.toLower();
    }
    return name;
}

// Inside the demo's write transaction: the accounts, linked to their therapist records, with
// one Argon2id hash of the shared password (the same public password, so one hash at the
// project's interactive cost, with a salt from the seed so the file stays reproducible) and an
// audit entry each.
bool DemoAccounts::add(Database& database, const QString& hash,
                       const std::vector<std::pair<QString, qint64>>& therapists,
                       QList<DemoGenerator::Account>* accounts, StorageError* error)
{
    QList<DemoGenerator::Account> made = {{QStringLiteral("manager"), Role::Manager, 0},
                                          {QStringLiteral("reception"), Role::Receptionist, 0}};
    for (const auto& [displayName, id] : therapists)
        made.append({accountName(displayName), Role::Therapist, id});
    QSqlQuery insert(database.connection());
    insert.prepare(QStringLiteral("INSERT INTO users (name, display_name, role, password_hash, "
                                  "therapist_id, created_at, password_changed_at) VALUES (?, ?, "
                                  "?, ?, ?, ?, ?)"));
    const qint64 now = database.clock().nowSecs();
    for (const DemoGenerator::Account& account : std::as_const(made)) {
        QString shown;
        for (const auto& [displayName, id] : therapists) {
            if (id == account.therapistId)
                shown = displayName;
        }
        insert.addBindValue(account.name);
        insert.addBindValue(shown.isNull() ? QStringLiteral("") : shown);
        insert.addBindValue(Permissions::roleCode(account.role));
        insert.addBindValue(hash);
        insert.addBindValue(account.therapistId > 0 ? QVariant(account.therapistId) : QVariant());
        insert.addBindValue(database.timeValue(now));
        insert.addBindValue(database.timeValue(now));
        if (!database.exec(insert, error, DemoGenerator::tr("add the demo's user accounts")) ||
            !AuditLog(database).append(
                QStringLiteral("demo"), QStringLiteral("user.add"), 0, 0,
                QStringLiteral("%1 as %2").arg(account.name, Permissions::roleCode(account.role)),
                error))
            return false;
    }
    *accounts = made;
    return true;
}
