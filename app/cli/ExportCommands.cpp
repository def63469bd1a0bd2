// Files for other programs: calendars (iCalendar) and spreadsheets (CSV).
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "core/Clock.h"
#include "core/NewFile.h"
#include "core/SpreadsheetExport.h"
#include "storage/BookingRepository.h"
#include "storage/CalendarFeed.h"
#include "storage/ClientTransfer.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace Commands {

namespace {

// --from and --to, both needed: an export names its range.
bool requiredDays(CliContext& context, const QCommandLineParser& parser, const QString& command,
                  QDate* from, QDate* to, int* exitCode)
{
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to"))) {
        *exitCode = context.output.fail(
            CliApp::Usage, CliApp::tr("%1 needs --from DATE and --to DATE.").arg(command));
        return false;
    }
    return parseDays(context, parser, from, to, exitCode);
}

qint64 dayStart(const QDate& day, const QTimeZone& zone)
{
    return QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
}

// A spreadsheet to --out FILE (with a BOM, so Excel reads it as UTF-8), or to stdout.
int deliverCsv(CliContext& context, const QString& path, const QString& csv, int rows)
{
    if (path.isEmpty()) {
        context.output.out() << csv << Qt::flush;
        return CliApp::Ok;
    }
    QString problem;
    // Client lists and bookings are personal data: readable by the owner only.
    if (!NewFile::write(path, "\xEF\xBB\xBF" + csv.toUtf8(), NewFile::Access::OwnerOnly, &problem))
        return context.output.fail(CliApp::Refused, problem);
    if (context.output.json()) {
        context.output.printJson({{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                                  {QStringLiteral("rows"), rows}});
    } else {
        context.output.out()
            << CliApp::tr("Rows written to %1: %2.").arg(QDir::toNativeSeparators(path)).arg(rows)
            << Qt::endl;
    }
    return CliApp::Ok;
}

// --out FILE, optional; --json needs it, as the CSV itself would otherwise be on stdout.
bool csvTarget(CliContext& context, const QCommandLineParser& parser, QString* path, int* exitCode)
{
    *path = parser.value(QStringLiteral("out"));
    if (parser.isSet(QStringLiteral("out")) && path->isEmpty()) {
        *exitCode = context.output.fail(CliApp::Usage, CliApp::tr("--out needs a file name."));
        return false;
    }
    if (context.output.json() && path->isEmpty()) {
        *exitCode = context.output.fail(
            CliApp::Usage, CliApp::tr("With --json, give --out FILE: the CSV cannot share "
                                      "stdout with the JSON answer."));
        return false;
    }
    return true;
}

} // namespace

int clientsExportCsv(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QString(), QStringLiteral("FILE")});
    int exitCode = CliApp::Ok;
    QString path;
    if (!parse(context, parser, arguments, 0, &exitCode) ||
        !csvTarget(context, parser, &path, &exitCode))
        return exitCode;
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    QList<ClientDetails> clients;
    StorageError error;
    if (!ClientTransfer(*database).exportAll(&clients, &error))
        return context.output.fail(CliApp::Refused, error.message);
    return deliverCsv(context, path,
                      SpreadsheetExport::clients(clients, SettingsRepository(*database).timeZone()),
                      int(clients.size()));
}

int bookingsExportCsv(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("from"), QString(), QStringLiteral("DATE")},
                       {QStringLiteral("to"), QString(), QStringLiteral("DATE")},
                       {QStringLiteral("therapist"), QString(), QStringLiteral("ID")},
                       {QStringLiteral("out"), QString(), QStringLiteral("FILE")}});
    int exitCode = CliApp::Ok;
    QDate from, to;
    qint64 therapist = 0;
    QString path;
    if (!parse(context, parser, arguments, 0, &exitCode) ||
        !requiredDays(context, parser, QStringLiteral("bookings export-csv"), &from, &to,
                      &exitCode) ||
        !resourceId(context, parser, QStringLiteral("therapist"), &therapist, &exitCode) ||
        !csvTarget(context, parser, &path, &exitCode))
        return exitCode;
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    const QTimeZone zone = SettingsRepository(*database).timeZone();
    StorageError error;
    QList<AgendaEntry> entries = BookingRepository(*database, zone)
                                     .agenda(dayStart(from, zone), dayStart(to.addDays(1), zone),
                                             QLocale().name().left(2), &error);
    if (error)
        return context.output.fail(CliApp::Refused, error.message);
    if (therapist != 0) {
        entries.removeIf([&](const AgendaEntry& e) { return e.therapistId != therapist; });
    }
    return deliverCsv(context, path, SpreadsheetExport::bookings(entries, zone),
                      int(entries.size()));
}

int bookingsIcs(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("from"), QString(), QStringLiteral("DATE")},
                       {QStringLiteral("to"), QString(), QStringLiteral("DATE")},
                       {QStringLiteral("therapist"), QString(), QStringLiteral("ID")},
                       {QStringLiteral("out"), QString(), QStringLiteral("FILE")}});
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 0, &exitCode))
        return exitCode;
    QDate from, to;
    qint64 therapist = 0;
    if (!requiredDays(context, parser, QStringLiteral("bookings ics"), &from, &to, &exitCode) ||
        !resourceId(context, parser, QStringLiteral("therapist"), &therapist, &exitCode))
        return exitCode;
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return context.output.fail(CliApp::Usage, CliApp::tr("bookings ics needs --out FILE.ics."));
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    QByteArray file;
    int events = 0;
    StorageError error;
    if (!CalendarFeed::sessions(*database, from, to, therapist, QLocale().name().left(2), &file,
                                &events, &error))
        return context.output.fail(CliApp::Refused, error.message);
    QString problem;
    if (!NewFile::write(path, file, NewFile::Access::OwnerOnly, &problem))
        return context.output.fail(CliApp::Refused, problem);
    if (context.output.json()) {
        context.output.printJson({{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                                  {QStringLiteral("events"), events}});
    } else {
        context.output.out() << CliApp::tr("Events written to %1: %2.")
                                    .arg(QDir::toNativeSeparators(path))
                                    .arg(events)
                             << Qt::endl;
    }
    return CliApp::Ok;
}

} // namespace Commands
