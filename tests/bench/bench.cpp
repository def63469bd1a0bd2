// massage-desk-bench: measures the figures of DESIGN 5 on the generated large centre and
// prints them as a table with the targets beside them. It never fails on a slow figure:
// benchmarks report, tests assert behaviour.
//
//   massage-desk-bench [--work DIR] [--smoke] [--postgres] [--load] [--huge] [--interactive]
//     --work DIR     keep the generated databases there (reused when present)
//     --smoke        a tiny run (small demo) that only checks the program works
//     --postgres     the same centre moved to a throwaway PostgreSQL 15 server (PgTestServer,
//                    unix socket, commits synchronous): migrate, week switch, search, booking
//                    commit and cold start there, in a column beside SQLite's
//     --load         also the booking commit while four other writers book at once
//     --huge         with --postgres: the interactive figures on a centre ten times the large
//                    one (300,000 clients, 2,000,000 bookings) generated on the server
//     --interactive  only week switch, search and booking commit (quick comparisons)
#include "BenchFigures.h"
#include "ClientCsvSample.h"
#include "MainWindow.h"
#include "PgTestServer.h"
#include "SealingBench.h"
#include "core/Clock.h"
#include "models/ClientListModel.h"
#include "pages/CalendarPage.h"
#include "storage/BookingRepository.h"
#include "storage/CatalogueImporter.h"
#include "storage/ClientRepository.h"
#include "storage/ClientTransfer.h"
#include "storage/Database.h"
#include "storage/DemoGenerator.h"
#include "storage/ReportRepository.h"
#include "storage/Scheduler.h"
#include "storage/SettingsRepository.h"
#include "storage/TherapistHours.h"
#include "storage/UserRepository.h"
#include "storage/WaitlistRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

struct Row
{
    QString what;
    QString measured;
    QString target;
    QString server = QStringLiteral("-"); // on PostgreSQL, with --postgres
};

// The calendar's waitlist marks for weeks to come (issue 12: freed bookings and free working
// time), given the week's bookings and working time as the calendar reads them.
double waitlistMarksMs(Database& db, const QDate& today, int weeks, int* marks)
{
    const QTimeZone zone = SettingsRepository(db).timeZone();
    QList<double> times;
    for (int w = 0; w < weeks; ++w) {
        const QDate monday = today.addDays(1 - today.dayOfWeek() + 7 * w);
        const qint64 from = QDateTime(monday, QTime(0, 0), zone).toSecsSinceEpoch();
        const qint64 to = QDateTime(monday.addDays(7), QTime(0, 0), zone).toSecsSinceEpoch();
        StorageError error;
        const QList<AgendaEntry> agenda =
            BookingRepository(db, zone).agenda(from, to, QStringLiteral("en"), &error);
        const auto working = TherapistHours::load(db, monday, 7, zone, &error);
        QElapsedTimer timer;
        timer.start();
        const CalendarWaiting waiting =
            WaitlistRepository(db, zone).waiting(agenda, working, &error);
        times << double(timer.nsecsElapsed()) / 1e6;
        *marks += int(waiting.freed.size() + waiting.free.size());
    }
    return median(times);
}

// DESIGN 5: 30,000 clients from a CSV file into an empty centre: reading and checking the
// file, then storing it in one transaction. Returns seconds for the whole, or -1 on failure.
double importClientsSeconds(const QString& work, const Clock& clock, int clients,
                            double* planSeconds)
{
    const QString path = QDir(work).filePath(QStringLiteral("import-bench.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    StorageError error;
    Database::Options open;
    open.path = path;
    std::unique_ptr<Database> db = Database::open(open, clock, &error);
    if (!db || !CatalogueImporter::importDefault(*db, &error))
        return -1;
    const QByteArray file = spanishExcelClients(clients, 0);
    QElapsedTimer timer;
    timer.start();
    const ClientImport::Plan plan = ClientImport::plan(file, {}, QStringLiteral("es"));
    *planSeconds = double(timer.nsecsElapsed()) / 1e9;
    ClientImport::Report report;
    if (!ClientTransfer(*db).import(plan, ClientImport::Duplicates::Skip, false,
                                    QTimeZone("Europe/Madrid"), QStringLiteral("bench.csv"),
                                    &report, &error) ||
        report.imported != clients)
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

// A year's report (the twelve months up to today) with the year before it, as the Reports page
// reads it, on `db`, median of `runs`, as a manager.
double yearReportMs(Database& db, const QDate& today, int runs)
{
    db.setActor(Actor{0, QStringLiteral("bench"), Role::Manager, 0});
    const ReportRepository reports(db, SettingsRepository(db).timeZone());
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        ReportComparison report;
        StorageError error;
        QElapsedTimer timer;
        timer.start();
        if (!reports.compare(today.addYears(-1).addDays(1), today, QStringLiteral("en"), &report,
                             &error))
            return -1;
        times.append(timer.nsecsElapsed() / 1e6);
    }
    db.setActor(std::nullopt);
    return median(times);
}

QString ms(double value)
{
    return value < 0 ? QStringLiteral("failed") : QStringLiteral("%1 ms").arg(value, 0, 'f', 2);
}

} // namespace

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

static std::unique_ptr<Database> openOrGenerate(const QString& path, const Clock& clock,
                                                DemoGenerator::Options options,
                                                double* generateSeconds)
{
    StorageError error;
    Database::Options open;
    open.path = path;
    const bool existed = QFile::exists(path);
    auto db = Database::open(open, clock, &error);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error.message));
        return nullptr;
    }
    *generateSeconds = -1;
    if (!existed) {
        QElapsedTimer timer;
        timer.start();
        DemoGenerator::Summary summary;
        if (!CatalogueImporter::importDefault(*db, &error) ||
            !DemoGenerator::generate(*db, options, &summary, &error)) {
            std::fprintf(stderr, "cannot generate: %s\n", qPrintable(error.message));
            return nullptr;
        }
        *generateSeconds = timer.elapsed() / 1000.0;
    }
    return db;
}

double coldStartMs(const QString& database, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        gui.start(QCoreApplication::applicationDirPath() +
                      QStringLiteral("/../../app/massage-desk"),
                  {QStringLiteral("--database"), database, QStringLiteral("--exit-when-ready")});
        if (!gui.waitForFinished(60000) || gui.exitCode() != 0)
            return -1;
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    return median(times);
}

double weekSwitchMs(MainWindow& window, const QDate& around, int weeks, CalendarPage::View view)
{
    auto* calendar = static_cast<CalendarPage*>(window.page(MainWindow::Calendar));
    calendar->setView(view);
    QList<double> times;
    for (int w = 0; w < weeks; ++w) {
        const QDate day = around.addDays(7 * (w - weeks / 2));
        QElapsedTimer timer;
        timer.start();
        calendar->showDay(day);
        calendar->repaint();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    return median(times);
}

void logStatements(Database& db, bool on);

double searchKeystrokeMs(Database& db, bool eachTyped)
{
    logStatements(db, true); // until the end of bookingCreateMs
    ClientRepository clients(db);
    QList<double> times;
    QHash<QString, QList<double>> byTyped;
    const QStringList typed = {QStringLiteral("n"),        QStringLiteral("nu"),
                               QStringLiteral("nur"),      QStringLiteral("nuri"),
                               QStringLiteral("nuria"),    QStringLiteral("nuria p"),
                               QStringLiteral("nuria pu"), QStringLiteral("m"),
                               QStringLiteral("ma"),       QStringLiteral("610 0")};
    for (int round = 0; round < 5; ++round) {
        for (const QString& text : typed) {
            QElapsedTimer timer;
            timer.start();
            StorageError error;
            // What the Clients page reads for a keystroke: its first page and one more.
            const qsizetype found = clients.search(text, ClientListModel::kPage + 1, &error).size();
            times << double(timer.nsecsElapsed()) / 1e6;
            byTyped[text] << times.last();
            if (eachTyped && round == 0)
                std::fprintf(stderr, "  \"%s\": %lld clients\n", qPrintable(text),
                             static_cast<long long>(found));
        }
    }
    if (eachTyped)
        for (const QString& text : typed)
            std::printf("| search \"%s\" | %.2f ms |\n", qPrintable(text), median(byTyped[text]));
    return median(times);
}

// The large centre is made as `demo --size large` makes it, accounts included, so whoever
// books signs in first: its manager, with the demo's password.
bool signInAsDemoManager(Database& db)
{
    StorageError error;
    UserRepository users(db);
    if (!users.anyUser(&error))
        return true; // a centre generated before the demo had accounts
    User manager;
    if (!users.signIn(QStringLiteral("manager"), QLatin1String(DemoGenerator::kPassword), &manager,
                      &error)) {
        std::fprintf(stderr, "cannot sign in: %s\n", qPrintable(error.message));
        return false;
    }
    db.setActor(manager.actor());
    return true;
}

// For a person profiling the server (MASSAGE_DESK_BENCH_STATEMENTS=FILE): the measured
// statements of this connection, with their durations, in the throwaway server's log, copied to
// FILE afterwards. Generated data only, on a server removed at exit; the figures of such a run
// include the logging and do not count.
void logStatements(Database& db, bool on)
{
    const QString file = qEnvironmentVariable("MASSAGE_DESK_BENCH_STATEMENTS");
    if (file.isEmpty() || !db.isServer())
        return;
    QSqlQuery query(db.connection());
    query.exec(on ? QStringLiteral("SET log_min_duration_statement = 0")
                  : QStringLiteral("RESET log_min_duration_statement"));
    if (on)
        return;
    QFile::remove(file);
    QFile::copy(PgTestServer::instance().socketDir() + QStringLiteral("/server.log"), file);
    std::fprintf(stderr, "statements logged to %s (these figures include the logging)\n",
                 qPrintable(file));
}

double bookingCreateMs(Database& db, const Clock& clock, int count, int daysAhead)
{
    const QTimeZone zone = SettingsRepository(db).timeZone();
    Scheduler scheduler(db, zone);
    BookingRequest request;
    // A client of its own: a client is in one session at a time, and a reused work folder
    // keeps the sessions earlier runs booked.
    ClientRules::Input client;
    client.name = QStringLiteral("Bench Client");
    StorageError added;
    if (!ClientRepository(db).add(client, 0, &request.clientId, &added))
        return -1;
    request.serviceCode = QStringLiteral("foot");
    request.minutes = 30;
    request.startsAt = clock.nowSecs() + qint64(daysAhead) * 86400;
    QList<double> times;
    StorageError error;
    const QList<Placement> free = scheduler.findSlots(request, count, &error, 45, 60);
    logStatements(db, true);
    for (const Placement& slot : free) {
        request.startsAt = slot.startsAt;
        qint64 id = 0;
        QElapsedTimer timer;
        timer.start();
        if (scheduler.book(request, QString(), &id, nullptr, &error))
            times << double(timer.nsecsElapsed()) / 1e6;
    }
    logStatements(db, false);
    if (times.size() < free.size() || free.isEmpty())
        std::fprintf(stderr, "booking: %lld of %lld slots booked; %s (%s)\n",
                     static_cast<long long>(times.size()), static_cast<long long>(free.size()),
                     qPrintable(error.message), qPrintable(error.detail));
    return times.isEmpty() ? -1 : median(times);
}

int main(int argc, char* argv[])
{
    // Measured offscreen unless told otherwise: no display is needed, and runs compare.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption workOption(
        QStringLiteral("work"), QStringLiteral("Keep databases in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"),
                                         QStringLiteral("Tiny run that only checks it works."));
    const QCommandLineOption postgresOption(
        QStringLiteral("postgres"),
        QStringLiteral("Also measure the centre moved to a throwaway PostgreSQL 15 server."));
    const QCommandLineOption loadOption(
        QStringLiteral("load"),
        QStringLiteral("Also the booking commit while four other writers book at once."));
    const QCommandLineOption hugeOption(
        QStringLiteral("huge"), QStringLiteral("With --postgres: the interactive figures on a "
                                               "centre ten times the large one, on the server."));
    const QCommandLineOption interactiveOption(
        QStringLiteral("interactive"),
        QStringLiteral("Only the week switch, search and booking commit."));
    const QCommandLineOption searchOption(
        QStringLiteral("search-on"),
        QStringLiteral("Only the search keystrokes, each on its own, on an existing centre (a "
                       "file or a postgresql:// URI); nothing is written."),
        QStringLiteral("DATABASE"));
    parser.addOptions({workOption, smokeOption, postgresOption, loadOption, hugeOption,
                       interactiveOption, searchOption});
    parser.process(app);
    if (parser.isSet(searchOption)) {
        Database::Options options;
        options.path = parser.value(searchOption);
        options.mode = Database::Mode::OpenExisting;
        StorageError error;
        auto db = Database::open(options, Clock::fromEnvironment(), &error);
        if (!db) {
            std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(options.path),
                         qPrintable(error.message));
            return 1;
        }
        signInAsDemoManager(*db); // a demo centre's manager, as the other figures
        std::printf("| search per keystroke, median | %.2f ms |\n", searchKeystrokeMs(*db, true));
        return 0;
    }
    const bool smoke = parser.isSet(smokeOption);
    const bool quick = parser.isSet(interactiveOption);
    QTemporaryDir temporary;
    const QString work = parser.isSet(workOption) ? parser.value(workOption) : temporary.path();
    QDir().mkpath(work);

    const Clock& clock = Clock::fromEnvironment();
    DemoGenerator::Options large{smoke ? DemoGenerator::Size::Small : DemoGenerator::Size::Large, 1,
                                 0, true};
    DemoGenerator::Options medium = large;
    medium.bookings = smoke ? 0 : 20000;
    double generated = 0, generatedMedium = 0;
    const QString largePath = QDir(work).filePath(smoke ? QStringLiteral("smoke.sqlite")
                                                        : QStringLiteral("large.sqlite"));
    const QString mediumPath = QDir(work).filePath(smoke ? QStringLiteral("smoke20.sqlite")
                                                         : QStringLiteral("large-20k.sqlite"));
    const QString emptyPath = QDir(work).filePath(QStringLiteral("empty.sqlite"));
    auto db = openOrGenerate(largePath, clock, large, &generated);
    auto mediumDb = openOrGenerate(mediumPath, clock, medium, &generatedMedium);
    if (!db || !mediumDb)
        return 1;
    {
        Database::Options open;
        open.path = emptyPath;
        StorageError error;
        auto empty = Database::open(open, clock, &error);
        if (empty && empty->createdNow())
            CatalogueImporter::importDefault(*empty, &error);
    }
    const int runs = smoke ? 1 : 5;
    const double startLarge = quick ? -1 : coldStartMs(largePath, runs);
    const double startEmpty = quick ? -1 : coldStartMs(emptyPath, runs);
    const double search = searchKeystrokeMs(*db);
    const QDate today = clock.nowUtc().toTimeZone(SettingsRepository(*db).timeZone()).date();

    double weekLarge = 0, weekMedium = 0, dayLarge = 0, weekAhead = 0;
    {
        MainWindow window(clock, nullptr);
        window.show();
        window.setDatabase(std::move(mediumDb));
        if (!quick)
            weekMedium = weekSwitchMs(window, today, smoke ? 2 : 20, CalendarPage::View::Week);
        window.setDatabase(std::move(db));
        weekLarge = weekSwitchMs(window, today, smoke ? 2 : 20, CalendarPage::View::Week);
        if (!quick) {
            dayLarge = weekSwitchMs(window, today, smoke ? 2 : 20, CalendarPage::View::Day);
            weekAhead = weekSwitchMs(window, today.addDays(7 * (smoke ? 1 : 10)), smoke ? 2 : 20,
                                     CalendarPage::View::Week);
        }
        db = window.takeDatabase();
    }
    int aheadMarks = 0;
    const double marksMs = quick ? -1 : waitlistMarksMs(*db, today, smoke ? 2 : 20, &aheadMarks);
    if (!signInAsDemoManager(*db)) // the window's setDatabase left nobody signed in
        return 1;
    const double create = bookingCreateMs(*db, clock, smoke ? 3 : 100);
    const double yearReport = quick ? -1 : yearReportMs(*db, today, runs);
    db.reset();
    const bool load = parser.isSet(loadOption);
    const double loaded = load ? bookingUnderLoadMs(largePath, clock, 4, smoke ? 3 : 100) : -1;
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    const double peakMb = double(usage.ru_maxrss) / 1024.0;
    ServerFigures server;
    const bool onServer = parser.isSet(postgresOption);
    ServerRun run;
    run.smoke = smoke;
    run.interactiveOnly = quick;
    run.load = load;
    run.huge = parser.isSet(hugeOption);
    run.runs = runs;
    if (onServer && !measureOnServer(largePath, clock, run, &server))
        return 1;
    const SealingFigures sealed =
        quick ? SealingFigures{} : measureSealing(large, work, clock, runs);
    double importPlan = 0;
    const double importAll =
        quick ? -1 : importClientsSeconds(work, clock, smoke ? 300 : 30000, &importPlan);

    QList<Row> rows = {
        {QStringLiteral("cold start to painted calendar, large"), ms(startLarge),
         QStringLiteral("<= 500 ms")},
        {QStringLiteral("cold start, empty database"), ms(startEmpty), QStringLiteral("-")},
        {QStringLiteral("start large / start empty"),
         QStringLiteral("%1x").arg(startEmpty > 0 ? startLarge / startEmpty : 0, 0, 'f', 2),
         QStringLiteral("<= 1.3x")},
        {QStringLiteral("calendar week switch (query, model, paint), 200k"), ms(weekLarge),
         QStringLiteral("<= 16 ms")},
        {QStringLiteral("calendar week switch, 20k (same density)"), ms(weekMedium),
         QStringLiteral("-")},
        {QStringLiteral("calendar day switch, 200k"), ms(dayLarge), QStringLiteral("-")},
        {QStringLiteral("calendar week switch, weeks to come only, 200k"), ms(weekAhead),
         QStringLiteral("<= 16 ms")},
        {QStringLiteral("of which the waitlist's marks (freed bookings, free working time; %1 "
                        "marks in 20 weeks)")
             .arg(aheadMarks),
         ms(marksMs), QStringLiteral("-")},
        {QStringLiteral("switch 200k / 20k"),
         QStringLiteral("%1x").arg(weekMedium > 0 ? weekLarge / weekMedium : 0, 0, 'f', 2),
         QStringLiteral("<= 1.5x")},
        {QStringLiteral("client search per keystroke (30,000 clients)"), ms(search),
         QStringLiteral("<= 5 ms")},
        {QStringLiteral("create a booking with its checks, committed"), ms(create),
         QStringLiteral("<= 5 ms")},
        {QStringLiteral("a year's report with the year before (sessions, rooms, services, "
                        "outcomes, clients, occupancy, weeks, busy hours)"),
         ms(yearReport), QStringLiteral("<= 300 ms")},
        {QStringLiteral("peak memory of this process (large open)"),
         QStringLiteral("%1 MB").arg(peakMb, 0, 'f', 0), QStringLiteral("<= 150 MB")},
        {QStringLiteral("generate the large dataset"),
         generated < 0 ? QStringLiteral("(reused)")
                       : QStringLiteral("%1 s").arg(generated, 0, 'f', 1),
         QStringLiteral("<= 20 s")},
        {QStringLiteral("import %1 clients from CSV (reading and checking the file)")
             .arg(smoke ? 300 : 30000),
         importAll < 0
             ? QStringLiteral("failed")
             : QStringLiteral("%1 s (%2 s)").arg(importAll, 0, 'f', 1).arg(importPlan, 0, 'f', 1),
         QStringLiteral("<= 10 s")},
        {QStringLiteral("seal the large centre (%1 check-ins), sealing enable")
             .arg(sealed.checkins),
         sealed.sealSeconds < 0 ? QStringLiteral("failed")
                                : QStringLiteral("%1 s").arg(sealed.sealSeconds, 0, 'f', 1),
         QStringLiteral("<= 120 s")},
        {QStringLiteral("compact after sealing (VACUUM, checkpoint)"),
         sealed.compactSeconds < 0 ? QStringLiteral("failed")
                                   : QStringLiteral("%1 s").arg(sealed.compactSeconds, 0, 'f', 1),
         QStringLiteral("-")},
        {QStringLiteral("save a check-in, sealed, committed"), ms(sealed.saveMs),
         QStringLiteral("<= 10 ms")},
        {QStringLiteral("open a sealed check-in for a therapist"), ms(sealed.openMs),
         QStringLiteral("<= 20 ms")},
        {QStringLiteral("a therapist's sign-in (Argon2id: password and key)"), ms(sealed.signInMs),
         QStringLiteral("-")},
    };
    if (onServer) {
        rows[0].server = ms(server.startMs);
        rows[3].server = ms(server.weekMs);
        rows[9].server = ms(server.searchMs); // after the two rows of weeks to come
        rows[10].server = ms(server.createMs);
    }
    if (quick) // the interactive rows only: week switch, search, booking commit
        rows = {rows.at(3), rows.at(9), rows.at(10)};
    if (load)
        rows.append({QStringLiteral("create a booking while four other writers book at once"),
                     ms(loaded), QStringLiteral("-"), ms(server.loadedMs)});
    if (onServer && !quick)
        rows.append({QStringLiteral("migrate the large centre to the server (CentreCopy)"),
                     QStringLiteral("-"), QStringLiteral("<= 60 s"),
                     QStringLiteral("%1 s").arg(server.migrateSeconds, 0, 'f', 1)});
    if (onServer && run.huge) {
        const QString none = QStringLiteral("-");
        rows.append({QStringLiteral("centre x10 (300,000 clients, 2,000,000 bookings): generate "
                                    "on the server"),
                     none, none,
                     QStringLiteral("%1 s").arg(server.hugeGenerateSeconds, 0, 'f', 0)});
        rows.append({QStringLiteral("centre x10: calendar week switch"), none,
                     QStringLiteral("<= 16 ms"), ms(server.hugeWeekMs)});
        rows.append({QStringLiteral("centre x10: client search per keystroke"), none,
                     QStringLiteral("<= 5 ms"), ms(server.hugeSearchMs)});
        rows.append({QStringLiteral("centre x10: create a booking, committed"), none,
                     QStringLiteral("<= 5 ms"), ms(server.hugeCreateMs)});
    }
    if (onServer) {
        std::printf("| what | SQLite | PostgreSQL | target |\n|---|---|---|---|\n");
    } else {
        std::printf("| what | measured | target |\n|---|---|---|\n");
    }
    for (const Row& row : rows) {
        if (onServer)
            std::printf("| %s | %s | %s | %s |\n", qPrintable(row.what), qPrintable(row.measured),
                        qPrintable(row.server), qPrintable(row.target));
        else
            std::printf("| %s | %s | %s |\n", qPrintable(row.what), qPrintable(row.measured),
                        qPrintable(row.target));
    }
    return 0;
}
