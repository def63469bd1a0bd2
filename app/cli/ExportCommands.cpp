// Files for other programs: calendars (iCalendar) and spreadsheets (CSV).
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "core/BookingCalendar.h"
#include "core/Clock.h"
#include "core/ExportFile.h"
#include "storage/BookingRepository.h"
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

} // namespace

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
    SettingsRepository settings(*database);
    const QTimeZone zone = settings.timeZone();
    const qint64 start = dayStart(from, zone);
    const qint64 end = dayStart(to.addDays(1), zone);
    BookingRepository bookings(*database, zone);
    StorageError error;
    const QList<AgendaEntry> entries =
        bookings.agenda(start, end, QLocale().name().left(2), &error);
    const QHash<qint64, BookingRevision> revisions =
        error ? QHash<qint64, BookingRevision>() : bookings.revisions(start, end, &error);
    if (error)
        return context.output.fail(CliApp::Refused, error.message);

    ICalendar::Calendar calendar;
    calendar.zone = zone;
    calendar.stamp = database->clock().nowSecs();
    calendar.events = BookingCalendar::staffEvents(
        entries, revisions,
        ClientNaming::fromSetting(settings.value(SettingKeys::kCalendarClientName)), therapist);
    calendar.name = settings.value(SettingKeys::kCentreName);
    QString problem;
    if (!ExportFile::writeNew(path, ICalendar::write(calendar), &problem))
        return context.output.fail(CliApp::Refused, problem);
    if (context.output.json()) {
        context.output.printJson({{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                                  {QStringLiteral("events"), int(calendar.events.size())}});
    } else {
        context.output.out() << CliApp::tr("Wrote %n event(s) to %1.", nullptr,
                                           int(calendar.events.size()))
                                    .arg(QDir::toNativeSeparators(path))
                             << Qt::endl;
    }
    return CliApp::Ok;
}

} // namespace Commands
