#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "cli/SignIn.h"
#include "core/LocalTime.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/UserRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace Commands {

int usersAdd(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("role"), QString(), QStringLiteral("ROLE")},
                       {QStringLiteral("therapist"), QString(), QStringLiteral("ID")}});
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 1, &exitCode))
        return exitCode;
    const std::optional<Role> role =
        Permissions::roleFromCode(parser.value(QStringLiteral("role")));
    if (!role)
        return context.output.fail(
            CliApp::Usage, CliApp::tr("--role must be receptionist, therapist or manager."));
    qint64 therapist = 0;
    if (parser.isSet(QStringLiteral("therapist"))) {
        bool ok = false;
        therapist = parser.value(QStringLiteral("therapist")).toLongLong(&ok);
        if (!ok || therapist <= 0)
            return context.output.fail(CliApp::Usage,
                                       CliApp::tr("--therapist takes a therapist number."));
    }
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    const QString name = parser.positionalArguments().constFirst();
    const QString password = SignIn::password(context, "MASSAGE_DESK_NEW_PASSWORD",
                                              CliApp::tr("New password for %1: ").arg(name));
    qint64 id = 0;
    StorageError error;
    if (!UserRepository(*database).add(name, *role, password, therapist, context.userName, &id,
                                       &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json())
        context.output.printJson({{QStringLiteral("id"), id},
                                  {QStringLiteral("name"), name.trimmed()},
                                  {QStringLiteral("role"), Permissions::roleCode(*role)}});
    else
        context.output.out()
            << CliApp::tr("Added %1 as %2.").arg(name.trimmed(), Permissions::roleName(*role))
            << Qt::endl;
    return CliApp::Ok;
}

int usersList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = CliApp::Ok;
    std::unique_ptr<Database> database = parseAndOpen(context, parser, arguments, 0, &exitCode);
    if (!database)
        return exitCode;
    StorageError error;
    const QList<User> users = UserRepository(*database).list(&error);
    if (error)
        return context.output.fail(CliApp::Refused, error.message);
    QJsonArray array;
    for (const User& u : users) {
        if (context.output.json()) {
            array.append(QJsonObject{{QStringLiteral("id"), u.id},
                                     {QStringLiteral("name"), u.name},
                                     {QStringLiteral("role"), Permissions::roleCode(u.role)},
                                     {QStringLiteral("active"), u.active}});
        } else {
            context.output.out() << QStringLiteral("%1  %2  %3%4\n")
                                        .arg(u.id, 4)
                                        .arg(u.name.leftJustified(16),
                                             Permissions::roleName(u.role),
                                             u.active ? QString() : CliApp::tr("  (deactivated)"));
        }
    }
    if (context.output.json())
        context.output.printJson({{QStringLiteral("users"), array}});
    context.output.out().flush();
    return CliApp::Ok;
}

int auditList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("client"), QString(), QStringLiteral("ID")},
         {QStringLiteral("user"), QString(), QStringLiteral("NAME")},
         {QStringLiteral("kind"), QString(), QStringLiteral("KIND")},
         {QStringLiteral("from"), QString(), QStringLiteral("DATE")},
         {QStringLiteral("to"), QString(), QStringLiteral("DATE")},
         {QStringLiteral("limit"), QString(), QStringLiteral("N"), QStringLiteral("100")}});
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 0, &exitCode))
        return exitCode;
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    const qint64 client = parser.value(QStringLiteral("client")).toLongLong();
    if (!ok || limit < 1 || limit > 100000 ||
        (parser.isSet(QStringLiteral("client")) && client <= 0))
        return context.output.fail(CliApp::Usage,
                                   CliApp::tr("--limit takes 1 to 100000 and --client a client "
                                              "number."));
    const QDate from =
        QDate::fromString(parser.value(QStringLiteral("from")), QStringLiteral("yyyy-MM-dd"));
    const QDate to =
        QDate::fromString(parser.value(QStringLiteral("to")), QStringLiteral("yyyy-MM-dd"));
    if ((parser.isSet(QStringLiteral("from")) && !from.isValid()) ||
        (parser.isSet(QStringLiteral("to")) && !to.isValid()) ||
        (from.isValid() && to.isValid() && to < from))
        return context.output.fail(CliApp::Usage,
                                   CliApp::tr("--from and --to take dates as YYYY-MM-DD, the "
                                              "first not after the second."));
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    const QTimeZone centre = SettingsRepository(*database).timeZone();
    AuditFilter filter;
    filter.user = parser.value(QStringLiteral("user"));
    if (client > 0)
        filter.clientIds = {client};
    filter.kinds = parser.values(QStringLiteral("kind"));
    if (from.isValid())
        filter.fromSecs = QDateTime(from, QTime(0, 0), centre).toSecsSinceEpoch();
    if (to.isValid())
        filter.toSecs = QDateTime(to.addDays(1), QTime(0, 0), centre).toSecsSinceEpoch();
    StorageError error;
    const QList<AuditEntry> entries = AuditLog(*database).entries(filter, limit, &error);
    if (error)
        return context.output.fail(CliApp::Refused, error.message);
    // Reading the log is itself recorded.
    if (!AuditLog(*database).appendAlone(context.userName, QStringLiteral("audit.read"), client, 0,
                                         QString(), &error))
        return context.output.fail(CliApp::Refused, error.message);
    const QTimeZone& zone = centre;
    QJsonArray array;
    for (const AuditEntry& e : entries) {
        if (context.output.json()) {
            array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("at"), LocalTime::format(e.at, zone)},
                                     {QStringLiteral("user"), e.user},
                                     {QStringLiteral("kind"), e.kind},
                                     {QStringLiteral("client"), e.clientId},
                                     {QStringLiteral("booking"), e.bookingId},
                                     {QStringLiteral("detail"), e.detail}});
        } else {
            context.output.out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                                        .arg(e.id, 6)
                                        .arg(LocalTime::format(e.at, zone),
                                             e.user.leftJustified(12), e.kind.leftJustified(20),
                                             e.detail);
        }
    }
    if (context.output.json())
        context.output.printJson({{QStringLiteral("entries"), array}});
    context.output.out().flush();
    return CliApp::Ok;
}

int auditVerify(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = CliApp::Ok;
    std::unique_ptr<Database> database = parseAndOpen(context, parser, arguments, 0, &exitCode);
    if (!database)
        return exitCode;
    StorageError error;
    const qint64 broken = AuditLog(*database).firstBrokenEntry(&error);
    if (broken < 0)
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json())
        context.output.printJson(
            {{QStringLiteral("ok"), broken == 0}, {QStringLiteral("first_broken_entry"), broken}});
    else if (broken == 0)
        context.output.out() << CliApp::tr("The audit log is intact.") << Qt::endl;
    if (broken != 0) {
        context.output.err() << CliApp::tr("The audit log has been tampered with: entry %1 does "
                                           "not match the chain.")
                                    .arg(broken)
                             << Qt::endl;
        return CliApp::Refused;
    }
    return CliApp::Ok;
}

} // namespace Commands
