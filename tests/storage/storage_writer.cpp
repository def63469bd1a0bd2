// storage_writer: a helper process for the storage suites. It opens a database the CLI's way
// (no GUI lock) and books `--count` consecutive slots through Scheduler::book (every scheduling
// rule, one BEGIN IMMEDIATE transaction each), printing every committed booking id on its own
// line (flushed at once), "refused <slot> <message>" when the scheduler refuses a slot (e.g. the
// therapist is busy), and errors on stderr with exit code 1.
//
//   storage_writer --database PATH --client ID --service CODE --minutes M --therapist ID
//                  --room ID --base SECS --step SECS --first N --count K
//                  [--wait] [--wait-each-slot] [--wait-before-open]
//
// Slot n starts at base + n * step. --wait prints "ready" after opening and waits for a line
// on stdin before writing; --wait-each-slot does the same before every slot (so a test can
// release two writers at once for each slot in turn); --wait-before-open does the same before
// opening the database.

#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/Scheduler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimeZone>

#include <cstdio>
#include <iostream>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <string>

namespace {

void waitForGo()
{
    std::printf("ready\n");
    std::fflush(stdout);
    std::string line;
    std::getline(std::cin, line);
}

int fail(const QString& what, const StorageError& error)
{
    std::fprintf(stderr, "error: %s: code %d: %s (%s)\n", qPrintable(what),
                 static_cast<int>(error.code), qPrintable(error.message), qPrintable(error.detail));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // stdout carries the ids: library logging goes to stderr, warnings and errors only.
    auto logger = spdlog::stderr_logger_mt("storage_writer");
    logger->set_level(spdlog::level::warn);
    spdlog::set_default_logger(logger);

    QCommandLineParser parser;
    const QStringList names = {QStringLiteral("database"),  QStringLiteral("client"),
                               QStringLiteral("service"),   QStringLiteral("minutes"),
                               QStringLiteral("therapist"), QStringLiteral("room"),
                               QStringLiteral("base"),      QStringLiteral("step"),
                               QStringLiteral("first"),     QStringLiteral("count")};
    for (const QString& name : names)
        parser.addOption({name, name, QStringLiteral("value")});
    parser.addOption({QStringLiteral("wait"), QStringLiteral("wait for a line before writing")});
    parser.addOption(
        {QStringLiteral("wait-each-slot"), QStringLiteral("wait for a line before every slot")});
    parser.addOption(
        {QStringLiteral("wait-before-open"), QStringLiteral("wait for a line before opening")});
    parser.process(app);
    for (const QString& name : names) {
        if (!parser.isSet(name)) {
            std::fprintf(stderr, "usage: --%s is required\n", qPrintable(name));
            return 2;
        }
    }
    const auto number = [&parser](const char* name) {
        return parser.value(QString::fromLatin1(name)).toLongLong();
    };

    if (parser.isSet(QStringLiteral("wait-before-open")))
        waitForGo();

    SystemClock clock;
    Database::Options options;
    options.path = parser.value(QStringLiteral("database"));
    options.mode = Database::Mode::CreateIfMissing;
    options.exclusiveGui = false;
    StorageError error;
    std::unique_ptr<Database> database = Database::open(options, clock, &error);
    if (!database)
        return fail(QStringLiteral("open"), error);

    if (parser.isSet(QStringLiteral("wait")))
        waitForGo();

    Scheduler scheduler(*database, QTimeZone::utc());
    BookingRequest request;
    request.clientId = number("client");
    request.serviceCode = parser.value(QStringLiteral("service"));
    request.minutes = static_cast<int>(number("minutes"));
    request.therapistId = number("therapist");
    request.roomId = number("room");
    const qint64 base = number("base");
    const qint64 step = number("step");
    const qint64 first = number("first");
    const qint64 count = number("count");
    const bool waitEachSlot = parser.isSet(QStringLiteral("wait-each-slot"));
    for (qint64 slot = first; slot < first + count; ++slot) {
        if (waitEachSlot)
            waitForGo();
        request.startsAt = base + slot * step;
        qint64 id = 0;
        StorageError bookingError;
        if (scheduler.book(request, QStringLiteral("storage_writer"), &id, nullptr,
                           &bookingError)) {
            std::printf("%lld\n", static_cast<long long>(id));
        } else if (bookingError.code == StorageError::Code::Refused) {
            std::printf("refused %lld %s\n", static_cast<long long>(slot),
                        qPrintable(bookingError.message));
        } else {
            return fail(QStringLiteral("slot %1").arg(slot), bookingError);
        }
        std::fflush(stdout);
    }
    return 0;
}
