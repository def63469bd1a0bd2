#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "core/Clock.h"
#include "core/LocalTime.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/Scheduler.h"
#include "storage/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Commands {

bool positiveNumber(CliContext& context, const QString& text, const QString& what, qint64* value,
                    int* exitCode)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    if (!ok || *value <= 0) {
        *exitCode = context.output.fail(
            CliApp::Usage, CliApp::tr("%1 must be a positive number, not \"%2\".").arg(what, text));
        return false;
    }
    return true;
}

namespace {

QJsonObject placementJson(const Placement& p, const QTimeZone& zone)
{
    return {{QStringLiteral("start"), LocalTime::formatExact(p.startsAt, zone)},
            {QStringLiteral("minutes"), p.minutes},
            {QStringLiteral("cleanup_minutes"), p.cleanupMinutes},
            {QStringLiteral("therapist"), p.therapistId},
            {QStringLiteral("therapist_name"), p.therapistName},
            {QStringLiteral("room"), p.roomId},
            {QStringLiteral("room_name"), p.roomName}};
}

QString placementText(const Placement& p, const QTimeZone& zone)
{
    return CliApp::tr("%1, %2 min (+%3 min cleanup), %4, %5")
        .arg(LocalTime::formatExact(p.startsAt, zone))
        .arg(p.minutes)
        .arg(p.cleanupMinutes)
        .arg(p.therapistName, p.roomName);
}

// The request options shared by book and slots find, checked before the database is opened;
// the time itself needs the centre's zone and is read afterwards.
bool readRequest(CliContext& context, const QCommandLineParser& parser, const QString& startOption,
                 BookingRequest* request, int* exitCode)
{
    request->serviceCode = parser.value(QStringLiteral("service"));
    if (request->serviceCode.isEmpty()) {
        *exitCode = context.output.fail(CliApp::Usage, CliApp::tr("--service CODE is required."));
        return false;
    }
    if (parser.isSet(QStringLiteral("minutes"))) {
        qint64 minutes = 0;
        if (!positiveNumber(context, parser.value(QStringLiteral("minutes")),
                            QStringLiteral("--minutes"), &minutes, exitCode))
            return false;
        request->minutes = int(qMin<qint64>(minutes, 100000));
    }
    if (!parser.isSet(startOption)) {
        *exitCode = context.output.fail(
            CliApp::Usage, CliApp::tr("--%1 \"YYYY-MM-DD HH:MM\" is required.").arg(startOption));
        return false;
    }
    return resourceId(context, parser, QStringLiteral("therapist"), &request->therapistId,
                      exitCode) &&
           resourceId(context, parser, QStringLiteral("room"), &request->roomId, exitCode);
}

// The start time in the centre's zone; a refusal (1) when it is not a time that exists there.
bool readStart(CliContext& context, const QCommandLineParser& parser, const QTimeZone& zone,
               const QString& startOption, BookingRequest* request, int* exitCode)
{
    QString problem;
    if (LocalTime::parse(parser.value(startOption), zone, &request->startsAt, &problem))
        return true;
    *exitCode = context.output.fail(CliApp::Refused, problem);
    return false;
}

QList<QCommandLineOption> requestOptions(const QString& startOption)
{
    return {{QStringLiteral("service"), QString(), QStringLiteral("CODE")},
            {QStringLiteral("minutes"), QString(), QStringLiteral("M")},
            {startOption, QString(), QStringLiteral("TIME")},
            {QStringLiteral("therapist"), QString(), QStringLiteral("ID")},
            {QStringLiteral("room"), QString(), QStringLiteral("ID")}};
}

} // namespace

int book(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(requestOptions(QStringLiteral("start")));
    parser.addOption({QStringLiteral("client"), QString(), QStringLiteral("ID")});
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 0, &exitCode))
        return exitCode;
    qint64 clientId = 0;
    if (!positiveNumber(context, parser.value(QStringLiteral("client")), QStringLiteral("--client"),
                        &clientId, &exitCode))
        return exitCode;
    BookingRequest request;
    request.clientId = clientId;
    if (!readRequest(context, parser, QStringLiteral("start"), &request, &exitCode))
        return exitCode;
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    const QTimeZone zone = SettingsRepository(*database).timeZone();
    if (!readStart(context, parser, zone, QStringLiteral("start"), &request, &exitCode))
        return exitCode;
    qint64 id = 0;
    Placement placement;
    StorageError error;
    if (!Scheduler(*database, zone).book(request, context.userName, &id, &placement, &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json()) {
        QJsonObject object = placementJson(placement, zone);
        object.insert(QStringLiteral("id"), id);
        object.insert(QStringLiteral("client"), clientId);
        object.insert(QStringLiteral("service"), request.serviceCode);
        object.insert(QStringLiteral("status"), QStringLiteral("booked"));
        context.output.printJson(object);
    } else {
        context.output.out()
            << CliApp::tr("Booked %1: %2").arg(id).arg(placementText(placement, zone)) << Qt::endl;
    }
    return CliApp::Ok;
}

bool resourceId(CliContext& context, const QCommandLineParser& parser, const QString& name,
                qint64* id, int* exitCode)
{
    *id = 0;
    if (!parser.isSet(name) || parser.value(name) == QLatin1String("any"))
        return true;
    bool ok = false;
    *id = parser.value(name).toLongLong(&ok);
    if (!ok || *id <= 0) {
        *exitCode = context.output.fail(CliApp::Usage,
                                        CliApp::tr("--%1 takes a number or \"any\", not \"%2\".")
                                            .arg(name, parser.value(name)));
        return false;
    }
    return true;
}

bool parseDays(CliContext& context, const QCommandLineParser& parser, QDate* from, QDate* to,
               int* exitCode)
{
    const auto day = [&](const QString& option, QDate* out) {
        if (!parser.isSet(option))
            return true;
        *out = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!out->isValid()) {
            *exitCode = context.output.fail(
                CliApp::Usage, CliApp::tr("--%1 takes a date as YYYY-MM-DD, not \"%2\".")
                                   .arg(option, parser.value(option)));
            return false;
        }
        return true;
    };
    if (!day(QStringLiteral("from"), from) || !day(QStringLiteral("to"), to))
        return false;
    return !from->isValid() || !to->isValid() || checkRange(context, *from, *to, exitCode);
}

bool checkRange(CliContext& context, const QDate& from, const QDate& to, int* exitCode)
{
    if (to < from || from.daysTo(to) > 366) {
        *exitCode = context.output.fail(
            CliApp::Usage, CliApp::tr("--to must be on or after --from, at most a year later."));
        return false;
    }
    return true;
}

int bookingsList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("from"), QString(), QStringLiteral("DATE")},
                       {QStringLiteral("to"), QString(), QStringLiteral("DATE")},
                       {QStringLiteral("therapist"), QString(), QStringLiteral("ID")}});
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 0, &exitCode))
        return exitCode;
    qint64 therapist = 0;
    if (!resourceId(context, parser, QStringLiteral("therapist"), &therapist, &exitCode))
        return exitCode;
    // Explicit dates are checked before the database is opened; missing ones default to today.
    QDate from, to;
    if (!parseDays(context, parser, &from, &to, &exitCode))
        return exitCode;
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    const QTimeZone zone = SettingsRepository(*database).timeZone();
    if (!from.isValid())
        from = database->clock().nowUtc().toTimeZone(zone).date();
    if (!to.isValid())
        to = from;
    if (!checkRange(context, from, to, &exitCode))
        return exitCode;
    StorageError error;
    const QList<AgendaEntry> entries =
        BookingRepository(*database, zone)
            .agenda(QDateTime(from, QTime(0, 0), zone).toSecsSinceEpoch(),
                    QDateTime(to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch(),
                    QLocale().name().left(2), &error);
    if (error)
        return context.output.fail(CliApp::Refused, error.message);
    QJsonArray array;
    QTextStream& out = context.output.out();
    for (const AgendaEntry& e : entries) {
        if (therapist != 0 && e.therapistId != therapist)
            continue;
        if (context.output.json()) {
            array.append(QJsonObject{
                {QStringLiteral("id"), e.id},
                {QStringLiteral("start"), LocalTime::formatExact(e.startsAt, zone)},
                {QStringLiteral("minutes"), e.minutes},
                {QStringLiteral("cleanup_minutes"), e.cleanupMinutes},
                {QStringLiteral("status"), e.status},
                {QStringLiteral("reason"), e.statusReason},
                {QStringLiteral("client"), e.clientId},
                {QStringLiteral("client_name"), e.clientName},
                {QStringLiteral("service"), e.serviceCode},
                {QStringLiteral("therapist"), e.therapistId},
                {QStringLiteral("therapist_name"), e.therapistName},
                {QStringLiteral("room"), e.roomId},
                {QStringLiteral("room_name"), e.roomName},
                {QStringLiteral("checkin_outcome"),
                 e.checkinOutcome.isEmpty() ? QJsonValue() : QJsonValue(e.checkinOutcome)}});
        } else {
            out << QStringLiteral("%1  %2  %3 min  %4  %5  %6  %7  %8\n")
                       .arg(e.id, 7)
                       .arg(LocalTime::formatExact(e.startsAt, zone))
                       .arg(e.minutes, 3)
                       .arg(e.status.leftJustified(10), e.serviceCode.leftJustified(10),
                            e.therapistName.leftJustified(14), e.roomName.leftJustified(10),
                            e.clientName);
        }
    }
    if (context.output.json())
        context.output.printJson({{QStringLiteral("bookings"), array}});
    out.flush();
    return CliApp::Ok;
}

int cancelBooking(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("reason"), QString(), QStringLiteral("TEXT")});
    int exitCode = CliApp::Ok;
    qint64 id = 0;
    if (!parse(context, parser, arguments, 1, &exitCode) ||
        !positiveNumber(context, parser.positionalArguments().constFirst(),
                        QStringLiteral("BOOKING"), &id, &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("reason")))
        return context.output.fail(CliApp::Usage, CliApp::tr("cancel needs --reason TEXT."));
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    StorageError error;
    const QTimeZone zone = SettingsRepository(*database).timeZone();
    if (!Scheduler(*database, zone)
             .cancel(id, parser.value(QStringLiteral("reason")), context.userName, &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json())
        context.output.printJson(
            {{QStringLiteral("id"), id},
             {QStringLiteral("status"), QStringLiteral("cancelled")},
             {QStringLiteral("reason"), parser.value(QStringLiteral("reason")).simplified()}});
    else
        context.output.out() << CliApp::tr("Cancelled booking %1.").arg(id) << Qt::endl;
    return CliApp::Ok;
}

int slotsFind(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(requestOptions(QStringLiteral("after")));
    parser.addOption(
        {QStringLiteral("count"), QString(), QStringLiteral("N"), QStringLiteral("5")});
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 0, &exitCode))
        return exitCode;
    qint64 count = 0;
    if (!positiveNumber(context, parser.value(QStringLiteral("count")), QStringLiteral("--count"),
                        &count, &exitCode))
        return exitCode;
    BookingRequest request;
    if (!readRequest(context, parser, QStringLiteral("after"), &request, &exitCode))
        return exitCode;
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    const QTimeZone zone = SettingsRepository(*database).timeZone();
    if (!readStart(context, parser, zone, QStringLiteral("after"), &request, &exitCode))
        return exitCode;
    StorageError error;
    const QList<Placement> found =
        Scheduler(*database, zone).findSlots(request, int(qMin<qint64>(count, 50)), &error);
    if (error)
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json()) {
        QJsonArray array;
        for (const Placement& p : found)
            array.append(placementJson(p, zone));
        context.output.printJson({{QStringLiteral("slots"), array}});
    } else {
        if (found.isEmpty())
            context.output.out() << CliApp::tr("No free slot in the next 28 days.") << '\n';
        for (const Placement& p : found)
            context.output.out() << placementText(p, zone) << '\n';
        context.output.out().flush();
    }
    return CliApp::Ok;
}

} // namespace Commands
