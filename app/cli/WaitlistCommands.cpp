// The waitlist from the command line: massage-desk-cli waitlist add|list|remove (issue 12 §2).
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/WaitlistRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Commands {

namespace {

// "mon,wed,fri" (English three-letter names or 1-7, Monday first) as WaitlistEntry::weekdays.
bool parseWeekdays(const QString& text, int* weekdays)
{
    static const QStringList names{
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    int bits = 0;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString word = part.trimmed().toLower();
        bool isNumber = false;
        const int number = word.toInt(&isNumber);
        const int day = isNumber ? number : int(names.indexOf(word.left(3))) + 1;
        if (day < 1 || day > 7 || (!isNumber && word.size() < 3))
            return false;
        bits |= 1 << (day - 1);
    }
    *weekdays = bits == WaitlistMatch::kAllDays ? 0 : bits;
    return true;
}

QJsonObject entryJson(const WaitlistEntry& e)
{
    QJsonArray therapists;
    for (int i = 0; i < e.therapistIds.size(); ++i)
        therapists.append(QJsonObject{{QStringLiteral("id"), e.therapistIds.at(i)},
                                      {QStringLiteral("name"), e.therapistNames.value(i)}});
    QJsonArray windows;
    for (const WaitlistWindow& w : e.windows)
        windows.append(WaitlistMatch::windowsText({w}).replace(QChar(0x2013), QLatin1Char('-')));
    QJsonArray days;
    for (int day = 1; day <= 7; ++day)
        if (e.weekdays & (1 << (day - 1)))
            days.append(day);
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("client"), e.clientId},
            {QStringLiteral("client_name"), e.clientName},
            {QStringLiteral("service"), e.serviceCode},
            {QStringLiteral("service_name"), e.serviceName},
            {QStringLiteral("therapists"), therapists}, // empty: any therapist
            {QStringLiteral("weekdays"), days},         // 1 = Monday; empty: any day
            {QStringLiteral("times"), windows},         // empty: any time
            {QStringLiteral("urgent"), e.urgent},
            {QStringLiteral("note"), e.note},
            {QStringLiteral("until"),
             e.until.isValid() ? QJsonValue(e.until.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("created_at"),
             QDateTime::fromSecsSinceEpoch(e.createdAt, Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("created_by"), e.createdBy}};
}

} // namespace

int waitlistAdd(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("client"), QString(), QStringLiteral("ID")},
                       {QStringLiteral("service"), QString(), QStringLiteral("CODE")},
                       {QStringLiteral("therapist"), QString(), QStringLiteral("ID")},
                       {QStringLiteral("days"), QString(), QStringLiteral("LIST")},
                       {QStringLiteral("times"), QString(), QStringLiteral("LIST")},
                       {QStringLiteral("urgent"), QString()},
                       {QStringLiteral("until"), QString(), QStringLiteral("DATE")},
                       {QStringLiteral("note"), QString(), QStringLiteral("TEXT")}});
    int exitCode = CliApp::Ok;
    if (!parse(context, parser, arguments, 0, &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("client")) || !parser.isSet(QStringLiteral("service")))
        return context.output.fail(
            CliApp::Usage, CliApp::tr("waitlist add needs --client ID and --service CODE."));
    WaitlistEntry entry;
    if (!positiveNumber(context, parser.value(QStringLiteral("client")), QStringLiteral("--client"),
                        &entry.clientId, &exitCode))
        return exitCode;
    entry.serviceCode = parser.value(QStringLiteral("service"));
    for (const QString& therapist : parser.values(QStringLiteral("therapist"))) {
        if (therapist == QLatin1String("any"))
            continue;
        qint64 id = 0;
        if (!positiveNumber(context, therapist, QStringLiteral("--therapist"), &id, &exitCode))
            return exitCode;
        entry.therapistIds << id;
    }
    if (parser.isSet(QStringLiteral("days")) &&
        !parseWeekdays(parser.value(QStringLiteral("days")), &entry.weekdays))
        return context.output.fail(
            CliApp::Usage, CliApp::tr("--days takes days such as mon,wed,fri (or 1-7), not \"%1\".")
                               .arg(parser.value(QStringLiteral("days"))));
    if (parser.isSet(QStringLiteral("times")) &&
        !WaitlistMatch::parseWindows(parser.value(QStringLiteral("times")), &entry.windows))
        return context.output.fail(
            CliApp::Usage,
            CliApp::tr("--times takes times of day such as 09:00-13:00,16:00-19:00, not \"%1\".")
                .arg(parser.value(QStringLiteral("times"))));
    if (parser.isSet(QStringLiteral("until"))) {
        entry.until = QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate);
        if (!entry.until.isValid())
            return context.output.fail(CliApp::Usage,
                                       CliApp::tr("--until must be a date YYYY-MM-DD, not \"%1\".")
                                           .arg(parser.value(QStringLiteral("until"))));
    }
    entry.urgent = parser.isSet(QStringLiteral("urgent"));
    entry.note = parser.value(QStringLiteral("note"));
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    WaitlistRepository waitlist(*database, SettingsRepository(*database).timeZone());
    StorageError error;
    qint64 id = 0;
    WaitlistEntry saved;
    if (!waitlist.add(entry, &id, &error) ||
        !waitlist.find(id, &saved, QLocale().name().left(2), &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json())
        context.output.printJson(entryJson(saved));
    else
        context.output.out() << CliApp::tr("Added %1 to the waitlist for %2 (entry %3).")
                                    .arg(saved.clientName, saved.serviceName)
                                    .arg(id)
                             << Qt::endl;
    return CliApp::Ok;
}

int waitlistList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = CliApp::Ok;
    std::unique_ptr<Database> database = parseAndOpen(context, parser, arguments, 0, &exitCode);
    if (!database)
        return exitCode;
    StorageError error;
    const QList<WaitlistEntry> entries =
        WaitlistRepository(*database, SettingsRepository(*database).timeZone())
            .list({}, QLocale().name().left(2), &error);
    if (error)
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json()) {
        QJsonArray array;
        for (const WaitlistEntry& e : entries)
            array.append(entryJson(e));
        context.output.printJson({{QStringLiteral("waitlist"), array}});
        return CliApp::Ok;
    }
    QTextStream& out = context.output.out();
    if (entries.isEmpty())
        out << CliApp::tr("Nobody is on the waitlist.") << Qt::endl;
    for (const WaitlistEntry& e : entries) {
        const QString who = e.therapistNames.isEmpty()
                                ? CliApp::tr("any therapist")
                                : e.therapistNames.join(QStringLiteral(", "));
        out << QString::number(e.id).rightJustified(5) << "  "
            << (e.urgent ? CliApp::tr("URGENT ") : QString()) << e.clientName << " (" << e.clientId
            << ")  " << e.serviceName << "  " << who << "  " << WaitlistMatch::daysText(e.weekdays)
            << "  " << WaitlistMatch::windowsText(e.windows);
        if (e.until.isValid())
            out << "  " << CliApp::tr("until %1").arg(e.until.toString(Qt::ISODate));
        if (!e.note.isEmpty())
            out << "  \u00AB" << e.note << "\u00BB";
        out << Qt::endl;
    }
    return CliApp::Ok;
}

int waitlistRemove(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = CliApp::Ok;
    qint64 id = 0;
    if (!parse(context, parser, arguments, 1, &exitCode) ||
        !positiveNumber(context, parser.positionalArguments().constFirst(), QStringLiteral("ID"),
                        &id, &exitCode))
        return exitCode;
    std::unique_ptr<Database> database = openExisting(context, &exitCode);
    if (!database)
        return exitCode;
    StorageError error;
    if (!WaitlistRepository(*database, SettingsRepository(*database).timeZone()).remove(id, &error))
        return context.output.fail(CliApp::Refused, error.message);
    if (context.output.json())
        context.output.printJson({{QStringLiteral("id"), id}, {QStringLiteral("removed"), true}});
    else
        context.output.out() << CliApp::tr("Removed waitlist entry %1.").arg(id) << Qt::endl;
    return CliApp::Ok;
}

} // namespace Commands
