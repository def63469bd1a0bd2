// massage-desk-stress: proof that nothing committed is lost (DESIGN 6, issue 6).
//
//   massage-desk-stress [--kills N] [--seed S] [--min-delay-ms A] [--max-delay-ms B] [--keep]
//   massage-desk-stress --concurrency N [--seed S] [--cli PATH] [--keep]
//   massage-desk-stress --server-writers N [--bookings K]
//   massage-desk-stress --server-stops N [--seed S] [--min-delay-ms A] [--max-delay-ms B]
//
// Kill mode (the default, 1000 kills): a writing child books slots through Scheduler::book and
// prints each committed id; after a random, seeded delay it is killed with SIGKILL. After every
// kill the database is opened as the next program would, PRAGMA integrity_check must say "ok"
// and every confirmed id must be there. Concurrency mode: a writer opened the GUI's way and the
// real massage-desk-cli `book` make N bookings each on the same file at the same time; none may
// be lost or refused as busy. Server modes (issue 10, a throwaway PostgreSQL server): N writers
// booking at once, 2,500 each by default (StressServer.cpp), and immediate server stops while a
// writer books. Every mode prints a table and exits 1 when anything was lost or damaged.

#include "Stress.h"

#include "core/Clock.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace Stress {

namespace {

// Opens the database as the next program would and checks it: integrity_check must answer the
// single row "ok" and every confirmed id of `therapist` must be there. Adds what is missing to
// `lost`; returns false (with `problem`) when the check itself could not run or found damage.
struct Verdict
{
    bool opened = false;
    bool integrityOk = false;
    QString problem;
    qint64 rows = 0; // bookings of the therapist
};

Verdict verify(const Centre& centre, qint64 therapist, const QSet<qint64>& confirmed,
               QSet<qint64>* lost)
{
    Verdict verdict;
    SystemClock clock;
    Database::Options options;
    options.path = centre.path;
    options.mode = Database::Mode::OpenExisting;
    StorageError error;
    std::unique_ptr<Database> database = Database::open(options, clock, &error);
    if (!database) {
        verdict.problem =
            QStringLiteral("open: ") + error.message + QLatin1Char(' ') + error.detail;
        return verdict;
    }
    verdict.opened = true;
    QSqlQuery query(database->connection());
    QStringList answer;
    if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (query.next())
            answer << query.value(0).toString();
    } else {
        answer << query.lastError().text();
    }
    verdict.integrityOk = answer == QStringList{QStringLiteral("ok")};
    if (!verdict.integrityOk)
        verdict.problem = QStringLiteral("integrity_check: ") + answer.join(QLatin1String("; "));
    QSet<qint64> present;
    query.prepare(QStringLiteral("SELECT id FROM bookings WHERE therapist_id = ?"));
    query.addBindValue(therapist);
    if (!query.exec()) {
        verdict.integrityOk = false;
        verdict.problem += QStringLiteral(" reading bookings: ") + query.lastError().text();
        return verdict;
    }
    while (query.next())
        present.insert(query.value(0).toLongLong());
    verdict.rows = present.size();
    for (qint64 id : confirmed) {
        if (!present.contains(id))
            lost->insert(id);
    }
    return verdict;
}

} // namespace

int runKills(const Options& options)
{
    QTemporaryDir folder;
    folder.setAutoRemove(!options.keep);
    Centre centre;
    QString problem;
    if (!folder.isValid() ||
        !createCentre(QDir(folder.path()).filePath(QStringLiteral("stress.sqlite")), 1, &centre,
                      &problem)) {
        std::fprintf(stderr, "stress: cannot set up the centre: %s\n", qPrintable(problem));
        return 2;
    }
    std::printf("kill mode: %d kills, seed %u, delay %d..%d ms, database %s\n", options.kills,
                options.seed, options.minDelayMs, options.maxDelayMs, qPrintable(centre.path));
    std::fflush(stdout);

    QRandomGenerator random(options.seed);
    QElapsedTimer wall;
    wall.start();
    QSet<qint64> confirmed;
    QSet<qint64> lost;
    QStringList problems; // anything that makes the run fail besides losses and damage
    int integrityFailures = 0;
    int runsWithCommits = 0;
    int finishedBeforeKill = 0;
    qint64 unconfirmedCommits = 0;
    qint64 next = 0; // the next slot a child starts at
    for (int run = 0; run < options.kills; ++run) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    writerArguments(centre, 0, next, 10000000));
        if (!child.waitForStarted(30000)) {
            problems << QStringLiteral("run %1: the child did not start: %2")
                            .arg(run)
                            .arg(child.errorString());
            break;
        }
        QThread::msleep(random.bounded(options.minDelayMs, options.maxDelayMs + 1));
        if (child.state() != QProcess::Running)
            ++finishedBeforeKill;
        child.kill(); // SIGKILL: no destructor, no rollback, no flush
        child.waitForFinished(30000);
        const QByteArray errors = child.readAllStandardError();
        if (!errors.isEmpty())
            problems << QStringLiteral("run %1: child stderr: %2")
                            .arg(run)
                            .arg(QString::fromUtf8(errors.left(500)));
        const WriterOutput out = parseWriterOutput(child.readAllStandardOutput());
        for (const QString& line : out.failures + out.other)
            problems << QStringLiteral("run %1: %2").arg(run).arg(line);
        for (qint64 id : out.ids) {
            if (confirmed.contains(id))
                problems << QStringLiteral("run %1: id %2 confirmed twice").arg(run).arg(id);
            confirmed.insert(id);
        }
        // A commit may have happened without its line reaching us: skip that slot.
        next = (out.ids.isEmpty() ? next : out.lastSlot + 1) + 1;
        if (!out.ids.isEmpty())
            ++runsWithCommits;

        const Verdict verdict = verify(centre, centre.therapists.first(), confirmed, &lost);
        if (!verdict.opened) {
            problems << QStringLiteral("run %1: %2").arg(run).arg(verdict.problem);
        } else if (!verdict.integrityOk) {
            ++integrityFailures;
            std::fprintf(stderr, "run %d: %s\n", run, qPrintable(verdict.problem));
        }
        // Rows beyond the confirmed ones: the child was killed after SQLite wrote its commit to
        // the WAL but before the parent read its line (usually during the fsync).
        unconfirmedCommits = verdict.rows - (confirmed.size() - lost.size());
        // At most one commit per kill can lack its confirmation; more means phantom rows.
        if (unconfirmedCommits < 0 || unconfirmedCommits > run + 1)
            problems << QStringLiteral("run %1: %2 bookings for %3 confirmed")
                            .arg(run)
                            .arg(verdict.rows)
                            .arg(confirmed.size());
        if ((run + 1) % 100 == 0) {
            std::printf("  %d kills, %lld confirmed, %lld lost, %d integrity failures\n", run + 1,
                        static_cast<long long>(confirmed.size()),
                        static_cast<long long>(lost.size()), integrityFailures);
            std::fflush(stdout);
        }
    }
    const qint64 elapsed = wall.elapsed();
    if (finishedBeforeKill > 0)
        problems
            << QStringLiteral("%1 children were not running when killed").arg(finishedBeforeKill);
    if (confirmed.isEmpty())
        problems << QStringLiteral("no write was ever confirmed: the delays are too short");
    problems.removeDuplicates();

    printTable(QStringLiteral("Kill test (SIGKILL during Scheduler::book writes)"),
               {{QStringLiteral("kills"), QString::number(options.kills)},
                {QStringLiteral("confirmed writes"), QString::number(confirmed.size())},
                {QStringLiteral("confirmed writes lost"), QString::number(lost.size())},
                {QStringLiteral("integrity failures"), QString::number(integrityFailures)},
                {QStringLiteral("kills after >= 1 commit"), QString::number(runsWithCommits)},
                {QStringLiteral("stored but unconfirmed"), QString::number(unconfirmedCommits)},
                {QStringLiteral("other problems"), QString::number(problems.size())},
                {QStringLiteral("wall time"), seconds(elapsed)}});
    for (const QString& line : problems.mid(0, 20))
        std::fprintf(stderr, "problem: %s\n", qPrintable(line));
    return lost.isEmpty() && integrityFailures == 0 && problems.isEmpty() ? 0 : 1;
}

} // namespace Stress

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // stdout carries the children's confirmations and the table: library logs go to stderr,
    // warnings and errors only.
    auto logger = spdlog::stderr_logger_mt("stress");
    logger->set_level(spdlog::level::warn);
    spdlog::set_default_logger(logger);

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.contains(QStringLiteral("--writer")))
        return Stress::runWriter(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Proof that nothing committed is lost."));
    parser.addHelpOption();
    const QCommandLineOption kills(QStringLiteral("kills"), QStringLiteral("SIGKILLs (1000)."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("S"), QStringLiteral("20261125"));
    const QCommandLineOption minDelay(QStringLiteral("min-delay-ms"),
                                      QStringLiteral("Shortest life of a child (1)."),
                                      QStringLiteral("MS"), QStringLiteral("1"));
    const QCommandLineOption maxDelay(QStringLiteral("max-delay-ms"),
                                      QStringLiteral("Longest life of a child (300)."),
                                      QStringLiteral("MS"), QStringLiteral("300"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        QStringLiteral("Two writers (GUI way and massage-desk-cli), N writes each."),
        QStringLiteral("N"));
    const QCommandLineOption cli(QStringLiteral("cli"), QStringLiteral("massage-desk-cli to run."),
                                 QStringLiteral("PATH"), QStringLiteral(MASSAGE_DESK_CLI));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep the temporary database."));
    const QCommandLineOption serverWriters(
        QStringLiteral("server-writers"),
        QStringLiteral("On a throwaway PostgreSQL server: N writers booking at once."),
        QStringLiteral("N"));
    const QCommandLineOption bookings(QStringLiteral("bookings"),
                                      QStringLiteral("Bookings per server writer (2500)."),
                                      QStringLiteral("N"), QStringLiteral("2500"));
    const QCommandLineOption serverStops(
        QStringLiteral("server-stops"),
        QStringLiteral("On a throwaway PostgreSQL server: N immediate stops while a writer "
                       "books (delays 150..900 ms unless given)."),
        QStringLiteral("N"));
    parser.addOptions({kills, seed, minDelay, maxDelay, concurrency, cli, keep, serverWriters,
                       bookings, serverStops});
    parser.process(app);

    Stress::Options options;
    bool ok = true;
    const auto positive = [&ok](const QString& text, int least) {
        bool good = false;
        const int value = text.toInt(&good);
        ok = ok && good && value >= least;
        return value;
    };
    options.kills = positive(parser.value(kills), 1);
    bool seedOk = false;
    options.seed = parser.value(seed).toUInt(&seedOk);
    ok = ok && seedOk;
    options.minDelayMs = positive(parser.value(minDelay), 0);
    options.maxDelayMs = positive(parser.value(maxDelay), options.minDelayMs);
    if (parser.isSet(concurrency))
        options.concurrency = positive(parser.value(concurrency), 1);
    options.cliProgram = parser.value(cli);
    options.keep = parser.isSet(keep);
    if (parser.isSet(serverWriters))
        options.serverWriters = positive(parser.value(serverWriters), 1);
    options.bookings = positive(parser.value(bookings), 1);
    if (parser.isSet(serverStops)) {
        options.serverStops = positive(parser.value(serverStops), 1);
        // A writer needs a moment to start and connect before its first booking.
        if (!parser.isSet(minDelay))
            options.minDelayMs = 150;
        if (!parser.isSet(maxDelay))
            options.maxDelayMs = std::max(900, options.minDelayMs);
    }
    if (!ok) {
        std::fprintf(stderr, "stress: numbers must be whole and positive (see --help)\n");
        return 2;
    }
    if (options.serverWriters > 0)
        return Stress::runServerWriters(options);
    if (options.serverStops > 0)
        return Stress::runServerStops(options);
    return options.concurrency > 0 ? Stress::runConcurrency(options) : Stress::runKills(options);
}
