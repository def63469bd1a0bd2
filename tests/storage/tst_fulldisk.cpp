#include "StorageTestHelpers.h"
#include "TestDatabase.h"

#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/HealthCheck.h"
#include "storage/Scheduler.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <spdlog/sinks/stdout_sinks.h>
#include <sys/resource.h>

// A full disk, made real: the writing process runs with RLIMIT_FSIZE set (and SIGXFSZ ignored),
// so SQLite's write of the WAL fails part-way like on a disk with no space left. The failed
// write must come back as a clear message for a person, be rolled back whole, leave the file
// sound, and never crash the program; the same for massage-desk-cli.

using namespace StorageTest;

namespace {

constexpr char kChildFlag[] = "--fulldisk-child";
constexpr int kMaxAttempts = 2000; // far beyond what fits under the limit

// Runs in the child after fork, before exec: the limit and the ignored signal survive exec.
void limitFileSize(rlim_t bytes)
{
    const rlimit limit{bytes, bytes};
    setrlimit(RLIMIT_FSIZE, &limit);
    std::signal(SIGXFSZ, SIG_IGN); // else the kernel kills the writer instead of failing write()
}

QString clientName(int n)
{
    return QStringLiteral("Full Disk Client %1").arg(n);
}

void say(const QString& line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

QString describe(const StorageError& error)
{
    return QStringLiteral("%1\t%2\t%3")
        .arg(static_cast<int>(error.code))
        .arg(error.message, QString(error.detail).replace(QLatin1Char('\n'), QLatin1Char(' ')));
}

// The child: adds clients with long notes until one fails, then books until one fails, then
// searches, printing what happened to each. Exit code 0 unless something could not even start.
int childMain(const QStringList& arguments)
{
    auto logger = spdlog::stderr_logger_mt("fulldisk-child"); // stdout carries the report
    spdlog::set_default_logger(logger);
    spdlog::set_level(spdlog::level::warn);
    FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()));
    Database::Options options;
    options.path = arguments.value(2);
    options.mode = Database::Mode::OpenExisting;
    StorageError error;
    std::unique_ptr<Database> database = Database::open(options, clock, &error);
    if (!database) {
        say(QStringLiteral("open-failed ") + describe(error));
        return 0;
    }
    Resources r;
    r.client = arguments.value(3).toLongLong();
    r.therapist = arguments.value(4).toLongLong();
    r.room = arguments.value(5).toLongLong();

    ClientRepository clients(*database);
    const QString notes = QString(9000, QLatin1Char('n'));
    for (int n = 0; n < kMaxAttempts; ++n) {
        ClientRules::Input input;
        input.name = clientName(n);
        input.notes = notes;
        qint64 id = 0;
        StorageError failure;
        if (!clients.add(input, 0, &id, &failure)) {
            say(QStringLiteral("add-failed %1 %2").arg(n).arg(describe(failure)));
            break;
        }
        say(QStringLiteral("added %1 %2").arg(n).arg(id));
    }
    Scheduler scheduler(*database, QTimeZone::utc());
    for (int slot = 0; slot < kMaxAttempts; ++slot) {
        qint64 id = 0;
        StorageError failure;
        if (!scheduler.book(bookingAt(r, kBaseSlot + slot * kSlotSecs), QStringLiteral("test"), &id,
                            nullptr, &failure)) {
            say(QStringLiteral("book-failed %1 %2").arg(slot).arg(describe(failure)));
            break;
        }
        say(QStringLiteral("booked %1 %2").arg(slot).arg(id));
    }
    // Reading still works after the failed writes.
    StorageError searchError;
    const QList<ClientSummary> found =
        clients.search(QStringLiteral("Full Disk"), 10000, &searchError);
    say(searchError ? QStringLiteral("search-failed ") + describe(searchError)
                    : QStringLiteral("search-ok %1").arg(found.size()));
    say(QStringLiteral("done"));
    return 0;
}

struct ChildReport
{
    QList<qint64> addedIds;
    int failedAdd = -1;     // the number of the client whose add failed
    QStringList addFailure; // code, message, detail
    QList<qint64> bookedIds;
    QStringList bookFailure;
    QString search;
    bool done = false;
    QStringList other;
};

ChildReport parseReport(const QByteArray& bytes)
{
    ChildReport report;
    for (const QByteArray& raw : bytes.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const QString word = line.section(QLatin1Char(' '), 0, 0);
        const QString second = line.section(QLatin1Char(' '), 1, 1);
        const QString rest = line.section(QLatin1Char(' '), 2);
        if (word == QLatin1String("added"))
            report.addedIds << rest.toLongLong();
        else if (word == QLatin1String("add-failed"))
            report.failedAdd = second.toInt(), report.addFailure = rest.split(QLatin1Char('\t'));
        else if (word == QLatin1String("booked"))
            report.bookedIds << rest.toLongLong();
        else if (word == QLatin1String("book-failed"))
            report.bookFailure = rest.split(QLatin1Char('\t'));
        else if (word.startsWith(QLatin1String("search")))
            report.search = line;
        else if (word == QLatin1String("done"))
            report.done = true;
        else if (!line.isEmpty())
            report.other << line;
    }
    return report;
}

// The message a person reads must say what happened (the disk) and that nothing changed,
// with no driver text in it.
void checkFullDiskMessage(const QString& shownMessage, const QString& databasePath)
{
    QString message = shownMessage;
    message.remove(databasePath); // the folder's name must not be what mentions the disk
    QVERIFY2(!message.isEmpty(), "no message");
    QVERIFY2(message.contains(QLatin1String("disk"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Nothing was changed")), qPrintable(message));
    for (const char* driverWord : {"QSQLITE", "Unable to", "disk I/O error", "errno"})
        QVERIFY2(!message.contains(QLatin1String(driverWord)), qPrintable(message));
}

qint64 count(Database& database, const QString& sql)
{
    return scalar(database, sql).toLongLong();
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { quietLogs(); }

    void writesFailCleanlyWhenTheFileCannotGrow()
    {
        TestDatabase t;
        const Resources r = addResources(t.db());
        const qint64 clientsBefore = count(t.db(), QStringLiteral("SELECT count(*) FROM clients"));
        t.close(); // checkpointed: the child starts with an empty WAL

        QProcess child;
        child.setChildProcessModifier([] { limitFileSize(256 * 1024); });
        child.start(QCoreApplication::applicationFilePath(),
                    {QString::fromLatin1(kChildFlag), t.path(), QString::number(r.client),
                     QString::number(r.therapist), QString::number(r.room)});
        QVERIFY(child.waitForFinished(120000));
        const QByteArray errors = child.readAllStandardError();
        QCOMPARE(child.exitStatus(), QProcess::NormalExit); // not killed by SIGXFSZ or a crash
        QCOMPARE(child.exitCode(), 0);
        const ChildReport report = parseReport(child.readAllStandardOutput());
        QVERIFY2(report.other.isEmpty(), qPrintable(report.other.join(QLatin1Char('\n'))));
        QVERIFY2(report.done, errors.constData());
        QVERIFY2(!report.addedIds.isEmpty(), "the limit left no room for even one client");
        QVERIFY2(report.failedAdd == report.addedIds.size(),
                 "no add failed: the limit did not bite");
        qInfo("%lld clients added before the limit; the failure: %s",
              static_cast<long long>(report.addedIds.size()),
              qPrintable(report.addFailure.join(QLatin1String(" | "))));
        checkFullDiskMessage(report.addFailure.value(1), t.path());
        QVERIFY2(!report.bookFailure.isEmpty(), "no booking failed under the limit");
        checkFullDiskMessage(report.bookFailure.value(1), t.path());
        QCOMPARE(report.search, QStringLiteral("search-ok %1").arg(report.addedIds.size()));

        // Reopened without the limit: what was confirmed is there, the failed rows are not,
        // and the file is sound.
        StorageError error;
        QVERIFY2(t.reopen(&error), qPrintable(error.message));
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        HealthCheck::Report health;
        QVERIFY2(HealthCheck::run(t.db(), &health, &error), qPrintable(error.message));
        QVERIFY2(health.ok(), qPrintable(health.integrityProblems.join(QLatin1Char('\n'))));
        QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM clients")),
                 clientsBefore + report.addedIds.size());
        ClientRepository clients(t.db());
        for (int n = 0; n < report.addedIds.size(); ++n) {
            ClientSummary client;
            QVERIFY2(clients.find(report.addedIds.at(n), &client, &error),
                     qPrintable(error.message));
            QCOMPARE(client.name, clientName(n));
        }
        QCOMPARE(clients.search(clientName(report.failedAdd), 10, &error).size(), 0);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM bookings")),
                 report.bookedIds.size());
    }

    // massage-desk-cli under the same limit: a clear message and exit code 1, never a crash.
    void cliSaysTheDiskIsFull()
    {
        TestDatabase t;
        const qint64 before = count(t.db(), QStringLiteral("SELECT count(*) FROM clients"));
        // This connection stays open, so the WAL and its index outlive the CLI's connection;
        // empty the WAL now so the CLI's first frames are what crosses the limit.
        QVERIFY(scalar(t.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).isValid());
        QTemporaryDir home;
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MASSAGE_DESK_DATA_DIR"), home.path());
        environment.insert(QStringLiteral("MASSAGE_DESK_NOW"),
                           QStringLiteral("2026-11-25T09:00:00Z"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        cli.setProcessEnvironment(environment);
        cli.setChildProcessModifier([] { limitFileSize(8 * 1024); });
        cli.start(QStringLiteral(MASSAGE_DESK_CLI),
                  {QStringLiteral("--database"), t.path(), QStringLiteral("clients"),
                   QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Cli Full Disk"),
                   QStringLiteral("--phone"), QStringLiteral("612 345 678")});
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(120000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        const QString shown =
            QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(cli.exitCode()).arg(out, err);
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit, qPrintable(shown));
        QVERIFY2(cli.exitCode() == 1, qPrintable(shown));
        // The last line is the message for the person; warnings from the log come before it.
        const QString message = err.trimmed().section(QLatin1Char('\n'), -1);
        qInfo("massage-desk-cli: %s", qPrintable(message));
        checkFullDiskMessage(message, t.path());
        QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM clients")), before);
        t.close();
        StorageError error;
        QVERIFY(t.reopen(&error));
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM clients")), before);
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], kChildFlag) == 0)
        return childMain(QCoreApplication::arguments());
    TestFullDisk test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fulldisk.moc"
