// The manager's figures for a period: massage-desk-cli report (issue 12).
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "storage/Database.h"
#include "storage/ReportRepository.h"
#include "storage/SettingsRepository.h"

#include <QJsonArray>
#include <QLocale>

namespace Commands {

namespace {

double hours(qint64 minutes)
{
    return minutes / 60.0;
}

// Therapists carry their working hours, rooms the opening hours, each with the occupancy.
QJsonArray linesJson(const QList<ReportLine>& lines, bool therapists)
{
    QJsonArray array;
    for (const ReportLine& line : lines) {
        QJsonObject object{{QStringLiteral("id"), line.id},
                           {QStringLiteral("name"), line.name},
                           {QStringLiteral("sessions"), line.sessions},
                           {QStringLiteral("hours"), hours(line.sessionMinutes)},
                           {QStringLiteral("revenue"), line.revenueCents}};
        if (!line.code.isEmpty()) {
            object.insert(QStringLiteral("code"), line.code);
            object.insert(QStringLiteral("minutes"), line.minutes);
        }
        if (line.code.isEmpty()) {
            object.insert(therapists ? QStringLiteral("working_hours")
                                     : QStringLiteral("open_hours"),
                          hours(line.workingMinutes));
            object.insert(QStringLiteral("occupancy"),
                          line.occupancy < 0 ? QJsonValue() : QJsonValue(line.occupancy));
        }
        array.append(object);
    }
    return array;
}

QJsonValue rate(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

// Cancellation and no-show reasons, the weeks and the busy hours (fields beyond the issue's).
void addSeries(const Report& r, QJsonObject* object)
{
    QJsonArray reasons, weeks, busy;
    for (const ReportReason& reason : r.reasons)
        reasons.append(QJsonObject{{QStringLiteral("status"), reason.status},
                                   {QStringLiteral("reason"), reason.reason},
                                   {QStringLiteral("count"), reason.count}});
    for (const ReportWeek& week : r.weeks)
        weeks.append(QJsonObject{{QStringLiteral("monday"), week.monday.toString(Qt::ISODate)},
                                 {QStringLiteral("sessions"), week.sessions},
                                 {QStringLiteral("hours"), hours(week.sessionMinutes)}});
    for (int weekday = 1; weekday <= 7; ++weekday) {
        QJsonArray day;
        for (int hour = 0; hour < 24; ++hour)
            day.append(r.busyAt(weekday, hour));
        busy.append(day);
    }
    object->insert(QStringLiteral("cancellation_rate"), rate(r.cancellationRate()));
    object->insert(QStringLiteral("no_show_rate"), rate(r.noShowRate()));
    object->insert(QStringLiteral("reasons"), reasons);
    object->insert(QStringLiteral("weeks"), weeks);
    object->insert(QStringLiteral("busy_hours"), busy); // Monday first, hours 0-23 local
}

QJsonObject reportJson(const Report& r)
{
    QJsonObject outcomes;
    for (auto it = r.outcomes.constBegin(); it != r.outcomes.constEnd(); ++it)
        outcomes.insert(it.key(), it.value());
    QJsonObject object{{QStringLiteral("from"), r.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), r.to.toString(Qt::ISODate)},
                       {QStringLiteral("sessions"), r.sessions},
                       {QStringLiteral("booked"), r.booked},
                       {QStringLiteral("arrived"), r.arrived},
                       {QStringLiteral("in_session"), r.inSession},
                       {QStringLiteral("completed"), r.completed},
                       {QStringLiteral("cancelled"), r.cancelled},
                       {QStringLiteral("late_cancelled"), r.lateCancelled},
                       {QStringLiteral("no_shows"), r.noShows},
                       {QStringLiteral("referred"), r.referred},
                       {QStringLiteral("hours"), r.hours()},
                       {QStringLiteral("new_clients"), r.newClients},
                       {QStringLiteral("returning_clients"), r.returningClients},
                       {QStringLiteral("by_therapist"), linesJson(r.byTherapist, true)},
                       {QStringLiteral("by_room"), linesJson(r.byRoom, false)},
                       {QStringLiteral("by_service"), linesJson(r.byService, false)},
                       {QStringLiteral("outcomes"), outcomes},
                       {QStringLiteral("revenue"), r.revenueCents}};
    addSeries(r, &object);
    return object;
}

QString money(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

void printLines(QTextStream& out, const QString& title, const QList<ReportLine>& lines)
{
    out << Qt::endl << title << Qt::endl;
    for (const ReportLine& line : lines) {
        QString name = line.name;
        if (!line.code.isEmpty())
            name = CliApp::tr("%1, %2 min").arg(line.name).arg(line.minutes);
        out << "  " << name.leftJustified(28) << QString::number(line.sessions).rightJustified(7)
            << QString::number(hours(line.sessionMinutes), 'f', 1).rightJustified(9)
            << money(line.revenueCents).rightJustified(12);
        if (line.occupancy >= 0)
            out << QStringLiteral("%1%").arg(line.occupancy * 100, 0, 'f', 1).rightJustified(9);
        out << Qt::endl;
    }
}

void printReport(QTextStream& out, const Report& r)
{
    out << CliApp::tr("Report %1 to %2")
               .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate))
        << Qt::endl;
    out << CliApp::tr("Sessions: %1 (booked %2, arrived %3, in session %4, completed %5)")
               .arg(r.sessions)
               .arg(r.booked)
               .arg(r.arrived)
               .arg(r.inSession)
               .arg(r.completed)
        << Qt::endl;
    out << CliApp::tr("Cancelled: %1   No-shows: %2   Referred: %3")
               .arg(r.cancelled)
               .arg(r.noShows)
               .arg(r.referred)
        << Qt::endl;
    out << CliApp::tr("Hours: %1   Estimated revenue: %2")
               .arg(QString::number(r.hours(), 'f', 1), money(r.revenueCents))
        << Qt::endl;
    out << CliApp::tr("Clients: %1 new, %2 returning").arg(r.newClients).arg(r.returningClients)
        << Qt::endl;
    const QString header = CliApp::tr("(sessions, hours, revenue)");
    printLines(out, CliApp::tr("By therapist %1, occupancy of working time").arg(header),
               r.byTherapist);
    printLines(out, CliApp::tr("By room %1, occupancy of opening hours").arg(header), r.byRoom);
    printLines(out, CliApp::tr("By service and length %1").arg(header), r.byService);
    out << Qt::endl << CliApp::tr("Check-in outcomes") << Qt::endl;
    for (auto it = r.outcomes.constBegin(); it != r.outcomes.constEnd(); ++it)
        out << "  " << it.key().leftJustified(28) << QString::number(it.value()).rightJustified(7)
            << Qt::endl;
}

} // namespace

int report(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("from"), QString(), QStringLiteral("DATE")},
                       {QStringLiteral("to"), QString(), QStringLiteral("DATE")}});
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 0, &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
        return context.output.fail(CliApp::Usage,
                                   CliApp::tr("report needs --from DATE and --to DATE."));
    QDate from, to;
    if (!parseDays(context, parser, &from, &to, &exitCode))
        return exitCode;
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    Report result;
    StorageError error;
    if (!ReportRepository(*database, SettingsRepository(*database).timeZone())
             .build(from, to, QLocale().name().left(2), &result, &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json())
        context.output.printJson({{QStringLiteral("report"), reportJson(result)}});
    else
        printReport(context.output.out(), result);
    return CliApp::Ok;
}

} // namespace Commands
