// Moving a centre between engines (issue 10 §3): migrate to a server, and the portable SQLite
// backup and restore of a centre that lives on one.
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "storage/Database.h"
#include "storage/PortableBackup.h"
#include "storage/SqlDialect.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <memory>

namespace Commands {

namespace {

// One line per table on stderr, and every tenth of a large one.
CentreCopy::Options progressOn(CliContext& context)
{
    CentreCopy::Options options;
    auto shown = std::make_shared<qint64>(0); // rows of the current table last printed
    options.progress = [&context, shown](const QString& table, qint64 done, qint64 total) {
        if (done == 0)
            *shown = 0;
        const qint64 step = qMax<qint64>(20000, total / 10);
        if (done != total && done - *shown < step)
            return;
        *shown = done;
        context.output.err() << CliApp::tr("  %1: %2 of %3 rows").arg(table).arg(done).arg(total)
                             << Qt::endl;
    };
    return options;
}

QJsonObject reportJson(const CentreCopy::Report& report)
{
    QJsonObject tables;
    for (const CentreCopy::TableCount& count : report.tables)
        tables.insert(count.table, count.target);
    return {{QStringLiteral("rows"), report.rows},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("audit_entries"), report.auditEntries},
            {QStringLiteral("audit_chain"), report.firstBrokenAuditEntry == 0
                                                ? QStringLiteral("intact")
                                                : QStringLiteral("broken")}};
}

void printCounts(CliContext& context, const CentreCopy::Report& report)
{
    QTextStream& out = context.output.out();
    for (const CentreCopy::TableCount& count : report.tables)
        out << QStringLiteral("  %1 %2\n").arg(count.table.leftJustified(22)).arg(count.target);
    if (report.firstBrokenAuditEntry == 0)
        out << CliApp::tr("Counts equal on both sides; the audit log's chain verifies (%1 "
                          "entries).")
                   .arg(report.auditEntries)
            << '\n';
    else
        out << CliApp::tr("Counts equal on both sides. The audit log was already broken at "
                          "entry %1 in the original and was copied as it is.")
                   .arg(report.firstBrokenAuditEntry)
            << '\n';
    out.flush();
}

} // namespace

int migrate(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("URI"));
    parser.addOption(toOption);
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 0, &exitCode))
        return exitCode;
    const QString uri = parser.value(toOption);
    if (!SqlDialect::isServerUri(uri))
        return context.output.fail(
            CliApp::Usage, CliApp::tr("migrate needs the server to move the centre to: migrate "
                                      "--to postgresql://user@host/database (see --help)."));
    if (SqlDialect::isServerUri(context.databasePath))
        return context.output.fail(CliApp::Usage,
                                   CliApp::tr("This centre is already on a server; migrate "
                                              "moves a centre file. Use backup for a copy."));
    std::unique_ptr<Database> source = openExisting(context, &exitCode);
    if (!source)
        return exitCode;
    StorageError error;
    Database::Options options;
    options.path = uri;
    std::unique_ptr<Database> target = Database::open(options, context.clock, &error);
    if (!target)
        return context.output.fail(CliApp::Refused, error.message);
    QElapsedTimer timer;
    timer.start();
    context.output.err() << CliApp::tr("Copying %1 to %2 ...")
                                .arg(QDir::toNativeSeparators(source->path()), target->path())
                         << Qt::endl;
    CentreCopy::Report report;
    if (!CentreCopy::copy(*source, *target, progressOn(context), &report, &error))
        return context.output.fail(CliApp::Refused, error.message);
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (context.output.json()) {
        QJsonObject printed = reportJson(report);
        printed.insert(QStringLiteral("from"), source->path());
        printed.insert(QStringLiteral("to"), target->path());
        printed.insert(QStringLiteral("seconds"), seconds);
        context.output.printJson(printed);
    } else {
        context.output.out() << CliApp::tr("Moved the centre to %1 in %2 s: %3 rows.")
                                    .arg(target->path())
                                    .arg(seconds, 0, 'f', 1)
                                    .arg(report.rows)
                             << '\n';
        printCounts(context, report);
        context.output.out() << CliApp::tr("Desks now open it with --database %1; %2 is left "
                                           "as it was.")
                                    .arg(target->path(), QDir::toNativeSeparators(source->path()))
                             << Qt::endl;
    }
    return CliApp::Ok;
}

int serverBackup(CliContext& context, Database& database, const QString& destination)
{
    BackupService::BackupFacts facts;
    CentreCopy::Report report;
    StorageError error;
    context.output.err() << CliApp::tr("Copying %1 to %2 ...")
                                .arg(database.path(), QDir::toNativeSeparators(destination))
                         << Qt::endl;
    if (!PortableBackup::write(database, destination, progressOn(context), &facts, &report, &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json()) {
        QJsonObject printed = reportJson(report);
        printed.insert(QStringLiteral("path"), facts.path);
        printed.insert(QStringLiteral("bytes"), facts.bytes);
        printed.insert(QStringLiteral("schema_version"), facts.schemaVersion);
        context.output.printJson(printed);
    } else {
        context.output.out() << CliApp::tr("Backup written and checked: %1 (%2 KiB), a SQLite "
                                           "file Massage Desk opens on any PC.")
                                    .arg(QDir::toNativeSeparators(facts.path))
                                    .arg((facts.bytes + 1023) / 1024)
                             << '\n';
        printCounts(context, report);
    }
    return CliApp::Ok;
}

int serverRestore(CliContext& context, const QString& source, bool replace, bool confirmed)
{
    StorageError error;
    Database::Options options;
    options.path = context.databasePath;
    std::unique_ptr<Database> database = Database::open(options, context.clock, &error);
    if (!database)
        return context.output.fail(CliApp::Refused, error.message);
    database->setActor(context.actor);
    if (replace && !confirmed) {
        BackupService::BackupFacts facts;
        if (!BackupService::verify(source, &facts, &error))
            return context.output.fail(CliApp::Refused, error.message);
        return context.output.fail(
            CliApp::Refused,
            CliApp::tr("Restoring %1 with --replace removes everything the centre %2 holds now "
                       "(clients, bookings, check-ins, accounts, the audit log) and puts the "
                       "backup's centre in its place; it cannot be undone (make a backup "
                       "first). Nothing was changed: run again with --replace --yes.")
                .arg(QDir::toNativeSeparators(source), database->path()));
    }
    CentreCopy::Options copyOptions = progressOn(context);
    copyOptions.replaceTarget = replace;
    CentreCopy::Report report;
    if (!PortableBackup::restore(*database, source, copyOptions, &report, &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json()) {
        QJsonObject printed = reportJson(report);
        printed.insert(QStringLiteral("database"), database->path());
        printed.insert(QStringLiteral("restored_from"), source);
        printed.insert(QStringLiteral("schema_version"), database->schemaVersion());
        context.output.printJson(printed);
    } else {
        context.output.out() << CliApp::tr("Restored %1 from %2.")
                                    .arg(database->path(), QDir::toNativeSeparators(source))
                             << '\n';
        printCounts(context, report);
    }
    return CliApp::Ok;
}

} // namespace Commands
