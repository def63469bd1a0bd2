#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "core/Clock.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace Commands {

namespace {

QJsonObject clientJson(const ClientSummary& client)
{
    QJsonObject object{{QStringLiteral("id"), client.id},
                       {QStringLiteral("name"), client.name},
                       {QStringLiteral("phone"), client.phone},
                       {QStringLiteral("email"), client.email},
                       {QStringLiteral("language"), client.language}};
    if (client.lastVisit > 0) {
        object.insert(QStringLiteral("latest_booking"),
                      QDateTime::fromSecsSinceEpoch(client.lastVisit, QTimeZone::utc())
                          .toString(Qt::ISODate));
    }
    return object;
}

void printClient(QTextStream& out, const ClientSummary& client)
{
    out << QStringLiteral("%1  %2  %3  %4\n")
               .arg(client.id, 6)
               .arg(client.name.leftJustified(36), client.phone.leftJustified(14), client.email);
}

} // namespace

int clientsAdd(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("N"));
    const QCommandLineOption phone(QStringLiteral("phone"), QString(), QStringLiteral("P"));
    const QCommandLineOption email(QStringLiteral("email"), QString(), QStringLiteral("E"));
    const QCommandLineOption language(QStringLiteral("language"), QString(), QStringLiteral("L"),
                                      QStringLiteral("ca"));
    parser.addOptions({name, phone, email, language});
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 0, &exitCode))
        return exitCode;
    if (!parser.isSet(name)) // usage errors come before anything is opened
        return context.output.fail(CliApp::Usage, CliApp::tr("clients add needs --name."));
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    ClientRules::Input input;
    input.name = parser.value(name);
    input.phone = parser.value(phone);
    input.email = parser.value(email);
    input.language = parser.value(language);
    ClientRepository clients(*database);
    StorageError error;
    const QList<ClientSummary> same = clients.findDuplicates(input.phone, input.email, &error);
    qint64 id = 0;
    if (!clients.add(input, 0, &id, &error))
        return context.output.fail(CliApp::Refused, error.message);
    for (const ClientSummary& other : same) {
        context.output.err() << CliApp::tr("Note: client %1 (%2) already has this phone or email.")
                                    .arg(other.id)
                                    .arg(other.name)
                             << Qt::endl;
    }
    ClientSummary created;
    clients.find(id, &created, &error);
    if (context.output.json()) {
        QJsonObject object = clientJson(created);
        QJsonArray duplicates;
        for (const ClientSummary& other : same)
            duplicates.append(other.id);
        object.insert(QStringLiteral("same_contact_as"), duplicates);
        context.output.printJson(object);
    } else {
        context.output.out() << CliApp::tr("Added client %1: %2").arg(id).arg(created.name)
                             << Qt::endl;
    }
    return CliApp::Ok;
}

int clientsFind(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"),
                                   QStringLiteral("50"));
    parser.addOption(limit);
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 1, &exitCode))
        return exitCode;
    bool ok = false;
    const int max = parser.value(limit).toInt(&ok);
    if (!ok || max < 1 || max > 10000)
        return context.output.fail(CliApp::Usage,
                                   CliApp::tr("--limit must be a number from 1 to 10000."));
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    StorageError error;
    const QList<ClientSummary> found =
        ClientRepository(*database).search(parser.positionalArguments().constFirst(), max, &error);
    if (error)
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json()) {
        QJsonArray array;
        for (const ClientSummary& client : found)
            array.append(clientJson(client));
        context.output.printJson({{QStringLiteral("clients"), array}});
    } else {
        if (found.isEmpty())
            context.output.out() << CliApp::tr("No client matches.") << '\n';
        for (const ClientSummary& client : found)
            printClient(context.output.out(), client);
        context.output.out().flush();
    }
    return CliApp::Ok;
}

} // namespace Commands
