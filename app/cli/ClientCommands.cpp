#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "core/Clock.h"
#include "core/NewFile.h"
#include "storage/ClientDataRights.h"
#include "storage/ClientRepository.h"
#include "storage/ClientSearchIndex.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
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

bool clientNumber(CliContext& context, const QString& text, qint64* id, int* exitCode)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0) {
        *exitCode = context.output.fail(CliApp::Usage,
                                        CliApp::tr("%1 must be a positive number, not \"%2\".")
                                            .arg(QStringLiteral("ID"), text));
        return false;
    }
    return true;
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
    // The client has read the consent text (ClientRules::consentText) and agrees: check-ins
    // need it.
    const QCommandLineOption consent(QStringLiteral("consent"), QString());
    parser.addOptions({name, phone, email, language, consent});
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
    // With --consent, the client and the consent in one transaction (all or nothing).
    const bool added =
        parser.isSet(consent)
            ? clients.addWithConsent(input, ClientRules::consentVersion(),
                                     context.actor ? context.actor->userId : 0, &id, &error)
            : clients.add(input, 0, &id, &error);
    if (!added)
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

int clientsExport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    parser.addOptions({outOption, pdfOption});
    int exitCode = CliApp::Ok;
    qint64 id = 0;
    if (!parse(context, parser, arguments, 1, &exitCode) ||
        !clientNumber(context, parser.positionalArguments().constFirst(), &id, &exitCode))
        return exitCode;
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return context.output.fail(CliApp::Usage, CliApp::tr("clients export needs --out FILE."));
    // The command line has no printing: the readable PDF comes from the Clients page.
    if (parser.isSet(pdfOption))
        return context.output.fail(CliApp::Usage,
                                   CliApp::tr("The PDF report is made by Massage Desk itself "
                                              "(Clients page, Export data); the command line "
                                              "writes the JSON file only."));
    const QString path = parser.value(outOption);
    if (QFileInfo(path).isDir())
        return context.output.fail(CliApp::Usage,
                                   CliApp::tr("%1 is a folder; --out needs a file name.")
                                       .arg(QDir::toNativeSeparators(path)));
    // Refused before the export is read (and audited): an existing file, a link, a device.
    if (const QString refusal = NewFile::refusal(path); !refusal.isEmpty())
        return context.output.fail(CliApp::Refused, refusal);
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    QJsonObject document;
    StorageError error;
    if (!ClientDataRights(*database).exportClient(id, &document, &error))
        return context.output.fail(CliApp::Refused, error.message);
    // Health data: only the owner may read the file, and a half-written one never appears.
    QString message;
    if (!NewFile::write(path, QJsonDocument(document).toJson(QJsonDocument::Indented),
                        NewFile::Access::OwnerOnly, &message))
        return context.output.fail(CliApp::Refused, message);
    const QJsonArray bookings = document.value(QLatin1String("bookings")).toArray();
    int checkins = 0;
    for (const QJsonValue& booking : bookings)
        checkins += booking.toObject().value(QLatin1String("checkin")).isObject() ? 1 : 0;
    if (context.output.json()) {
        context.output.printJson({{QStringLiteral("client"), id},
                                  {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                                  {QStringLiteral("bookings"), int(bookings.size())},
                                  {QStringLiteral("checkins"), checkins}});
    } else {
        context.output.out()
            << CliApp::tr("Exported client %1 to %2.").arg(id).arg(QDir::toNativeSeparators(path))
            << '\n'
            << CliApp::tr("Bookings: %1; with a check-in: %2.").arg(bookings.size()).arg(checkins)
            << Qt::endl;
    }
    return CliApp::Ok;
}

int clientsErase(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption yes({QStringLiteral("yes"), QStringLiteral("confirm")}, QString());
    parser.addOption(yes);
    int exitCode = CliApp::Ok;
    qint64 id = 0;
    if (!parse(context, parser, arguments, 1, &exitCode) ||
        !clientNumber(context, parser.positionalArguments().constFirst(), &id, &exitCode))
        return exitCode;
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    ClientDataRights rights(*database);
    StorageError error;
    if (!parser.isSet(yes)) {
        ClientDataRights::ErasurePlan plan;
        if (!rights.planErasure(id, &plan, &error))
            return context.output.fail(CliApp::Refused, error.message);
        return context.output.fail(
            CliApp::Refused,
            CliApp::tr("Erasing client %1 (%2) removes their name, phone, email, notes and every "
                       "check-in answer and note for good; it cannot be undone. Their bookings "
                       "stay as anonymous statistics (%3 kept) and their upcoming ones are "
                       "cancelled (%4). Nothing was changed: run again with --yes to erase.")
                .arg(id)
                .arg(plan.name)
                .arg(plan.bookings)
                .arg(plan.upcomingCancelled));
    }
    ClientDataRights::ErasureResult result;
    if (!rights.eraseClient(id, &result, &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json()) {
        QJsonObject object{{QStringLiteral("client"), id},
                           {QStringLiteral("erased"), true},
                           {QStringLiteral("bookings_kept"), result.plan.bookings},
                           {QStringLiteral("checkins_cleared"), result.plan.checkins},
                           {QStringLiteral("upcoming_cancelled"), result.plan.upcomingCancelled},
                           {QStringLiteral("compacted"), result.compacted}};
        if (!result.compacted)
            object.insert(QStringLiteral("note"), result.compactionProblem);
        context.output.printJson(object);
        return CliApp::Ok;
    }
    if (result.alreadyErased)
        context.output.out() << CliApp::tr("Client %1 was already erased; their old details are "
                                           "now wiped from the file.")
                                    .arg(id)
                             << Qt::endl;
    else
        context.output.out()
            << CliApp::tr("Erased client %1: name, contact details, notes and check-in answers "
                          "removed. Bookings kept as anonymous statistics: %2; upcoming bookings "
                          "cancelled: %3.")
                   .arg(id)
                   .arg(result.plan.bookings)
                   .arg(result.plan.upcomingCancelled)
            << Qt::endl;
    if (!result.compacted)
        context.output.err() << result.compactionProblem << Qt::endl;
    return CliApp::Ok;
}

int clientsReindex(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 0, &exitCode))
        return exitCode;
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    qint64 indexed = 0;
    StorageError error;
    if (!ClientSearchIndex(*database).rebuild(&indexed, &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json())
        context.output.printJson({{QStringLiteral("clients_indexed"), indexed}});
    else
        context.output.out() << CliApp::tr("Client search rebuilt: %n client(s) can be found.",
                                           nullptr, int(indexed))
                             << Qt::endl;
    return CliApp::Ok;
}

} // namespace Commands
