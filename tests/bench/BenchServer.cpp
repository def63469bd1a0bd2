// The server's figures (--postgres): the large centre moved to a throwaway PostgreSQL 15 server,
// the booking commit while other desks book (--load, either engine), and the centre ten times
// the large one generated on the server (--huge).
#include "BenchFigures.h"

#include "MainWindow.h"
#include "PgTestServer.h"
#include "core/Clock.h"
#include "storage/CatalogueImporter.h"
#include "storage/CentreCopy.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/Scheduler.h"
#include "storage/SettingsRepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

namespace {

// A new database on the throwaway server that commits as a real server does (the cluster
// defers its commits otherwise); its URI.
QString synchronousDatabase()
{
    const QString uri = PgTestServer::instance().createDatabase();
    const QString name = uri.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
    PgTestServer::instance().psql(
        name, QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = on").arg(name));
    return uri;
}

// For a person profiling (MASSAGE_DESK_BENCH_HOLD set): the server stays up with the centre
// until Enter.
void holdForProfiling(const QString& uri)
{
    if (!qEnvironmentVariableIsSet("MASSAGE_DESK_BENCH_HOLD"))
        return;
    std::fprintf(stderr, "psql -h %s -U %s %s, or --search-on %s  (Enter goes on)\n",
                 qPrintable(PgTestServer::instance().socketDir()),
                 qPrintable(PgTestServer::instance().user()),
                 qPrintable(uri.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0)),
                 qPrintable(uri));
    std::getchar();
}

void interactive(std::unique_ptr<Database> db, const Clock& clock, bool smoke, double* weekMs,
                 double* searchMs, double* createMs, bool eachTyped = false)
{
    *searchMs = searchKeystrokeMs(*db, eachTyped);
    const QDate today = clock.nowUtc().toTimeZone(SettingsRepository(*db).timeZone()).date();
    {
        MainWindow window(clock, nullptr);
        window.show();
        window.setDatabase(std::move(db));
        *weekMs = weekSwitchMs(window, today, smoke ? 2 : 20, CalendarPage::View::Week);
        db = window.takeDatabase();
    }
    *createMs = signInAsDemoManager(*db) ? bookingCreateMs(*db, clock, smoke ? 3 : 100) : -1;
}

// 300,000 clients and 2,000,000 bookings at the large centre's density (a longer history),
// generated on the server with the demo's accounts.
bool measureHuge(const Clock& clock, const ServerRun& run, ServerFigures* figures)
{
    const QString uri = synchronousDatabase();
    Database::Options options;
    options.path = uri;
    StorageError error;
    std::unique_ptr<Database> db = Database::open(options, clock, &error);
    DemoGenerator::Options huge{DemoGenerator::Size::Large, 1, run.smoke ? 20000 : 2000000, true};
    huge.clients = run.smoke ? 3000 : 300000;
    QElapsedTimer timer;
    timer.start();
    DemoGenerator::Summary summary;
    if (!db || !CatalogueImporter::importDefault(*db, &error) ||
        !DemoGenerator::generate(*db, huge, &summary, &error)) {
        std::fprintf(stderr, "cannot generate the huge centre: %s\n", qPrintable(error.message));
        return false;
    }
    for (const QString& statement : db->dialect().afterBulkCopy()) {
        QSqlQuery query(db->connection());
        query.exec(statement);
    }
    figures->hugeGenerateSeconds = timer.elapsed() / 1000.0;
    std::fprintf(stderr, "huge centre: %d clients, %lld bookings in %.0f s\n", summary.clients,
                 static_cast<long long>(summary.bookings), figures->hugeGenerateSeconds);
    holdForProfiling(uri);
    // Each keystroke on its own too: the one figure that grows with the centre.
    interactive(std::move(db), clock, run.smoke, &figures->hugeWeekMs, &figures->hugeSearchMs,
                &figures->hugeCreateMs, true);
    return figures->hugeCreateMs >= 0;
}

} // namespace

double bookingUnderLoadMs(const QString& path, const Clock& clock, int writers, int count)
{
    Database::Options options;
    options.path = path;
    options.mode = Database::Mode::OpenExisting;
    StorageError error;
    std::unique_ptr<Database> db = Database::open(options, clock, &error);
    if (!db || !signInAsDemoManager(*db))
        return -1;
    std::atomic<bool> stop{false};
    std::atomic<int> ready{0};
    std::atomic<int> failed{0};
    std::atomic<qint64> booked{0};
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            StorageError e;
            std::unique_ptr<Database> desk = Database::open(options, clock, &e);
            if (!desk || !signInAsDemoManager(*desk)) {
                ++failed;
                ++ready;
                return;
            }
            Scheduler scheduler(*desk, SettingsRepository(*desk).timeZone());
            BookingRequest request;
            ClientRules::Input client;
            client.name = QStringLiteral("Bench Writer %1").arg(w + 1);
            if (!ClientRepository(*desk).add(client, 0, &request.clientId, &e)) {
                ++failed;
                ++ready;
                return;
            }
            request.serviceCode = QStringLiteral("foot");
            request.minutes = 30;
            // Days of its own, apart from the measured desk's (70 to 115 days ahead) and each
            // other's.
            request.startsAt = clock.nowSecs() + qint64(130 + 60 * w) * 86400;
            bool first = true;
            while (!stop) {
                const QList<Placement> free = scheduler.findSlots(request, 50, &e, 45, 60);
                if (first) {
                    ++ready;
                    first = false;
                }
                if (free.isEmpty())
                    break;
                for (const Placement& slot : free) {
                    if (stop)
                        break;
                    request.startsAt = slot.startsAt;
                    qint64 id = 0;
                    if (scheduler.book(request, QString(), &id, nullptr, &e))
                        ++booked;
                }
                request.startsAt = free.last().startsAt + 3600;
            }
        });
    }
    while (ready < writers)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    const qint64 before = booked;
    const double measured = failed ? -1 : bookingCreateMs(*db, clock, count, 70);
    const qint64 during = booked - before;
    stop = true;
    for (std::thread& t : threads)
        t.join();
    std::fprintf(stderr, "under load (%s): the %d other writers booked %lld meanwhile\n",
                 SqlDialect::isServerUri(path) ? "server" : "file", writers,
                 static_cast<long long>(during));
    return during > 0 ? measured : -1;
}

bool measureOnServer(const QString& largePath, const Clock& clock, const ServerRun& run,
                     ServerFigures* figures)
{
    const QString uri = synchronousDatabase();
    StorageError error;
    Database::Options options;
    options.path = largePath;
    options.mode = Database::Mode::OpenExisting;
    std::unique_ptr<Database> source = Database::open(options, clock, &error);
    options.path = uri;
    options.mode = Database::Mode::CreateIfMissing;
    std::unique_ptr<Database> server = Database::open(options, clock, &error);
    if (!source || !server || !signInAsDemoManager(*source)) {
        std::fprintf(stderr, "cannot open for the server figures: %s\n", qPrintable(error.message));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    CentreCopy::Report report;
    if (!CentreCopy::copy(*source, *server, {}, &report, &error)) {
        std::fprintf(stderr, "migrate failed: %s\n", qPrintable(error.message));
        return false;
    }
    figures->migrateSeconds = timer.elapsed() / 1000.0;
    source.reset();
    holdForProfiling(uri);
    interactive(std::move(server), clock, run.smoke, &figures->weekMs, &figures->searchMs,
                &figures->createMs);
    if (figures->createMs < 0)
        return false;
    if (run.load)
        figures->loadedMs = bookingUnderLoadMs(uri, clock, 4, run.smoke ? 3 : 100);
    if (!run.interactiveOnly)
        figures->startMs = coldStartMs(uri, run.runs);
    return !run.huge || measureHuge(clock, run, figures);
}
