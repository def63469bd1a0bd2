#include "StorageTestHelpers.h"
#include "TestDatabase.h"

#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/HealthCheck.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace StorageTest;

namespace {

// At least 50 kills in CI; MASSAGE_DESK_CRASH_KILLS raises it for a longer soak.
int killCount()
{
    return qMax(50, qEnvironmentVariableIntValue("MASSAGE_DESK_CRASH_KILLS"));
}

// Each run books its own slots, from just after the last one the previous run confirmed (one
// more may have committed unprinted before the kill), so no two runs compete for one and every
// start stays inside the bookable years.
constexpr qint64 kSlotsPerRun = 100000;
constexpr qint64 kSlotMargin = 2;

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        quietLogs();
        QVERIFY2(QFileInfo(writerProgram()).isExecutable(), qPrintable(writerProgram()));
    }

    void committedBookingsSurviveSigkill()
    {
        TestDatabase t;
        const Resources r = addResources(t.db());
        t.close();

        QRandomGenerator random(20261125);
        const int kills = killCount();
        QSet<qint64> confirmed;
        qint64 killedWhileRunning = 0;
        qint64 nextSlot = 0;
        for (int run = 0; run < kills; ++run) {
            QProcess writer;
            writer.start(writerProgram(), writerArguments(t.path(), r, nextSlot, kSlotsPerRun));
            QVERIFY2(writer.waitForStarted(30000), qPrintable(writer.errorString()));
            QTest::qWait(random.bounded(20, 201));
            if (writer.state() == QProcess::Running)
                ++killedWhileRunning;
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(30000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            const QByteArray errors = writer.readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());
            const WriterOutput out = parseWriterOutput(writer.readAllStandardOutput());
            QVERIFY2(out.refusals.isEmpty(), qPrintable(out.refusals.join(QLatin1Char('\n'))));
            QVERIFY2(out.other.isEmpty(), qPrintable(out.other.join(QLatin1Char('\n'))));
            for (qint64 id : out.ids)
                QVERIFY2(!confirmed.contains(id),
                         qPrintable(QStringLiteral("id %1 twice").arg(id)));
            confirmed.unite(QSet<qint64>(out.ids.begin(), out.ids.end()));
            nextSlot += out.ids.size() + kSlotMargin;

            // Open as the next program would, after the crash.
            StorageError error;
            QVERIFY2(t.reopen(&error), qPrintable(error.message + QLatin1Char(' ') + error.detail));
            QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
            BookingRepository bookings(t.db(), QTimeZone::utc());
            for (qint64 id : std::as_const(confirmed)) {
                QVERIFY2(
                    bookings.exists(id, &error),
                    qPrintable(
                        QStringLiteral("run %1: confirmed booking %2 is lost").arg(run).arg(id)));
            }
            // Nothing appears that was not written: at most one commit per kill may have
            // happened without its id reaching us.
            const qint64 rows =
                scalar(t.db(), QStringLiteral("SELECT count(*) FROM bookings")).toLongLong();
            QVERIFY(rows >= confirmed.size());
            QVERIFY2(rows <= confirmed.size() + run + 1,
                     qPrintable(
                         QStringLiteral("%1 rows, %2 confirmed").arg(rows).arg(confirmed.size())));
            t.close();
        }

        StorageError error;
        QVERIFY(t.reopen(&error));
        HealthCheck::Report report;
        QVERIFY2(HealthCheck::run(t.db(), &report, &error), qPrintable(error.message));
        QVERIFY2(report.ok(), qPrintable(report.integrityProblems.join(QLatin1Char('\n'))));
        QCOMPARE(killedWhileRunning, qint64(kills));
        QVERIFY2(!confirmed.isEmpty(), "the writer never committed before being killed");
        qInfo("crash test: %d kills with SIGKILL, %lld confirmed writes, all present; "
              "integrity ok",
              kills, static_cast<long long>(confirmed.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
