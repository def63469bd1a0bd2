// clients import: a client list from a spreadsheet or another booking tool.
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "core/InputFile.h"
#include "storage/ClientTransfer.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace Commands {

namespace {

constexpr qint64 kMaxImportBytes = 64 * 1024 * 1024;
constexpr int kPreviewRows = 5;

QString outcomeName(ClientImport::Outcome::Kind kind)
{
    switch (kind) {
    case ClientImport::Outcome::Kind::Imported:
        return QStringLiteral("imported");
    case ClientImport::Outcome::Kind::Merged:
        return QStringLiteral("merged");
    case ClientImport::Outcome::Kind::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QString delimiterName(QChar delimiter)
{
    return delimiter == QLatin1Char('\t') ? CliApp::tr("tab") : QString(delimiter);
}

void printHuman(QTextStream& out, const QString& path, const ClientImport::Plan& plan,
                const ClientImport::Report& report, bool dryRun)
{
    out << CliApp::tr("%1: %2, columns separated by %3, %4 rows.")
               .arg(QDir::toNativeSeparators(path), plan.encoding, delimiterName(plan.delimiter))
               .arg(plan.rows.size())
        << '\n';
    for (qsizetype i = 0; i < plan.header.size(); ++i) {
        if (plan.fields.at(i) != ClientImport::Field::Ignore)
            out << "  " << plan.header.at(i) << " -> " << ClientImport::fieldName(plan.fields.at(i))
                << '\n';
    }
    if (!plan.unusedColumns.isEmpty())
        out << CliApp::tr("Columns not imported: %1")
                   .arg(plan.unusedColumns.join(QStringLiteral(", ")))
            << '\n';
    if (dryRun) {
        out << CliApp::tr(
                   "The first rows as they will be stored (name | phone | email | language | "
                   "consent):")
            << '\n';
        int shown = 0;
        for (const ClientImport::Row& row : plan.rows) {
            if (!row.problem.isEmpty() || shown++ >= kPreviewRows)
                continue;
            out << QStringLiteral("  line %1: %2 | %3 | %4 | %5 | %6\n")
                       .arg(row.line)
                       .arg(row.input.name, row.input.phone, row.input.email, row.input.language,
                            row.consentDate.isValid() ? row.consentDate.toString(Qt::ISODate)
                                                      : CliApp::tr("none"));
        }
    }
    for (const ClientImport::Outcome& o : report.outcomes) {
        if (o.kind == ClientImport::Outcome::Kind::Skipped)
            out << CliApp::tr("line %1: skipped: %2").arg(o.line).arg(o.reason) << '\n';
        else if (o.kind == ClientImport::Outcome::Kind::Merged)
            out << CliApp::tr("line %1: merged into client %2: %3")
                       .arg(o.line)
                       .arg(o.clientId)
                       .arg(o.reason)
                << '\n';
        else if (!o.reason.isEmpty())
            out << CliApp::tr("line %1: client %2 %3").arg(o.line).arg(o.clientId).arg(o.reason)
                << '\n';
    }
    out << CliApp::tr("Imported: %1. Merged: %2. Skipped: %3. With a consent date: %4.")
               .arg(report.imported)
               .arg(report.merged)
               .arg(report.skipped)
               .arg(report.withConsent)
        << '\n';
    if (dryRun)
        out << CliApp::tr("Dry run: nothing was stored.") << '\n';
    out.flush();
}

QJsonObject toJson(const ClientImport::Plan& plan, const ClientImport::Report& report, bool dryRun)
{
    QJsonObject columns;
    for (qsizetype i = 0; i < plan.header.size(); ++i)
        columns.insert(plan.header.at(i), ClientImport::fieldName(plan.fields.at(i)));
    QJsonArray rows;
    for (const ClientImport::Outcome& o : report.outcomes) {
        QJsonObject row{{QStringLiteral("line"), o.line},
                        {QStringLiteral("outcome"), outcomeName(o.kind)}};
        if (o.clientId != 0)
            row.insert(QStringLiteral("client"), o.clientId);
        if (!o.reason.isEmpty())
            row.insert(QStringLiteral("reason"), o.reason);
        rows.append(row);
    }
    return {{QStringLiteral("imported"), report.imported},
            {QStringLiteral("merged"), report.merged},
            {QStringLiteral("skipped"), report.skipped},
            {QStringLiteral("with_consent"), report.withConsent},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("encoding"), plan.encoding},
            {QStringLiteral("delimiter"), QString(plan.delimiter)},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("rows"), rows}};
}

} // namespace

int clientsImport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("dry-run"), QString()},
                       {QStringLiteral("map"), QString(), QStringLiteral("COLUMN=FIELD")},
                       {QStringLiteral("duplicates"), QString(), QStringLiteral("POLICY")}});
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 1, &exitCode))
        return exitCode;
    ClientImport::Duplicates duplicates = ClientImport::Duplicates::Skip;
    const QString policy = parser.value(QStringLiteral("duplicates"));
    if (policy == QLatin1String("merge"))
        duplicates = ClientImport::Duplicates::Merge;
    else if (policy == QLatin1String("create"))
        duplicates = ClientImport::Duplicates::Create;
    else if (parser.isSet(QStringLiteral("duplicates")) && policy != QLatin1String("skip"))
        return context.output.fail(
            CliApp::Usage, CliApp::tr("--duplicates takes skip, merge or create, not \"%1\".")
                               .arg(policy.left(40)));
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    QString problem;
    if (!InputFile::open(file, &problem))
        return context.output.fail(CliApp::Refused, problem);
    if (file.size() > kMaxImportBytes)
        return context.output.fail(
            CliApp::Refused, CliApp::tr("%1 is larger than 64 MB; split it into smaller files.")
                                 .arg(QDir::toNativeSeparators(path)));
    const QByteArray bytes = file.readAll();
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    SettingsRepository settings(*database);
    const ClientImport::Plan plan = ClientImport::plan(
        bytes, parser.values(QStringLiteral("map")), settings.value(SettingKeys::kClientLanguage));
    if (!plan.problem.isEmpty())
        return context.output.fail(CliApp::Refused, plan.problem);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    ClientImport::Report report;
    StorageError error;
    if (!ClientTransfer(*database).import(plan, duplicates, dryRun, settings.timeZone(),
                                          QFileInfo(path).fileName(), &report, &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json())
        context.output.printJson(toJson(plan, report, dryRun));
    else
        printHuman(context.output.out(), path, plan, report, dryRun);
    return CliApp::Ok;
}

} // namespace Commands
