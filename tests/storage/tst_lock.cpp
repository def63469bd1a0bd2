#include "StorageTestHelpers.h"

#include "core/Clock.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"
#include "storage/Scheduler.h"

#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace StorageTest;

class TestLock : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc())};

    std::unique_ptr<Database> open(const QString& path, bool exclusiveGui, StorageError* error)
    {
        Database::Options options;
        options.path = path;
        options.exclusiveGui = exclusiveGui;
        return Database::open(options, m_clock, error);
    }

private slots:
    void initTestCase() { quietLogs(); }

    void secondGuiIsToldWhoHoldsTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("centre.sqlite"));
        const QString lockPath = DatabaseLock::lockPathFor(path);
        StorageError error;
        auto gui = open(path, true, &error);
        QVERIFY2(gui, qPrintable(error.message));
        QVERIFY(QFileInfo::exists(lockPath));
        const QByteArray lockBytes = readBytes(lockPath);

        StorageError refused;
        auto second = open(path, true, &refused);
        QVERIFY(!second);
        QCOMPARE(refused.code, StorageError::Code::LockedByOther);
        QVERIFY2(refused.message.contains(QCoreApplication::applicationName()),
                 qPrintable(refused.message));
        QVERIFY2(refused.message.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(refused.message));
        QVERIFY2(refused.message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(refused.message));
        // The refused open neither removed nor rewrote the holder's lock.
        QCOMPARE(readBytes(lockPath), lockBytes);

        // The CLI's way (no GUI lock) works beside the GUI, and writes.
        auto cli = open(path, false, &error);
        QVERIFY2(cli, qPrintable(error.message));
        const Resources r = addResources(*cli);
        Scheduler cliScheduler(*cli, QTimeZone::utc());
        qint64 id = 0;
        QVERIFY2(
            cliScheduler.book(bookingAt(r, kBaseSlot), QStringLiteral("cli"), &id, nullptr, &error),
            qPrintable(error.message));
        // ... and the GUI sees the CLI's booking.
        QVERIFY(BookingRepository(*gui, QTimeZone::utc()).exists(id, &error));

        // Once the GUI closes, its lock is gone and another GUI may open the file.
        gui.reset();
        QVERIFY(!QFileInfo::exists(lockPath));
        auto next = open(path, true, &error);
        QVERIFY2(next, qPrintable(error.message));
        QVERIFY(BookingRepository(*next, QTimeZone::utc()).exists(id, &error));
        QVERIFY(QFileInfo::exists(lockPath));
        next.reset();
        QVERIFY(!QFileInfo::exists(lockPath));
    }

    void refusedGuiOpenLeavesTheDatabaseUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("centre.sqlite"));
        StorageError error;
        auto gui = open(path, true, &error);
        QVERIFY2(gui, qPrintable(error.message));
        const QByteArray before = readBytes(path);
        const QStringList names = listing(dir.path());
        QVERIFY(!open(path, true, &error));
        QCOMPARE(error.code, StorageError::Code::LockedByOther);
        QCOMPARE(readBytes(path), before);
        QCOMPARE(listing(dir.path()), names);
    }

    void staleLockOfADeadProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("centre.sqlite"));
        {
            StorageError error;
            QVERIFY2(open(path, false, &error), qPrintable(error.message));
        }
        // A process that has come and gone: its pid is free now. QProcess forgets the pid
        // once the process ends, so note it on start.
        QProcess gone;
        qint64 pid = 0;
        connect(&gone, &QProcess::started, this, [&] { pid = gone.processId(); });
        gone.start(QStringLiteral("/bin/true"), {});
        QVERIFY(gone.waitForFinished(30000));
        QCOMPARE(gone.exitStatus(), QProcess::NormalExit);
        QVERIFY(pid > 0);

        const QString lockPath = DatabaseLock::lockPathFor(path);
        const QByteArray stale =
            QByteArray::number(pid) + "\ntrue\n" + QSysInfo::machineHostName().toUtf8() + '\n';
        QVERIFY(writeBytes(lockPath, stale));

        StorageError error;
        auto gui = open(path, true, &error);
        QVERIFY2(gui, qPrintable(error.message));
        // The lock now names this process.
        const QByteArray taken = readBytes(lockPath);
        QVERIFY2(taken.startsWith(QByteArray::number(QCoreApplication::applicationPid()) + '\n'),
                 taken.constData());
        QVERIFY(!open(path, true, &error));
        QCOMPARE(error.code, StorageError::Code::LockedByOther);
    }

    void lockOfALiveProcessIsNotTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("centre.sqlite"));
        // This very process, as another program would write it: alive, so the lock holds,
        // however old the file is.
        const QString lockPath = DatabaseLock::lockPathFor(path);
        const QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
        QVERIFY(writeBytes(lockPath, QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
                                         program.toUtf8() + '\n' +
                                         QSysInfo::machineHostName().toUtf8() + '\n'));
        QFile lockFile(lockPath);
        QVERIFY(lockFile.open(QIODevice::ReadWrite));
        QVERIFY(lockFile.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2),
                                     QFileDevice::FileModificationTime));
        lockFile.close();
        StorageError error;
        QVERIFY(!open(path, true, &error));
        QCOMPARE(error.code, StorageError::Code::LockedByOther);
        QVERIFY2(error.message.contains(program), qPrintable(error.message));
        QVERIFY(QFileInfo::exists(lockPath));
    }
};

QTEST_GUILESS_MAIN(TestLock)
#include "tst_lock.moc"
