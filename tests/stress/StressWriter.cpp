#include "Stress.h"

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/Scheduler.h"
#include "storage/SettingsRepository.h"

#include <QCommandLineParser>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>
#include <iostream>
#include <string>

namespace Stress {

namespace {

// A "database is locked" or busy answer in any form, counted apart from other failures.
bool isBusy(const StorageError& error)
{
    const QString all = error.message + QLatin1Char(' ') + error.detail;
    return error.code == StorageError::Code::Busy ||
           all.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
           all.contains(QLatin1String("busy"), Qt::CaseInsensitive);
}

void printLine(const QByteArray& line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // the parent counts a write as confirmed only once it reads this
}

} // namespace

// The writing child:
//   --writer --database PATH --client ID --therapist ID --room ID --base SECS --first N
//   --count K [--gui] [--paced] [--seed S] [--contested-therapist ID --contested-room ID]
// books slots first .. first+count-1 (slot n starts at base + n hours) through Scheduler::book.
// --gui opens the database the GUI's way (the one-GUI-per-file lock, as ui/Startup.cpp does);
// otherwise the CLI's way. --paced prints "ready" once open and then waits for a line
// "go MS" on stdin before each write (the parent releases one write per CLI run), sleeping a
// random 0..MS first (seeded) so the write lands anywhere in that CLI run; "stop" or end of
// input ends it.
int runWriter(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QStringList names = {QStringLiteral("database"),
                               QStringLiteral("client"),
                               QStringLiteral("therapist"),
                               QStringLiteral("room"),
                               QStringLiteral("base"),
                               QStringLiteral("first"),
                               QStringLiteral("count"),
                               QStringLiteral("seed"),
                               QStringLiteral("contested-therapist"),
                               QStringLiteral("contested-room")};
    for (const QString& name : names)
        parser.addOption({name, name, QStringLiteral("value")});
    for (const char* flag : {"writer", "gui", "paced"})
        parser.addOption({QString::fromLatin1(flag), QString::fromLatin1(flag)});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    const auto number = [&parser](const char* name) {
        return parser.value(QString::fromLatin1(name)).toLongLong();
    };

    SystemClock clock;
    Database::Options options;
    options.path = parser.value(QStringLiteral("database"));
    options.mode = Database::Mode::OpenExisting;
    options.exclusiveGui = parser.isSet(QStringLiteral("gui"));
    StorageError error;
    std::unique_ptr<Database> database = Database::open(options, clock, &error);
    if (!database) {
        std::fprintf(stderr, "writer: open: %s (%s)\n", qPrintable(error.message),
                     qPrintable(error.detail));
        return 1;
    }
    const bool paced = parser.isSet(QStringLiteral("paced"));
    if (paced)
        printLine("ready");
    QRandomGenerator random(quint32(number("seed")));

    Scheduler scheduler(*database, SettingsRepository(*database).timeZone());
    BookingRequest request;
    request.clientId = number("client");
    request.serviceCode = QString::fromLatin1(kServiceCode);
    request.minutes = kSessionMinutes;
    request.therapistId = number("therapist");
    request.roomId = number("room");
    const qint64 base = number("base");
    const qint64 first = number("first");
    const qint64 count = number("count");
    BookingRequest contested = request;
    contested.therapistId = number("contested-therapist");
    contested.roomId = number("contested-room");
    for (qint64 slot = first; slot < first + count; ++slot) {
        if (paced) {
            std::string line;
            if (!std::getline(std::cin, line) || line == "stop")
                break;
            // "go MS": wait a random 0..MS first (the length of the parent's last CLI run).
            const int jitter = QString::fromStdString(line).section(QLatin1Char(' '), 1).toInt();
            if (jitter > 0)
                QThread::msleep(random.bounded(jitter + 1));
        }
        request.startsAt = base + slot * kSlotSecs;
        qint64 id = 0;
        StorageError failure;
        if (scheduler.book(request, QStringLiteral("stress"), &id, nullptr, &failure)) {
            printLine(QByteArray("ok ") + QByteArray::number(id) + ' ' + QByteArray::number(slot));
        } else {
            QString message =
                failure.message + QStringLiteral(" (") + failure.detail + QLatin1Char(')');
            message.replace(QLatin1Char('\n'), QLatin1Char(' '));
            printLine(QByteArray("fail ") + (isBusy(failure) ? "busy " : "other ") +
                      QByteArray::number(slot) + ' ' + message.toUtf8());
            // The server went away (the server stops mode): every later write fails too, in
            // whatever words the driver found; elsewhere any failure already fails the run.
            if (!paced)
                break;
        }
        if (!contested.therapistId || !contestedSlot(slot))
            continue;
        // The same slot on the lane every writer books: one of them wins it. Half an hour
        // later, when this writer's client has left its own session.
        contested.startsAt = request.startsAt + kSlotSecs / 2;
        if (scheduler.book(contested, QStringLiteral("stress"), &id, nullptr, &failure))
            printLine(QByteArray("won ") + QByteArray::number(id) + ' ' + QByteArray::number(slot));
        else
            printLine(QByteArray("lost ") + QByteArray::number(slot) + ' ' +
                      failure.message.simplified().toUtf8());
    }
    return 0;
}

} // namespace Stress
