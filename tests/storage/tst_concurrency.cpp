#include "StorageTestHelpers.h"
#include "TestDatabase.h"

#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/HealthCheck.h"
#include "storage/Migrations.h"

#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace StorageTest;

namespace {

// Writers that print "ready" and wait for a line on stdin: started together, released at once.
class WriterGroup
{
public:
    void start(const QList<QStringList>& argumentLists)
    {
        for (const QStringList& arguments : argumentLists) {
            auto process = std::make_unique<QProcess>();
            process->start(writerProgram(), arguments);
            m_processes.push_back(std::move(process));
        }
    }
    bool allReady(int timeoutMs)
    {
        for (auto& process : m_processes) {
            if (!process->waitForStarted(timeoutMs))
                return false;
            while (!process->canReadLine()) {
                if (!process->waitForReadyRead(timeoutMs))
                    return false;
            }
            if (process->readLine() != "ready\n")
                return false;
        }
        return true;
    }
    // Releases every writer; `lastFirst` tells the last one first (to take turns at the head).
    void go(bool lastFirst = false)
    {
        const int n = size();
        for (int i = 0; i < n; ++i)
            m_processes.at(lastFirst ? n - 1 - i : i)->write("go\n");
        for (auto& process : m_processes)
            process->waitForBytesWritten(30000);
    }
    // The next whole line writer i prints, or an empty array when none comes in time.
    QByteArray readLine(int i, int timeoutMs)
    {
        QProcess& process = *m_processes.at(i);
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(timeoutMs))
                return {};
        }
        return process.readLine();
    }
    bool finish(int timeoutMs)
    {
        for (auto& process : m_processes)
            if (!process->waitForFinished(timeoutMs))
                return false;
        return true;
    }
    QProcess& at(int i) { return *m_processes.at(i); }
    int size() const { return static_cast<int>(m_processes.size()); }
    ~WriterGroup()
    {
        for (auto& process : m_processes) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(30000);
            }
        }
    }

private:
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        quietLogs();
        QVERIFY2(QFileInfo(writerProgram()).isExecutable(), qPrintable(writerProgram()));
    }

    // Two programs writing at once take turns; neither fails nor loses a write. Both book the
    // same therapist and room, in disjoint hours.
    void twoWritersLoseNothing()
    {
        TestDatabase t;
        const Resources r = addResources(t.db());
        const QList<qint64> firsts = {0, 1000};
        WriterGroup writers;
        writers.start({writerArguments(t.path(), r, firsts[0], 300, {QStringLiteral("--wait")}),
                       writerArguments(t.path(), r, firsts[1], 300, {QStringLiteral("--wait")})});
        QVERIFY(writers.allReady(30000));
        writers.go();
        QVERIFY(writers.finish(120000));

        QSet<qint64> all;
        for (int i = 0; i < writers.size(); ++i) {
            QProcess& writer = writers.at(i);
            const QByteArray errors = writer.readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());
            QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
            QCOMPARE(writer.exitCode(), 0);
            const WriterOutput out = parseWriterOutput(writer.readAllStandardOutput());
            QVERIFY2(out.refusals.isEmpty(), qPrintable(out.refusals.join(QLatin1Char('\n'))));
            QCOMPARE(out.ids.size(), 300);
            all.unite(QSet<qint64>(out.ids.begin(), out.ids.end()));
        }
        QCOMPARE(all.size(), 600);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM bookings")).toInt(), 600);
        BookingRepository bookings(t.db(), QTimeZone::utc());
        StorageError error;
        for (qint64 id : std::as_const(all))
            QVERIFY2(bookings.exists(id, &error), qPrintable(QString::number(id)));
        // Every slot of both ranges is booked exactly once.
        for (qint64 first : firsts) {
            QSqlQuery query(t.db().connection());
            query.prepare(QStringLiteral("SELECT count(DISTINCT starts_at) FROM bookings "
                                         "WHERE starts_at >= ? AND starts_at < ?"));
            query.addBindValue(t.db().timeValue(kBaseSlot + first * kSlotSecs));
            query.addBindValue(t.db().timeValue(kBaseSlot + (first + 300) * kSlotSecs));
            QVERIFY(query.exec() && query.next());
            QCOMPARE(query.value(0).toInt(), 300);
        }
        HealthCheck::Report report;
        QVERIFY(HealthCheck::run(t.db(), &report, &error));
        QVERIFY(report.ok());
    }

    // Two programs racing for the same slot 200 times: for each slot in turn both are released
    // at once (taking turns at being told first). Scheduler::book checks inside BEGIN
    // IMMEDIATE, so each slot goes to exactly one of them and the other is told the therapist
    // is busy (or the room taken).
    void racingForTheSameSlotBooksItOnce()
    {
        TestDatabase t;
        const Resources r = addResources(t.db());
        // Two clients, as at two desks: the race is for the therapist and the room (one client
        // would be refused for being in the other session already).
        Resources other = r;
        QSqlQuery client(t.db().connection());
        QVERIFY(client.exec(QStringLiteral("INSERT INTO clients (full_name, consent_version, "
                                           "consent_at, created_at, updated_at) "
                                           "VALUES ('Second Client', '2026.1', %1, %1, %1)")
                                .arg(t.time(0))));
        other.client = client.lastInsertId().toLongLong();
        client.finish();
        constexpr int kSlots = 200;
        const QStringList lockstep = {QStringLiteral("--wait-each-slot")};
        WriterGroup writers;
        writers.start({writerArguments(t.path(), r, 0, kSlots, lockstep),
                       writerArguments(t.path(), other, 0, kSlots, lockstep)});
        QList<QByteArray> printed(writers.size());
        for (int round = 0; round < kSlots; ++round) {
            QVERIFY2(writers.allReady(30000), qPrintable(QStringLiteral("round %1").arg(round)));
            writers.go(round % 2 != 0);
            int winners = 0;
            for (int i = 0; i < writers.size(); ++i) {
                const QByteArray line = writers.readLine(i, 30000);
                QVERIFY2(line.endsWith('\n'),
                         qPrintable(QStringLiteral("round %1, writer %2: no answer in time")
                                        .arg(round)
                                        .arg(i)));
                printed[i] += line;
                const WriterOutput out = parseWriterOutput(line);
                winners += static_cast<int>(out.ids.size());
            }
            QVERIFY2(winners == 1,
                     qPrintable(QStringLiteral("round %1: %2 winners").arg(round).arg(winners)));
        }
        QVERIFY(writers.finish(120000));

        QList<qint64> ids;
        QList<qint64> refused;
        QList<int> wins;
        QString example;
        for (int i = 0; i < writers.size(); ++i) {
            QProcess& writer = writers.at(i);
            const QByteArray errors = writer.readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());
            QCOMPARE(writer.exitCode(), 0);
            const WriterOutput out =
                parseWriterOutput(printed.at(i) + writer.readAllStandardOutput());
            for (const QString& why : out.refusals)
                QVERIFY2(why.contains(QLatin1String("busy")) ||
                             why.contains(QLatin1String("taken")),
                         qPrintable(why));
            ids += out.ids;
            refused += out.refusedSlots;
            wins << static_cast<int>(out.ids.size());
            if (example.isEmpty() && !out.refusals.isEmpty())
                example = out.refusals.first();
            QCOMPARE(out.ids.size() + out.refusedSlots.size(), kSlots);
        }
        QCOMPARE(ids.size(), kSlots);
        QCOMPARE(QSet<qint64>(refused.begin(), refused.end()).size(), kSlots);
        QSqlQuery query(t.db().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT starts_at, count(*) FROM bookings "
                                          "GROUP BY starts_at ORDER BY starts_at")));
        int slot = 0;
        while (query.next()) {
            QCOMPARE(TestTimes::secs(query.value(0)), kBaseSlot + slot * kSlotSecs);
            QCOMPARE(query.value(1).toInt(), 1);
            ++slot;
        }
        QCOMPARE(slot, kSlots);
        HealthCheck::Report report;
        StorageError error;
        QVERIFY(HealthCheck::run(t.db(), &report, &error));
        QCOMPARE(report.overlappingBookings, qint64(0));
        qInfo("race: %d slots, won %d and %d; e.g. \"%s\"", kSlots, wins.value(0), wins.value(1),
              qPrintable(example));
    }

    // Two programs opening the same new file at the same moment (a GUI's first start and a
    // "massage-desk-cli init"): both end up on the one, fully migrated database.
    void twoProgramsCreateOneNewDatabase_data()
    {
        QTest::addColumn<int>("round");
        for (int round = 0; round < 10; ++round)
            QTest::addRow("round %d", round) << round;
    }
    void twoProgramsCreateOneNewDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("first-start.sqlite"));
        const QStringList arguments =
            writerArguments(path, Resources(), 0, 0, {QStringLiteral("--wait-before-open")});
        WriterGroup writers;
        writers.start({arguments, arguments});
        QVERIFY(writers.allReady(30000));
        writers.go();
        QVERIFY(writers.finish(120000));
        for (int i = 0; i < writers.size(); ++i) {
            const QByteArray errors = writers.at(i).readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());
            QCOMPARE(writers.at(i).exitCode(), 0);
        }
        Database::Options options;
        options.path = path;
        options.mode = Database::Mode::OpenExisting;
        FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()));
        StorageError error;
        auto db = Database::open(options, clock, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }

    // Opening the centre a second time in one program must leave the first connection's file
    // locks alone (closing any descriptor of a file drops them all): otherwise the next program
    // to close the file takes itself for the last one and deletes the write-ahead log under the
    // connection that is still open.
    void aSecondOpenKeepsTheFirstConnectionsLocks()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty())
            QFAIL("the sqlite3 program is missing (packaging/install-deps.sh installs it)");
        TestDatabase t;
        addResources(t.db());
        const QString wal = t.path() + QStringLiteral("-wal");
        QVERIFY(QFileInfo::exists(wal));
        {
            Database::Options options;
            options.path = t.path();
            options.mode = Database::Mode::OpenExisting;
            StorageError error;
            const auto second = Database::open(options, t.clock(), &error);
            QVERIFY2(second, qPrintable(error.message));
        }
        QProcess reader;
        reader.start(sqlite3, {t.path(), QStringLiteral("SELECT count(*) FROM therapists;")});
        QVERIFY(reader.waitForFinished(30000));
        QCOMPARE(reader.exitCode(), 0);
        QVERIFY2(QFileInfo::exists(wal), "the journal of the open connection was removed");
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
