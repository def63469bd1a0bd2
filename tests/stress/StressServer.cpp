// The server modes (issue 10), on a throwaway PostgreSQL 15 cluster (PgTestServer):
//   writers: N writing children book at once, each on a lane of its own and all on one
//            contested lane: nothing confirmed is lost, each contested slot has one winner,
//            no therapist or room is double-booked, the audit chain verifies;
//   stops:   the server stopped with pg_ctl stop -m immediate at a random moment while a
//            child books, then started again: every confirmed booking is there.
#include "Stress.h"

#include "PgTestServer.h"
#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>
#include <memory>
#include <vector>

namespace Stress {

namespace {

constexpr int kTimeoutMs = 600000;

// A new database on the cluster, committing as a real server does (the throwaway cluster
// defers its commits otherwise); its URI.
QString serverDatabase()
{
    const QString uri = PgTestServer::instance().createDatabase();
    const QString name = uri.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
    PgTestServer::instance().psql(
        name, QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = on").arg(name));
    return uri;
}

qint64 number(QSqlQuery& query, const QString& sql, QStringList* problems)
{
    if (!query.exec(sql) || !query.next()) {
        *problems << sql + QStringLiteral(": ") + query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

// What must hold after any run: the confirmed ids are there (the missing ones go to `lost`), no
// booking lacks its "created" event, no two active bookings of a therapist or a room overlap,
// and the audit chain verifies. Returns the bookings stored.
qint64 verifyServer(const Centre& centre, const QSet<qint64>& confirmed, QSet<qint64>* lost,
                    QStringList* problems)
{
    SystemClock clock;
    Database::Options options;
    options.path = centre.path;
    options.mode = Database::Mode::OpenExisting;
    StorageError error;
    std::unique_ptr<Database> database = Database::open(options, clock, &error);
    if (!database) {
        *problems << QStringLiteral("open: ") + error.message + QLatin1Char(' ') + error.detail;
        return -1;
    }
    // The writers' therapists only: the demo centre beneath has bookings of its own.
    QStringList lanes;
    for (qint64 id : centre.therapists)
        lanes << QString::number(id);
    const QString mine = QStringLiteral("therapist_id IN (%1)").arg(lanes.join(QLatin1Char(',')));
    QSqlQuery query(database->connection());
    QSet<qint64> present;
    if (!query.exec(QStringLiteral("SELECT id FROM bookings WHERE ") + mine))
        *problems << query.lastError().text();
    while (query.next())
        present.insert(query.value(0).toLongLong());
    for (qint64 id : confirmed)
        if (!present.contains(id))
            lost->insert(id);
    const qint64 halfWritten =
        number(query,
               QStringLiteral("SELECT count(*) FROM bookings b WHERE b.") + mine +
                   QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM booking_events e WHERE "
                                  "e.booking_id = b.id AND e.kind = 'created')"),
               problems);
    if (halfWritten != 0)
        *problems << QStringLiteral("%1 bookings without their created event").arg(halfWritten);
    // Bookings starting before an earlier one of the same therapist or room has ended: one
    // sorted pass each, where a self-join grew with the square of the bookings and, after a
    // few hundred stops, took longer than the stops themselves.
    const QString overlapping = QStringLiteral(
        "(SELECT count(*) FROM (SELECT starts_at, max(ends_at) OVER (PARTITION BY %1 ORDER BY "
        "starts_at, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier_end FROM "
        "bookings WHERE status NOT IN ('cancelled', 'no_show')) x WHERE earlier_end > starts_at)");
    const qint64 overlaps =
        number(query,
               QStringLiteral("SELECT ") + overlapping.arg(QStringLiteral("therapist_id")) +
                   QStringLiteral(" + ") + overlapping.arg(QStringLiteral("room_id")),
               problems);
    if (overlaps != 0)
        *problems << QStringLiteral("%1 double bookings").arg(overlaps);
    const qint64 broken = AuditLog(*database).firstBrokenEntry(&error);
    if (broken != 0)
        *problems << QStringLiteral("audit verify: entry %1 breaks the chain (%2)")
                         .arg(broken)
                         .arg(error.message);
    return present.size();
}

} // namespace

int runServerWriters(const Options& options)
{
    const int writers = options.serverWriters;
    const int n = options.bookings;
    Centre centre;
    QString problem;
    if (!createCentre(serverDatabase(), writers + 1, &centre, &problem)) {
        std::fprintf(stderr, "stress: cannot set up the centre: %s\n", qPrintable(problem));
        return 2;
    }
    std::printf("server writers mode: %d writers x %d bookings at once, and all of them on one "
                "contested lane, %s\n",
                writers, n, qPrintable(centre.path));
    std::fflush(stdout);
    QElapsedTimer wall;
    wall.start();
    std::vector<std::unique_ptr<QProcess>> children;
    for (int lane = 0; lane < writers; ++lane) {
        auto child = std::make_unique<QProcess>();
        child->start(QCoreApplication::applicationFilePath(),
                     writerArguments(centre, lane, 0, n) + contestedArguments(centre, writers));
        children.push_back(std::move(child));
    }
    QSet<qint64> confirmed;
    QHash<qint64, int> winners; // contested slot -> how many writers won it
    QStringList problems;
    QStringList lostLines; // why each refused contested booking was refused
    int refusedContested = 0;
    for (int lane = 0; lane < writers; ++lane) {
        QProcess& child = *children.at(size_t(lane));
        QByteArray output;
        while (child.state() != QProcess::NotRunning || child.bytesAvailable() > 0) {
            child.waitForReadyRead(1000);
            output += child.readAllStandardOutput();
            if (wall.elapsed() > kTimeoutMs)
                break;
        }
        child.waitForFinished(kTimeoutMs);
        output += child.readAllStandardOutput();
        const QByteArray errors = child.readAllStandardError();
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            problems << QStringLiteral("writer %1 ended badly: %2")
                            .arg(lane)
                            .arg(QString::fromUtf8(errors.left(300)));
        const WriterOutput out = parseWriterOutput(output);
        for (const QString& line : out.failures + out.other)
            problems << QStringLiteral("writer %1: %2").arg(lane).arg(line);
        if (out.ids.size() != n)
            problems << QStringLiteral("writer %1: %2 of %3 bookings confirmed")
                            .arg(lane)
                            .arg(out.ids.size())
                            .arg(n);
        for (qint64 id : out.ids)
            confirmed.insert(id);
        for (const auto& [slot, id] : out.won) {
            ++winners[slot];
            confirmed.insert(id);
        }
        refusedContested += out.contestedLost;
        lostLines += out.lostLines;
    }
    const qint64 elapsed = wall.elapsed();
    int doubleWins = 0;
    for (auto it = winners.constBegin(); it != winners.constEnd(); ++it)
        doubleWins += it.value() > 1 ? 1 : 0;
    if (doubleWins)
        problems << QStringLiteral("%1 contested slots won twice").arg(doubleWins);
    int contestedSlots = 0;
    for (qint64 slot = 0; slot < n; ++slot)
        contestedSlots += contestedSlot(slot) ? 1 : 0;
    if (winners.size() != contestedSlots) {
        problems << QStringLiteral("%1 of %2 contested slots won")
                        .arg(winners.size())
                        .arg(contestedSlots);
        for (const QString& line : std::as_const(lostLines))
            if (!winners.contains(line.section(QLatin1Char(' '), 1, 1).toLongLong()))
                problems << QStringLiteral("nobody won: ") + line;
    }
    QSet<qint64> lost;
    const qint64 stored = verifyServer(centre, confirmed, &lost, &problems);
    if (stored != confirmed.size())
        problems
            << QStringLiteral("%1 bookings stored, %2 confirmed").arg(stored).arg(confirmed.size());
    problems.removeDuplicates();
    printTable(
        QStringLiteral("Server writers (PostgreSQL, Scheduler::book, at once)"),
        {{QStringLiteral("writers x bookings"), QStringLiteral("%1 x %2").arg(writers).arg(n)},
         {QStringLiteral("confirmed (own lanes + contested)"), QString::number(confirmed.size())},
         {QStringLiteral("confirmed lost"), QString::number(lost.size())},
         {QStringLiteral("contested slots won / refused"),
          QStringLiteral("%1 / %2").arg(winners.size()).arg(refusedContested)},
         {QStringLiteral("double bookings, half-written, audit"),
          problems.isEmpty() ? QStringLiteral("none, none, intact")
                             : QStringLiteral("see problems")},
         {QStringLiteral("wall time"), seconds(elapsed)}});
    for (const QString& line : problems.mid(0, 20))
        std::fprintf(stderr, "problem: %s\n", qPrintable(line));
    return lost.isEmpty() && problems.isEmpty() ? 0 : 1;
}

int runServerStops(const Options& options)
{
    // A session starts at most five years ahead: one booking an hour fills a lane (a therapist
    // and a room of its own) in four years, and the writer then goes on to the next lane. About
    // 130 bookings a stop, so 500 stops take two lanes.
    constexpr int kLanes = 4;
    constexpr qint64 kLaneSlots = qint64(4) * 365 * 24;
    Centre centre;
    QString problem;
    if (!createCentre(serverDatabase(), kLanes, &centre, &problem)) {
        std::fprintf(stderr, "stress: cannot set up the centre: %s\n", qPrintable(problem));
        return 2;
    }
    std::printf("server stops mode: %d immediate stops, seed %u, delay %d..%d ms, %s\n",
                options.serverStops, options.seed, options.minDelayMs, options.maxDelayMs,
                qPrintable(centre.path));
    std::fflush(stdout);
    QRandomGenerator random(options.seed);
    QElapsedTimer wall;
    wall.start();
    QSet<qint64> confirmed;
    QSet<qint64> lost;
    QStringList problems;
    int stopsAfterCommits = 0;
    int stopsWithoutCommit = 0; // in a row
    int lane = 0;
    qint64 next = 0;
    for (int stop = 0; stop < options.serverStops; ++stop) {
        if (next >= kLaneSlots) {
            if (++lane == kLanes) {
                problems << QStringLiteral("stop %1: every lane is full").arg(stop);
                break;
            }
            next = 0;
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    writerArguments(centre, lane, next, kLaneSlots - next));
        if (!child.waitForStarted(30000)) {
            problems << QStringLiteral("stop %1: the writer did not start").arg(stop);
            break;
        }
        QThread::msleep(random.bounded(options.minDelayMs, options.maxDelayMs + 1));
        QString output;
        if (!PgTestServer::instance().stopImmediately(&output)) {
            problems << QStringLiteral("stop %1: pg_ctl stop: %2").arg(stop).arg(output);
            break;
        }
        // The writer finds the connection gone, refuses the rest and ends.
        if (!child.waitForFinished(60000)) {
            problems << QStringLiteral("stop %1: the writer did not end").arg(stop);
            child.kill();
            child.waitForFinished(30000);
        }
        if (!PgTestServer::instance().startAgain(&output)) {
            problems << QStringLiteral("stop %1: pg_ctl start: %2").arg(stop).arg(output);
            break;
        }
        const WriterOutput out = parseWriterOutput(child.readAllStandardOutput());
        for (qint64 id : out.ids) {
            if (confirmed.contains(id))
                problems << QStringLiteral("stop %1: id %2 confirmed twice").arg(stop).arg(id);
            confirmed.insert(id);
        }
        // A commit may have happened without its line reaching us: skip that slot.
        next = (out.ids.isEmpty() ? next : out.lastSlot + 1) + 1;
        if (!out.ids.isEmpty()) {
            ++stopsAfterCommits;
            stopsWithoutCommit = 0;
        } else if (++stopsWithoutCommit == 10) {
            // Most stops come after a commit; ten in a row without one means the writer no
            // longer books (say, past the dates a session may start), and the stops prove nothing.
            problems << QStringLiteral("stops %1 to %2: nothing confirmed (%3)")
                            .arg(stop - 9)
                            .arg(stop)
                            .arg(out.failures.value(0, QStringLiteral("no failure printed")));
        }
        verifyServer(centre, confirmed, &lost, &problems);
        if ((stop + 1) % 50 == 0) {
            std::printf("  %d stops, %lld confirmed, %lld lost\n", stop + 1,
                        static_cast<long long>(confirmed.size()),
                        static_cast<long long>(lost.size()));
            std::fflush(stdout);
        }
    }
    const qint64 elapsed = wall.elapsed();
    if (stopsAfterCommits == 0)
        problems << QStringLiteral("no booking was confirmed before a stop: delays too short");
    problems.removeDuplicates();
    printTable(QStringLiteral("Server stops (pg_ctl stop -m immediate during Scheduler::book)"),
               {{QStringLiteral("stops"), QString::number(options.serverStops)},
                {QStringLiteral("confirmed bookings"), QString::number(confirmed.size())},
                {QStringLiteral("confirmed bookings lost"), QString::number(lost.size())},
                {QStringLiteral("stops after >= 1 commit"), QString::number(stopsAfterCommits)},
                {QStringLiteral("other problems"), QString::number(problems.size())},
                {QStringLiteral("wall time"), seconds(elapsed)}});
    for (const QString& line : problems.mid(0, 20))
        std::fprintf(stderr, "problem: %s\n", qPrintable(line));
    return lost.isEmpty() && problems.isEmpty() ? 0 : 1;
}

} // namespace Stress
