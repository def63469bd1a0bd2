#include "StorageTestHelpers.h"
#include "TestDatabase.h"

#include "core/Clock.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"
#include "storage/HealthCheck.h"
#include "storage/Migrations.h"
#include "storage/Scheduler.h"

#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace StorageTest;
using Code = StorageError::Code;

class TestBackup : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc())};

    std::unique_ptr<Database> open(const QString& path, StorageError* error,
                                   bool exclusiveGui = false)
    {
        Database::Options options;
        options.path = path;
        options.mode = Database::Mode::OpenExisting;
        options.exclusiveGui = exclusiveGui;
        return Database::open(options, m_clock, error);
    }

    static QList<qint64> bookingIds(const Database& db)
    {
        QList<qint64> ids;
        QSqlQuery query(db.connection());
        if (query.exec(QStringLiteral("SELECT id FROM bookings ORDER BY id")))
            while (query.next())
                ids << query.value(0).toLongLong();
        return ids;
    }

    static QString setting(const Database& db, const QString& key)
    {
        return scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = '%1'").arg(key))
            .toString();
    }

    static bool setSetting(Database& db, const QString& key, const QString& value)
    {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(value);
        return query.exec();
    }

    // A database with a few bookings, booked through the scheduler as the desk would.
    static void fill(Database& db, int bookings)
    {
        const Resources r = addResources(db);
        Scheduler scheduler(db, QTimeZone::utc());
        for (int i = 0; i < bookings; ++i) {
            qint64 id = 0;
            StorageError error;
            QVERIFY2(scheduler.book(bookingAt(r, kBaseSlot + i * kSlotSecs), QString(), &id,
                                    nullptr, &error),
                     qPrintable(error.message));
        }
    }

private slots:
    void initTestCase()
    {
        quietLogs();
        QVERIFY2(QFileInfo(writerProgram()).isExecutable(), qPrintable(writerProgram()));
    }

    void backupIsAValidCopy()
    {
        TestDatabase t;
        fill(t.db(), 12);
        QVERIFY(setSetting(t.db(), QStringLiteral("which"), QStringLiteral("source")));
        const QString destination = t.folder() + QStringLiteral("/backups/copy.sqlite");
        BackupService::BackupFacts facts;
        StorageError error;
        QVERIFY2(BackupService::backup(t.db(), destination, &facts, &error),
                 qPrintable(error.message + QLatin1Char(' ') + error.detail));
        QCOMPARE(facts.path, QFileInfo(destination).absoluteFilePath());
        QCOMPARE(facts.bytes, QFileInfo(destination).size());
        QVERIFY(facts.bytes > 0);
        QCOMPARE(facts.schemaVersion, Migrations::latestVersion());

        BackupService::BackupFacts verified;
        QVERIFY2(BackupService::verify(destination, &verified, &error), qPrintable(error.message));
        QCOMPARE(verified.bytes, facts.bytes);

        HealthCheck::Report source;
        QVERIFY(HealthCheck::run(t.db(), &source, &error));
        auto copy = open(destination, &error);
        QVERIFY2(copy, qPrintable(error.message));
        HealthCheck::Report report;
        QVERIFY2(HealthCheck::run(*copy, &report, &error), qPrintable(error.message));
        QVERIFY2(report.ok(), qPrintable(report.integrityProblems.join(QLatin1Char('\n'))));
        QCOMPARE(report.schemaVersion, Migrations::latestVersion());
        QCOMPARE(report.counts, source.counts);
        QCOMPARE(bookingIds(*copy), bookingIds(t.db()));
        QCOMPARE(setting(*copy, QStringLiteral("which")), QStringLiteral("source"));
    }

    void backupNeverOverwrites()
    {
        TestDatabase t;
        const QString destination = t.folder() + QStringLiteral("/precious.sqlite");
        QVERIFY(writeBytes(destination, "someone's work"));
        BackupService::BackupFacts facts;
        StorageError error;
        QVERIFY(!BackupService::backup(t.db(), destination, &facts, &error));
        QCOMPARE(error.code, Code::Refused);
        QVERIFY2(error.message.contains(QStringLiteral("precious.sqlite")),
                 qPrintable(error.message));
        QCOMPARE(readBytes(destination), QByteArray("someone's work"));
    }

    void backupWhileAnotherProcessWrites()
    {
        TestDatabase t;
        const Resources r = addResources(t.db());
        QProcess writer;
        QByteArray printed;
        connect(&writer, &QProcess::readyReadStandardOutput, this,
                [&] { printed += writer.readAllStandardOutput(); });
        writer.start(writerProgram(), writerArguments(t.path(), r, 0, 10000000));
        QVERIFY2(writer.waitForStarted(30000), qPrintable(writer.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(parseWriterOutput(printed).ids.size() >= 50, 60000);

        QList<QList<qint64>> backups;
        for (int i = 0; i < 5; ++i) {
            const QList<qint64> confirmed = parseWriterOutput(printed).ids;
            const QString destination = t.folder() + QStringLiteral("/during-%1.sqlite").arg(i);
            BackupService::BackupFacts facts;
            StorageError error;
            QVERIFY2(BackupService::backup(t.db(), destination, &facts, &error),
                     qPrintable(error.message + QLatin1Char(' ') + error.detail));
            QCOMPARE(writer.state(), QProcess::Running); // it wrote on through the backup

            auto copy = open(destination, &error);
            QVERIFY2(copy, qPrintable(error.message));
            HealthCheck::Report report;
            QVERIFY2(HealthCheck::run(*copy, &report, &error), qPrintable(error.message));
            QVERIFY2(report.ok(), qPrintable(report.integrityProblems.join(QLatin1Char('\n'))));
            // One moment of the database: the writer's bookings 1..n, nothing torn.
            const QList<qint64> ids = bookingIds(*copy);
            QVERIFY(ids.size() >= confirmed.size());
            QCOMPARE(ids.first(), qint64(1));
            QCOMPARE(ids.last(), qint64(ids.size()));
            for (qint64 id : confirmed)
                QVERIFY2(ids.contains(id), qPrintable(QStringLiteral("booking %1").arg(id)));
            backups << ids;
            QTest::qWait(20); // let a few more bookings in before the next backup
        }

        writer.kill();
        QVERIFY(writer.waitForFinished(30000));
        printed += writer.readAllStandardOutput();
        QCOMPARE(writer.readAllStandardError(), QByteArray());
        const QList<qint64> confirmed = parseWriterOutput(printed).ids;
        const QList<qint64> inDatabase = bookingIds(t.db());
        const QSet<qint64> finalSet(inDatabase.begin(), inDatabase.end());
        for (qint64 id : confirmed)
            QVERIFY2(finalSet.contains(id), qPrintable(QStringLiteral("booking %1").arg(id)));
        for (const QList<qint64>& ids : backups)
            QVERIFY(QSet<qint64>(ids.begin(), ids.end()).subtract(finalSet).isEmpty());
    }

    void restoreRefusesABadBackup_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char* kind : {"corrupt-pages", "truncated", "random-bytes", "foreign", "newer",
                                 "missing", "empty", "folder"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    void restoreRefusesABadBackup()
    {
        QFETCH(QString, kind);
        TestDatabase t;
        fill(t.db(), 3);
        QTemporaryDir other;
        const QString good = other.filePath(QStringLiteral("good.sqlite"));
        BackupService::BackupFacts facts;
        StorageError error;
        QVERIFY2(BackupService::backup(t.db(), good, &facts, &error), qPrintable(error.message));
        const QByteArray goodBytes = readBytes(good);
        const int page = pageSizeOf(goodBytes);
        const QString bad = other.filePath(QStringLiteral("bad-%1.sqlite").arg(kind));
        QString failure;
        if (kind == QLatin1String("corrupt-pages")) {
            QByteArray bytes = goodBytes;
            bytes.replace(bytes.size() - 2 * page, page, randomBytes(page, 11));
            QVERIFY(writeBytes(bad, bytes));
        } else if (kind == QLatin1String("truncated")) {
            QVERIFY(writeBytes(bad, goodBytes.left(goodBytes.size() / 2 + 77)));
        } else if (kind == QLatin1String("random-bytes")) {
            QVERIFY(writeBytes(bad, randomBytes(32768, 12)));
        } else if (kind == QLatin1String("foreign")) {
            QVERIFY2(rawExec(bad,
                             {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY)"),
                              QStringLiteral("PRAGMA application_id = 7")},
                             &failure),
                     qPrintable(failure));
        } else if (kind == QLatin1String("newer")) {
            QVERIFY(QFile::copy(good, bad));
            QVERIFY2(rawExec(bad,
                             {QStringLiteral("PRAGMA user_version = %1")
                                  .arg(Migrations::latestVersion() + 1)},
                             &failure),
                     qPrintable(failure));
        } else if (kind == QLatin1String("empty")) {
            QVERIFY(writeBytes(bad, {}));
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(bad));
        } // "missing": nothing at all
        t.close();

        const QByteArray before = readBytes(t.path());
        const QStringList names = listing(t.folder());
        QString safetyCopy;
        QVERIFY(!BackupService::restore(t.path(), bad, m_clock, &safetyCopy, &error));
        QCOMPARE(error.code, Code::BackupInvalid);
        QVERIFY(!error.message.trimmed().isEmpty());
        QCOMPARE(readBytes(t.path()), before);
        QCOMPARE(listing(t.folder()), names);

        // The current database still opens with its bookings.
        QVERIFY2(t.reopen(&error), qPrintable(error.message));
        QCOMPARE(bookingIds(t.db()).size(), 3);
    }

    void restoreReplacesTheDataAndKeepsASafetyCopy()
    {
        TestDatabase t;
        QVERIFY(setSetting(t.db(), QStringLiteral("which"), QStringLiteral("at-backup")));
        QTemporaryDir other;
        const QString backup = other.filePath(QStringLiteral("backup.sqlite"));
        BackupService::BackupFacts facts;
        StorageError error;
        QVERIFY2(BackupService::backup(t.db(), backup, &facts, &error), qPrintable(error.message));
        QVERIFY(setSetting(t.db(), QStringLiteral("which"), QStringLiteral("after-backup")));
        fill(t.db(), 2);
        t.close();
        QVERIFY(!QFileInfo::exists(t.path() + QStringLiteral("-wal")));
        const QByteArray old = readBytes(t.path());
        const QByteArray backupBytes = readBytes(backup);

        QString safetyCopy;
        QVERIFY2(BackupService::restore(t.path(), backup, m_clock, &safetyCopy, &error),
                 qPrintable(error.message + QLatin1Char(' ') + error.detail));
        QVERIFY2(safetyCopy.contains(QLatin1String(".before-restore-")), qPrintable(safetyCopy));
        QCOMPARE(QFileInfo(safetyCopy).absolutePath(), QFileInfo(t.path()).absolutePath());
        QCOMPARE(readBytes(safetyCopy), old);
        QCOMPARE(readBytes(backup), backupBytes); // the backup itself is kept as it was
        QVERIFY(!QFileInfo::exists(t.path() + QStringLiteral(".restoring")));
        QVERIFY(!QFileInfo::exists(DatabaseLock::lockPathFor(t.path())));

        QVERIFY2(t.reopen(&error), qPrintable(error.message));
        QCOMPARE(setting(t.db(), QStringLiteral("which")), QStringLiteral("at-backup"));
        QCOMPARE(bookingIds(t.db()).size(), 0);
        HealthCheck::Report report;
        QVERIFY(HealthCheck::run(t.db(), &report, &error));
        QVERIFY(report.ok());

        // The safety copy is the old database, whole.
        auto previous = open(safetyCopy, &error);
        QVERIFY2(previous, qPrintable(error.message));
        QCOMPARE(setting(*previous, QStringLiteral("which")), QStringLiteral("after-backup"));
        QCOMPARE(bookingIds(*previous).size(), 2);
    }

    // A database left by a program that died still has its last changes in "-wal". Restoring
    // over it keeps them in the safety copy (with its "-wal"); restoring that safety copy,
    // to undo the restore, must bring every one of those changes back.
    void restoreOfTheSafetyCopyUndoesARestore()
    {
        TestDatabase t;
        QTemporaryDir other;
        const QString backup = other.filePath(QStringLiteral("backup.sqlite"));
        BackupService::BackupFacts facts;
        StorageError error;
        QVERIFY2(BackupService::backup(t.db(), backup, &facts, &error), qPrintable(error.message));

        // The changes stay in the journal, as after a crash (no checkpoint ran): copies of
        // the file and its journal taken now are what a crash would leave.
        QSqlQuery pragma(t.db().connection());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        pragma.finish();
        QVERIFY(setSetting(t.db(), QStringLiteral("which"), QStringLiteral("before-crash")));
        fill(t.db(), 3);
        const QString crashed = other.filePath(QStringLiteral("crashed.sqlite"));
        const QString probe = other.filePath(QStringLiteral("probe.sqlite"));
        for (const QString& copy : {crashed, probe}) {
            QVERIFY(QFile::copy(t.path(), copy));
            QVERIFY(QFile::copy(t.path() + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        }
        QVERIFY(QFileInfo(crashed + QStringLiteral("-wal")).size() > 0);
        t.close();
        {
            auto check = open(probe, &error);
            QVERIFY2(check, qPrintable(error.message));
            QCOMPARE(bookingIds(*check).size(), 3); // the crash state holds all three
        }

        QString safetyCopy;
        QVERIFY2(BackupService::restore(crashed, backup, m_clock, &safetyCopy, &error),
                 qPrintable(error.message));
        QVERIFY(QFileInfo::exists(safetyCopy + QStringLiteral("-wal")));
        {
            // The safety copy, read with its journal, does hold the three bookings.
            const QString copy = other.filePath(QStringLiteral("safety-probe.sqlite"));
            QVERIFY(QFile::copy(safetyCopy, copy));
            QVERIFY(
                QFile::copy(safetyCopy + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
            auto check = open(copy, &error);
            QVERIFY2(check, qPrintable(error.message));
            QCOMPARE(bookingIds(*check).size(), 3);
        }

        FixedClock later(m_clock.nowUtc().addSecs(60));
        QString secondSafetyCopy;
        QVERIFY2(BackupService::restore(crashed, safetyCopy, later, &secondSafetyCopy, &error),
                 qPrintable(error.message));
        auto undone = open(crashed, &error);
        QVERIFY2(undone, qPrintable(error.message));
        QCOMPARE(setting(*undone, QStringLiteral("which")), QStringLiteral("before-crash"));
        QCOMPARE(bookingIds(*undone).size(), 3);
    }

    void restoreIsRefusedWhileAGuiHoldsTheFile()
    {
        TestDatabase t;
        fill(t.db(), 2);
        QTemporaryDir other;
        const QString backup = other.filePath(QStringLiteral("backup.sqlite"));
        BackupService::BackupFacts facts;
        StorageError error;
        QVERIFY2(BackupService::backup(t.db(), backup, &facts, &error), qPrintable(error.message));
        t.close();

        auto gui = open(t.path(), &error, true);
        QVERIFY2(gui, qPrintable(error.message));
        const QByteArray before = readBytes(t.path());
        const QStringList names = listing(t.folder());
        QString safetyCopy;
        QVERIFY(!BackupService::restore(t.path(), backup, m_clock, &safetyCopy, &error));
        QCOMPARE(error.code, Code::LockedByOther);
        QVERIFY2(error.message.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(error.message));
        QVERIFY(safetyCopy.isEmpty());
        QCOMPARE(readBytes(t.path()), before);
        QCOMPARE(listing(t.folder()), names);
        QCOMPARE(bookingIds(*gui).size(), 2);
    }

    // Two backups into one folder within the same second: the second gets a name of its own
    // ("-2") instead of failing on the name it chose itself; the first is left as it was.
    void backupsInOneSecondGetTheirOwnNames()
    {
        TestDatabase t;
        const QString folder = t.folder() + QStringLiteral("/backups");
        QVERIFY(QDir().mkpath(folder));
        BackupService::BackupFacts first, second;
        StorageError error;
        const QString firstPath = BackupService::freeBackupPath(folder, m_clock);
        QVERIFY2(BackupService::backup(t.db(), firstPath, &first, &error),
                 qPrintable(error.message));
        const QByteArray firstBytes = readBytes(firstPath);
        const QString secondPath = BackupService::freeBackupPath(folder, m_clock);
        QVERIFY(secondPath != firstPath);
        QVERIFY2(QFileInfo(secondPath).fileName().endsWith(QLatin1String("-2.sqlite")),
                 qPrintable(secondPath));
        QVERIFY2(BackupService::backup(t.db(), secondPath, &second, &error),
                 qPrintable(error.message));
        QCOMPARE(readBytes(firstPath), firstBytes);
        QVERIFY(BackupService::verify(secondPath, &second, &error));
        // Nothing else in the folder: no temporary file of either.
        QStringList expected{QFileInfo(firstPath).fileName(), QFileInfo(secondPath).fileName()};
        expected.sort();
        QCOMPARE(listing(folder), expected);
    }

    // A backup is a new file: never through a link, never into a pipe (never even opened).
    void backupRefusesALinkAndAPipe()
    {
        TestDatabase t;
        const QString real = t.folder() + QStringLiteral("/real.txt");
        QVERIFY(writeBytes(real, "not a backup"));
        const QString link = t.folder() + QStringLiteral("/link.sqlite");
        QVERIFY(QFile::link(real, link));
        const QString dangling = t.folder() + QStringLiteral("/dangling.sqlite");
        QVERIFY(QFile::link(t.folder() + QStringLiteral("/nowhere.sqlite"), dangling));
        const QString fifo = t.folder() + QStringLiteral("/pipe.sqlite");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDWR | O_NONBLOCK);
        QVERIFY(fd >= 0);
        BackupService::BackupFacts facts;
        StorageError error;
        for (const QString& destination : {link, dangling, fifo}) {
            QVERIFY(!BackupService::backup(t.db(), destination, &facts, &error));
            QCOMPARE(error.code, Code::Refused);
            QVERIFY2(error.message.contains(QDir::toNativeSeparators(destination)),
                     qPrintable(error.message));
        }
        char byte = 0;
        QCOMPARE(::read(fd, &byte, 1), ssize_t(-1)); // nothing was written into the pipe
        ::close(fd);
        QCOMPARE(readBytes(real), QByteArray("not a backup"));
        QVERIFY(!QFileInfo::exists(t.folder() + QStringLiteral("/nowhere.sqlite")));
        QVERIFY(!BackupService::backup(t.db(), QString(), &facts, &error));
        QCOMPARE(error.code, Code::PathEmpty);
    }

    // The database itself under another name: a symbolic link, a hard link, a path with "..".
    // Compared by device and inode, it is refused before anything is opened or copied, and the
    // file keeps its bytes and its mode.
    void restoreFromTheDatabaseUnderAnotherNameIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char* kind : {"symbolic link", "hard link", "dotted path", "linked folder"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    void restoreFromTheDatabaseUnderAnotherNameIsRefused()
    {
        QFETCH(QString, kind);
        TestDatabase t;
        fill(t.db(), 2);
        t.close();
        QCOMPARE(::chmod(QFile::encodeName(t.path()).constData(), 0640), 0);
        QTemporaryDir other;
        QString source = other.filePath(QStringLiteral("same.sqlite"));
        if (kind == QLatin1String("symbolic link")) {
            QVERIFY(QFile::link(t.path(), source));
        } else if (kind == QLatin1String("hard link")) {
            QCOMPARE(::link(QFile::encodeName(t.path()).constData(),
                            QFile::encodeName(source).constData()),
                     0);
        } else if (kind == QLatin1String("dotted path")) {
            source = t.folder() + QStringLiteral("/../") + QFileInfo(t.folder()).fileName() +
                     QStringLiteral("/centre.sqlite");
        } else {
            QVERIFY(QFile::link(t.folder(), other.filePath(QStringLiteral("folder"))));
            source = other.filePath(QStringLiteral("folder/centre.sqlite"));
        }
        const QByteArray before = readBytes(t.path());
        const QStringList names = listing(t.folder());
        QString safetyCopy;
        StorageError error;
        QVERIFY(!BackupService::restore(t.path(), source, m_clock, &safetyCopy, &error));
        QCOMPARE(error.code, Code::Refused);
        QVERIFY2(error.message.contains(QStringLiteral("same file")), qPrintable(error.message));
        QVERIFY(safetyCopy.isEmpty());
        QCOMPARE(readBytes(t.path()), before);
        QCOMPARE(listing(t.folder()), names);
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(t.path()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
    }

    // A restore replaces the data, not the file's mode.
    void restoreKeepsTheModeOfTheReplacedFile()
    {
        TestDatabase t;
        QTemporaryDir other;
        const QString backup = other.filePath(QStringLiteral("backup.sqlite"));
        BackupService::BackupFacts facts;
        StorageError error;
        QVERIFY2(BackupService::backup(t.db(), backup, &facts, &error), qPrintable(error.message));
        t.close();
        QCOMPARE(::chmod(QFile::encodeName(t.path()).constData(), 0640), 0);
        QString safetyCopy;
        QVERIFY2(BackupService::restore(t.path(), backup, m_clock, &safetyCopy, &error),
                 qPrintable(error.message));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(t.path()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
    }

    // A pipe where the database should be is never opened, so the restore cannot hang on it.
    void restoreOverAPipeIsRefused()
    {
        TestDatabase t;
        QTemporaryDir other;
        const QString backup = other.filePath(QStringLiteral("backup.sqlite"));
        BackupService::BackupFacts facts;
        StorageError error;
        QVERIFY2(BackupService::backup(t.db(), backup, &facts, &error), qPrintable(error.message));
        const QString fifo = other.filePath(QStringLiteral("pipe.sqlite"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QStringList names = listing(other.path());
        QString safetyCopy;
        QVERIFY(!BackupService::restore(fifo, backup, m_clock, &safetyCopy, &error));
        QCOMPARE(error.code, Code::NotRegularFile);
        QCOMPARE(listing(other.path()), names);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
