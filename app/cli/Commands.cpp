#include "cli/Commands.h"

#include "cli/CliOutput.h"
#include "cli/SignIn.h"
#include "core/Clock.h"
#include "storage/BackupService.h"
#include "storage/CatalogueImporter.h"
#include "storage/Database.h"
#include "storage/DemoGenerator.h"
#include "storage/HealthCheck.h"
#include "storage/SealingRepository.h"
#include "storage/SqlDialect.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace Commands {

bool parse(CliContext& context, QCommandLineParser& parser, const QStringList& arguments,
           int expectedPositional, int* exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("massage-desk-cli")} + arguments)) {
        *exitCode = context.output.fail(CliApp::Usage, parser.errorText());
        return false;
    }
    if (parser.positionalArguments().size() != expectedPositional) {
        *exitCode = context.output.fail(
            CliApp::Usage,
            expectedPositional == 0
                ? CliApp::tr("This command takes no arguments: %1")
                      .arg(parser.positionalArguments().join(QLatin1Char(' ')))
                : CliApp::tr("This command needs exactly %n argument(s); see --help.", nullptr,
                             expectedPositional));
        return false;
    }
    return true;
}

std::unique_ptr<Database> openExisting(CliContext& context, int* exitCode)
{
    StorageError error;
    Database::Options options;
    options.path = context.databasePath;
    options.mode = Database::Mode::OpenExisting;
    std::unique_ptr<Database> database = Database::open(options, context.clock, &error);
    if (!database) {
        spdlog::info("cli: cannot open database: {}", error.detail.toStdString());
        *exitCode = context.output.fail(CliApp::Refused, error.message);
        return nullptr;
    }
    database->setActor(context.actor);
    if (context.actor)
        database->setCentreKey(context.actor->userId, context.centreKey);
    return database;
}

std::unique_ptr<Database> parseAndOpen(CliContext& context, QCommandLineParser& parser,
                                       const QStringList& arguments, int expectedPositional,
                                       int* exitCode)
{
    if (!parse(context, parser, arguments, expectedPositional, exitCode))
        return nullptr;
    return openExisting(context, exitCode);
}

namespace {

std::unique_ptr<Database> openOrCreate(CliContext& context, int* exitCode)
{
    StorageError error;
    Database::Options options;
    options.path = context.databasePath;
    std::unique_ptr<Database> database = Database::open(options, context.clock, &error);
    if (!database) {
        *exitCode = context.output.fail(CliApp::Refused, error.message);
        return nullptr;
    }
    database->setActor(context.actor);
    if (database->createdNow() && !CatalogueImporter::importDefault(*database, &error)) {
        *exitCode = context.output.fail(CliApp::Refused, error.message);
        return nullptr;
    }
    return database;
}

QJsonObject countsObject(const HealthCheck::Report& report)
{
    QJsonObject counts;
    for (const auto& pair : report.counts)
        counts.insert(pair.first, pair.second);
    return counts;
}

} // namespace

int init(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption managerOption(QStringLiteral("manager"), QString(),
                                           QStringLiteral("NAME"));
    parser.addOption(managerOption);
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 0, &exitCode))
        return exitCode;
    std::unique_ptr<Database> database = openOrCreate(context, &exitCode);
    if (!database)
        return exitCode;
    const bool created = database->createdNow();
    QString recoveryKey;
    if (parser.isSet(managerOption)) {
        UserRepository users(*database);
        StorageError error;
        if (users.anyUser(&error))
            return context.output.fail(CliApp::Refused,
                                       CliApp::tr("This database already has users; a manager "
                                                  "adds more with \"users add\"."));
        const QString name = parser.value(managerOption);
        const QString password =
            SignIn::password(context, "MASSAGE_DESK_PASSWORD",
                             CliApp::tr("Password for the manager %1: ").arg(name));
        qint64 id = 0;
        if (!users.add(name, Role::Manager, password, 0, name, &id, &error))
            return context.output.fail(CliApp::Refused, error.message);
        if (!context.output.json())
            context.output.out() << CliApp::tr("Created the manager %1.").arg(name.trimmed())
                                 << Qt::endl;
        // A centre with a manager seals its health data from the start (DESIGN 6).
        database->setActor(Actor{id, name.trimmed(), Role::Manager, 0});
        if (!SealingRepository(*database).enable(password, &recoveryKey, {}, &error))
            return context.output.fail(CliApp::Refused, error.message);
        if (!context.output.json())
            printRecoveryKey(context, recoveryKey);
    }
    if (context.output.json()) {
        QJsonObject facts{{QStringLiteral("path"), database->path()},
                          {QStringLiteral("created"), created},
                          {QStringLiteral("schema_version"), database->schemaVersion()}};
        if (!recoveryKey.isEmpty())
            facts.insert(QStringLiteral("recovery_key"), recoveryKey);
        context.output.printJson(facts);
    } else if (created) {
        context.output.out() << CliApp::tr("Created %1 with the default catalogue.")
                                    .arg(QDir::toNativeSeparators(database->path()))
                             << Qt::endl;
    } else {
        context.output.out() << CliApp::tr("%1 is already a Massage Desk database (data "
                                           "version %2); nothing was changed.")
                                    .arg(QDir::toNativeSeparators(database->path()))
                                    .arg(database->schemaVersion())
                             << Qt::endl;
    }
    return CliApp::Ok;
}

int demo(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption sizeOption(QStringLiteral("size"), QString(), QStringLiteral("SIZE"),
                                        QStringLiteral("small"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QString(), QStringLiteral("N"),
                                        QStringLiteral("1"));
    const QCommandLineOption unsealedOption(QStringLiteral("unsealed"), QString());
    parser.addOptions({sizeOption, seedOption, unsealedOption});
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 0, &exitCode))
        return exitCode;
    DemoGenerator::Options options;
    options.accounts = true;
    // Sealed like the GUI's demo and every new centre with a manager (DESIGN 6); plain only on
    // request, for scripts that read the demo's answers after removing its accounts.
    options.sealed = !parser.isSet(unsealedOption);
    if (!DemoGenerator::parseSize(parser.value(sizeOption), &options.size)) {
        return context.output.fail(
            CliApp::Usage,
            CliApp::tr("--size must be small or large, not \"%1\".").arg(parser.value(sizeOption)));
    }
    bool seedOk = false;
    options.seed = parser.value(seedOption).toUInt(&seedOk);
    if (!seedOk) {
        return context.output.fail(CliApp::Usage,
                                   CliApp::tr("--seed must be a whole number from 0 to "
                                              "4294967295, not \"%1\".")
                                       .arg(parser.value(seedOption)));
    }
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Database> database = openOrCreate(context, &exitCode);
    if (!database)
        return exitCode;
    DemoGenerator::Summary summary;
    StorageError error;
    if (!DemoGenerator::generate(*database, options, &summary, &error))
        return context.output.fail(CliApp::Refused, error.message);
    const double seconds = double(timer.elapsed()) / 1000.0;
    QJsonArray users;
    QStringList names;
    for (const DemoGenerator::Account& account : std::as_const(summary.accounts)) {
        QJsonObject user{{QStringLiteral("name"), account.name},
                         {QStringLiteral("role"), Permissions::roleCode(account.role)}};
        if (account.therapistId > 0)
            user.insert(QStringLiteral("therapist"), account.therapistId);
        users.append(user);
        names << account.name;
    }
    if (context.output.json()) {
        QJsonObject printed{{QStringLiteral("path"), database->path()},
                            {QStringLiteral("size"), parser.value(sizeOption)},
                            {QStringLiteral("seed"), qint64(options.seed)},
                            {QStringLiteral("therapists"), summary.therapists},
                            {QStringLiteral("rooms"), summary.rooms},
                            {QStringLiteral("clients"), summary.clients},
                            {QStringLiteral("bookings"), summary.bookings},
                            {QStringLiteral("checkins"), summary.checkins},
                            {QStringLiteral("seconds"), seconds},
                            {QStringLiteral("users"), users}};
        if (!users.isEmpty())
            printed.insert(QStringLiteral("password"), QLatin1String(DemoGenerator::kPassword));
        context.output.printJson(printed);
    } else {
        context.output.out()
            << CliApp::tr("Demo centre written to %1 in %2 s: %3 therapists, %4 rooms, %5 "
                          "clients, %6 bookings, %7 check-ins.")
                   .arg(QDir::toNativeSeparators(database->path()))
                   .arg(seconds, 0, 'f', 1)
                   .arg(summary.therapists)
                   .arg(summary.rooms)
                   .arg(summary.clients)
                   .arg(summary.bookings)
                   .arg(summary.checkins)
            << Qt::endl;
        if (!names.isEmpty())
            context.output.out()
                << CliApp::tr("Demo users: %1, all with the password \"%2\". Sign in with --user "
                              "NAME; the password comes from MASSAGE_DESK_PASSWORD or the prompt.")
                       .arg(names.join(QStringLiteral(", ")),
                            QLatin1String(DemoGenerator::kPassword))
                << Qt::endl;
        else
            context.output.out()
                << CliApp::tr("The centre already has its own user accounts, so no demo users "
                              "were added.")
                << Qt::endl;
    }
    return CliApp::Ok;
}

int check(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = CliApp::Ok;
    std::unique_ptr<Database> database = parseAndOpen(context, parser, arguments, 0, &exitCode);
    if (!database)
        return exitCode;
    HealthCheck::Report report;
    StorageError error;
    if (!HealthCheck::run(*database, &report, &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json()) {
        context.output.printJson(
            {{QStringLiteral("ok"), report.ok()},
             {QStringLiteral("integrity"),
              report.integrityProblems.isEmpty()
                  ? QJsonValue(QStringLiteral("ok"))
                  : QJsonValue(QJsonArray::fromStringList(report.integrityProblems))},
             {QStringLiteral("schema_version"), report.schemaVersion},
             {QStringLiteral("latest_schema_version"), report.latestSchemaVersion},
             {QStringLiteral("overlapping_bookings"), report.overlappingBookings},
             {QStringLiteral("search_out_of_step"), report.searchOutOfStep < 0
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(report.searchOutOfStep)},
             {QStringLiteral("counts"), countsObject(report)}});
    } else {
        QTextStream& out = context.output.out();
        out << CliApp::tr("Database:  %1").arg(QDir::toNativeSeparators(database->path())) << '\n';
        out << CliApp::tr("Integrity: %1")
                   .arg(report.integrityProblems.isEmpty()
                            ? CliApp::tr("ok")
                            : report.integrityProblems.join(QStringLiteral("; ")))
            << '\n';
        out << CliApp::tr("Data version: %1 (this program: %2)")
                   .arg(report.schemaVersion)
                   .arg(report.latestSchemaVersion)
            << '\n';
        out << CliApp::tr("Double bookings: %1").arg(report.overlappingBookings) << '\n';
        if (report.searchOutOfStep == 0)
            out << CliApp::tr("Client search: ok") << '\n';
        else if (report.searchOutOfStep > 0)
            out << CliApp::tr("Client search: %n client(s) found wrongly; a manager's \"clients "
                              "reindex\" writes it again",
                              nullptr, int(report.searchOutOfStep))
                << '\n';
        for (const auto& pair : report.counts)
            out << QStringLiteral("  %1 %2\n").arg(pair.first.leftJustified(12)).arg(pair.second);
        out.flush();
    }
    if (!report.ok()) {
        context.output.err() << CliApp::tr("Problems were found; see above.") << Qt::endl;
        return CliApp::Refused;
    }
    return CliApp::Ok;
}

int backup(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 1, &exitCode))
        return exitCode;
    QString destination = parser.positionalArguments().constFirst();
    if (destination.trimmed().isEmpty())
        return context.output.fail(CliApp::Usage,
                                   CliApp::tr("backup needs a file or folder to write to: backup "
                                              "DEST (see --help)."));
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    // An existing folder, or a path ending in a slash, means "a dated file in that folder",
    // made unique when a backup of the same second is already there.
    if (QFileInfo(destination).isDir() || destination.endsWith(QLatin1Char('/')))
        destination = BackupService::freeBackupPath(destination, context.clock);
    if (database->isServer())
        return serverBackup(context, *database, destination);
    BackupService::BackupFacts facts;
    StorageError error;
    if (!BackupService::backup(*database, destination, &facts, &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json()) {
        context.output.printJson({{QStringLiteral("path"), facts.path},
                                  {QStringLiteral("bytes"), facts.bytes},
                                  {QStringLiteral("schema_version"), facts.schemaVersion}});
    } else {
        context.output.out() << CliApp::tr("Backup written and checked: %1 (%2 KiB).")
                                    .arg(QDir::toNativeSeparators(facts.path))
                                    .arg((facts.bytes + 1023) / 1024)
                             << Qt::endl;
    }
    return CliApp::Ok;
}

int restore(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    // Only for a centre on a server; a file is always replaced, keeping a safety copy.
    const QCommandLineOption replace(QStringLiteral("replace"), QString());
    const QCommandLineOption yes({QStringLiteral("yes"), QStringLiteral("confirm")}, QString());
    parser.addOptions({replace, yes});
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 1, &exitCode))
        return exitCode;
    if (parser.positionalArguments().constFirst().trimmed().isEmpty())
        return context.output.fail(CliApp::Usage,
                                   CliApp::tr("restore needs the backup file to restore from: "
                                              "restore SRC (see --help)."));
    const QString source = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    if (SqlDialect::isServerUri(context.databasePath))
        return serverRestore(context, source, parser.isSet(replace), parser.isSet(yes));
    QString safetyCopy;
    StorageError error;
    if (!BackupService::restore(context.databasePath, source, context.clock, &safetyCopy, &error))
        return context.output.fail(CliApp::Refused, error.message);
    // Bring an older backup up to this version's data version straight away.
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    if (context.output.json()) {
        context.output.printJson({{QStringLiteral("database"), database->path()},
                                  {QStringLiteral("restored_from"), source},
                                  {QStringLiteral("safety_copy"), safetyCopy},
                                  {QStringLiteral("schema_version"), database->schemaVersion()}});
    } else {
        context.output.out() << CliApp::tr("Restored %1 from %2.")
                                    .arg(QDir::toNativeSeparators(database->path()),
                                         QDir::toNativeSeparators(source))
                             << '\n';
        if (!safetyCopy.isEmpty()) {
            context.output.out() << CliApp::tr("The previous database was kept as %1.")
                                        .arg(QDir::toNativeSeparators(safetyCopy))
                                 << '\n';
        }
        context.output.out().flush();
    }
    return CliApp::Ok;
}

} // namespace Commands
