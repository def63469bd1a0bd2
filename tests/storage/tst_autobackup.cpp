#include "StorageTestHelpers.h"
#include "TestDatabase.h"

#include "core/BackupRetention.h"
#include "storage/AutomaticBackup.h"
#include "storage/BackupService.h"
#include "storage/SettingsRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QThread>

using namespace StorageTest;
using Reason = AutomaticBackup::Reason;

namespace {

QDateTime utc(int y, int m, int d, int h = 9, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

// One value read straight from a backup file, without opening it as the desk would.
QVariant rawScalar(const QString& path, const QString& sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("autobackup-raw-%1").arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool touch(const QString& path)
{
    return writeBytes(path, QByteArrayLiteral("not checked by retention"));
}

bool set(Database& db, const SettingKeys::Definition& key, const QString& value)
{
    StorageError error;
    return SettingsRepository(db).setValue(key, value, &error);
}

} // namespace

class TestAutoBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { quietLogs(); }

    // No automatic copy of a centre on a server, and no folder made for one.
    void noAutomaticBackupOfAServerCentre()
    {
        qputenv("MASSAGE_DESK_TEST_BACKEND", "postgresql");
        TestDatabase t;
        qunsetenv("MASSAGE_DESK_TEST_BACKEND");
        QVERIFY(t.isServer());
        AutomaticBackup backup(t.db());
        AutomaticBackup::Job job;
        QVERIFY(!backup.plan(AutomaticBackup::Reason::Closing, &job));
        QVERIFY(!backup.plan(AutomaticBackup::Reason::Daily, &job));
    }

    void defaultsPutBackupsBesideTheDatabase()
    {
        TestDatabase t;
        AutomaticBackup backup(t.db());
        QVERIFY(backup.enabled());
        QCOMPARE(backup.folder(), QDir(t.folder()).filePath(QStringLiteral("backups")));
        QCOMPARE(backup.policy().daily, 7);
        QCOMPARE(backup.policy().weekly, 4);
        QCOMPARE(backup.policy().monthly, 12);
        QVERIFY(!backup.lastStatus().attemptUtc.isValid());
        QVERIFY(backup.backups().isEmpty());
    }

    void aDailyBackupIsWrittenCheckedAndHoldsTheData()
    {
        TestDatabase t;
        QVERIFY(set(t.db(), SettingKeys::kCentreName, QStringLiteral("Centre before backup")));
        AutomaticBackup backup(t.db());
        QVERIFY(backup.isDue());
        AutomaticBackup::Outcome outcome;
        QVERIFY(backup.run(Reason::Daily, &outcome));
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        const QString expected =
            QDir(t.folder())
                .filePath(QStringLiteral("backups/centre-auto-2026-11-25T090000Z.sqlite"));
        QCOMPARE(outcome.facts.path, expected);
        QCOMPARE(listing(backup.folder()),
                 {QStringLiteral("centre-auto-2026-11-25T090000Z.sqlite")});
        BackupService::BackupFacts facts;
        StorageError error;
        QVERIFY2(BackupService::verify(expected, &facts, &error), qPrintable(error.message));
        QCOMPARE(rawScalar(expected,
                           QStringLiteral("SELECT value FROM settings WHERE key = 'centre.name'"))
                     .toString(),
                 QStringLiteral("Centre before backup"));
        // Only owner and group may read the centre's data.
        QCOMPARE(QFileInfo(expected).permissions() &
                     (QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const AutomaticBackup::Status status = backup.lastStatus();
        QCOMPARE(status.attemptUtc, t.clock().nowUtc());
        QVERIFY(status.error.isEmpty());
        const QList<AutomaticBackup::Entry> entries = backup.backups();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().takenUtc, t.clock().nowUtc());
        QCOMPARE(entries.first().bytes, QFileInfo(expected).size());
    }

    void aDailyBackupIsDueOncePerCentreDay()
    {
        TestDatabase t; // the centre's time zone is Europe/Madrid (UTC+1 in November)
        AutomaticBackup backup(t.db());
        AutomaticBackup::Outcome outcome;
        QVERIFY(backup.run(Reason::Daily, &outcome));
        QVERIFY(!backup.isDue());
        QVERIFY(!backup.run(Reason::Daily, &outcome));
        t.clock().set(utc(2026, 11, 25, 22, 59)); // 23:59 in Madrid: still the same day
        QVERIFY(!backup.isDue());
        t.clock().set(utc(2026, 11, 25, 23, 0)); // midnight in Madrid, 23:00 UTC
        QVERIFY(backup.isDue());
        QVERIFY(backup.run(Reason::Daily, &outcome));
        QVERIFY(outcome.ok);
        QCOMPARE(backup.backups().size(), 2);
        QVERIFY(!backup.isDue());
    }

    void closingAlwaysBacksUpAndKeepsTheNewestOfTheDay()
    {
        TestDatabase t;
        AutomaticBackup backup(t.db());
        AutomaticBackup::Outcome outcome;
        QVERIFY(backup.run(Reason::Daily, &outcome));
        t.clock().set(utc(2026, 11, 25, 18));
        QVERIFY(backup.run(Reason::Closing, &outcome));
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.removed, {QStringLiteral("centre-auto-2026-11-25T090000Z.sqlite")});
        QCOMPARE(listing(backup.folder()),
                 {QStringLiteral("centre-auto-2026-11-25T180000Z.sqlite")});
    }

    void twoRunsInOneSecondShareOneBackup()
    {
        TestDatabase t;
        AutomaticBackup backup(t.db());
        AutomaticBackup::Outcome first, second;
        QVERIFY(backup.run(Reason::Manual, &first));
        QVERIFY(backup.run(Reason::Closing, &second));
        QVERIFY(second.ok);
        QVERIFY(second.reused);
        QCOMPARE(second.facts.path, first.facts.path);
        QCOMPARE(listing(backup.folder()).size(), 1);
    }

    void turnedOffOnlyBackUpNowWrites()
    {
        TestDatabase t;
        QVERIFY(set(t.db(), SettingKeys::kBackupAutomatic, QStringLiteral("0")));
        AutomaticBackup backup(t.db());
        QVERIFY(!backup.enabled());
        AutomaticBackup::Outcome outcome;
        QVERIFY(!backup.run(Reason::Daily, &outcome));
        QVERIFY(!backup.run(Reason::Closing, &outcome));
        QVERIFY(!QFileInfo::exists(backup.folder()));
        QVERIFY(backup.run(Reason::Manual, &outcome));
        QVERIFY(outcome.ok);
        QCOMPARE(backup.backups().size(), 1);
        // A value that is not clearly "off" keeps them on.
        QVERIFY(set(t.db(), SettingKeys::kBackupAutomatic, QStringLiteral("yes please")));
        QVERIFY(backup.enabled());
    }

    void settingsChooseTheFolderAndTheCounts()
    {
        TestDatabase t;
        QVERIFY(set(t.db(), SettingKeys::kBackupFolder, QStringLiteral("elsewhere/copies")));
        QVERIFY(set(t.db(), SettingKeys::kBackupKeepDaily, QStringLiteral("2")));
        QVERIFY(set(t.db(), SettingKeys::kBackupKeepWeekly, QStringLiteral("-3")));
        QVERIFY(set(t.db(), SettingKeys::kBackupKeepMonthly, QStringLiteral("many")));
        AutomaticBackup backup(t.db());
        // Relative to the database's folder, whatever the working folder is.
        QCOMPARE(backup.folder(), QDir(t.folder()).filePath(QStringLiteral("elsewhere/copies")));
        QCOMPARE(backup.policy().daily, 2);
        QCOMPARE(backup.policy().weekly, 4);   // negative: the default
        QCOMPARE(backup.policy().monthly, 12); // not a number: the default
        const QTemporaryDir absolute;
        QVERIFY(set(t.db(), SettingKeys::kBackupFolder, absolute.path()));
        QCOMPARE(backup.folder(), QDir::cleanPath(absolute.path()));
        AutomaticBackup::Outcome outcome;
        QVERIFY(backup.run(Reason::Closing, &outcome));
        QVERIFY(outcome.ok);
        QCOMPARE(listing(absolute.path()),
                 {QStringLiteral("centre-auto-2026-11-25T090000Z.sqlite")});
    }

    void retentionDeletesExactlyTheExpectedFiles()
    {
        TestDatabase t;
        AutomaticBackup backup(t.db());
        const QString folder = backup.folder();
        QVERIFY(QDir().mkpath(folder));
        // Sixty days of synthetic automatic backups, two a day, up to yesterday evening.
        for (int day = 1; day <= 60; ++day) {
            for (int hour : {8, 19})
                QVERIFY(touch(QDir(folder).filePath(BackupRetention::fileName(
                    QStringLiteral("centre"), utc(2026, 11, 25, hour).addDays(-day)))));
        }
        // What retention must never touch.
        const QStringList others = {
            QStringLiteral("massage-desk-2026-09-01-101500.sqlite"), // a manual backup
            QStringLiteral("demo-auto-2026-09-01T101500Z.sqlite"),   // another database's
            QStringLiteral("centre-auto-2026-09-01T101500Z.sqlite.txt"),
            QStringLiteral("centre-2026-09-01.sqlite"), QStringLiteral("notes.txt")};
        for (const QString& name : others)
            QVERIFY(touch(QDir(folder).filePath(name)));
        QVERIFY(QDir(folder).mkdir(QStringLiteral("centre-auto-2026-09-02T101500Z.sqlite")));

        AutomaticBackup::Outcome outcome;
        QVERIFY(backup.run(Reason::Closing, &outcome));
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));

        QStringList kept;
        const auto name = [](const QDateTime& at) {
            return BackupRetention::fileName(QStringLiteral("centre"), at);
        };
        kept << name(t.clock().nowUtc());
        for (int d = 24; d >= 19; --d) // six more days, the evening backup of each
            kept << name(utc(2026, 11, d, 19));
        kept << name(utc(2026, 11, 15, 19)) << name(utc(2026, 11, 8, 19)); // weeks 46, 45
        kept << name(utc(2026, 10, 31, 19)) << name(utc(2026, 9, 30, 19)); // months
        QStringList expected = kept + others;
        expected << QStringLiteral("centre-auto-2026-09-02T101500Z.sqlite"); // the folder
        expected.sort();
        QCOMPARE(listing(folder), expected);
        QCOMPARE(outcome.removed.size(), 120 + 1 - kept.size());
        for (const QString& removed : std::as_const(outcome.removed))
            QVERIFY2(!kept.contains(removed), qPrintable(removed));
    }

    void aFailedBackupDeletesNothingAndIsRecorded()
    {
        TestDatabase t;
        // The chosen folder lies under a file, so it cannot be created (whoever runs the test).
        QVERIFY(touch(QDir(t.folder()).filePath(QStringLiteral("a-file"))));
        QVERIFY(set(t.db(), SettingKeys::kBackupFolder, QStringLiteral("a-file/backups")));
        AutomaticBackup backup(t.db());
        AutomaticBackup::Outcome outcome;
        QVERIFY(backup.run(Reason::Daily, &outcome));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.code, StorageError::Code::FolderReadOnly);
        QVERIFY(outcome.error.message.contains(QStringLiteral("a-file")));
        const AutomaticBackup::Status status = backup.lastStatus();
        QCOMPARE(status.attemptUtc, t.clock().nowUtc());
        QCOMPARE(status.error, outcome.error.message);
        QVERIFY(backup.isDue()); // tried again at the next check

        // Old backups stay while the new one fails: point at a folder of old ones that cannot
        // take a new file because one with this second's name is damaged.
        const QString folder = QDir(t.folder()).filePath(QStringLiteral("old"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(set(t.db(), SettingKeys::kBackupFolder, folder));
        for (int day = 1; day <= 30; ++day)
            QVERIFY(touch(QDir(folder).filePath(BackupRetention::fileName(
                QStringLiteral("centre"), t.clock().nowUtc().addDays(-day)))));
        const QString damaged = QDir(folder).filePath(
            BackupRetention::fileName(QStringLiteral("centre"), t.clock().nowUtc()));
        QVERIFY(writeBytes(damaged, randomBytes(8192, 7)));
        const QStringList before = listing(folder);
        QVERIFY(backup.run(Reason::Closing, &outcome));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.code, StorageError::Code::BackupInvalid);
        QVERIFY(outcome.removed.isEmpty());
        QCOMPARE(listing(folder), before);
        QVERIFY(!backup.lastStatus().error.isEmpty());

        // Back to a good folder: the record says so.
        QVERIFY(set(t.db(), SettingKeys::kBackupFolder, QStringLiteral("")));
        QVERIFY(backup.run(Reason::Manual, &outcome));
        QVERIFY(outcome.ok);
        QVERIFY(backup.lastStatus().error.isEmpty());
    }

    void aCopyThatFailsItsCheckIsDeleted()
    {
        // A job aimed at a SQLite file of another program: the copy is written, fails the
        // check (not a Massage Desk file) and must not stay behind looking like a backup.
        const QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
        QVERIFY(rawExec(foreign, {QStringLiteral("CREATE TABLE t (x)"),
                                  QStringLiteral("INSERT INTO t VALUES (1)")}));
        AutomaticBackup::Job job;
        job.databasePath = foreign;
        job.folder = dir.filePath(QStringLiteral("backups"));
        job.baseName = QStringLiteral("foreign");
        job.nowUtc = utc(2026, 11, 25);
        job.destination =
            QDir(job.folder).filePath(BackupRetention::fileName(job.baseName, job.nowUtc));
        const AutomaticBackup::Outcome outcome = AutomaticBackup::write(job);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.code, StorageError::Code::BackupInvalid);
        QVERIFY(outcome.error.message.contains(QStringLiteral("deleted")));
        QCOMPARE(listing(job.folder), QStringList());
    }

    // The backup's name is only ever a finished, checked copy, and never reached through a
    // link: a link to nowhere under that name is refused, not followed to create a file where
    // it points; nothing temporary is left in the folder.
    void aBackupIsNeverWrittenThroughALink()
    {
        TestDatabase t;
        AutomaticBackup backup(t.db());
        AutomaticBackup::Job job;
        QVERIFY(backup.plan(Reason::Manual, &job));
        QVERIFY(QDir().mkpath(job.folder));
        const QString elsewhere = t.folder() + QStringLiteral("/elsewhere.sqlite");
        QVERIFY(QFile::link(elsewhere, job.destination));
        const AutomaticBackup::Outcome outcome = AutomaticBackup::write(job);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("link")),
                 qPrintable(outcome.error.message));
        QVERIFY(!QFileInfo::exists(elsewhere));
        QVERIFY(QFileInfo(job.destination).isSymLink());
        QCOMPARE(
            QDir(job.folder)
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
            QStringList{QFileInfo(job.destination).fileName()});
    }

    void aDamagedBackupIsFoundByItsCheck()
    {
        TestDatabase t;
        AutomaticBackup backup(t.db());
        AutomaticBackup::Outcome outcome;
        QVERIFY(backup.run(Reason::Manual, &outcome));
        QByteArray bytes = readBytes(outcome.facts.path);
        const int page = pageSizeOf(bytes);
        QVERIFY(bytes.size() > 3 * page);
        bytes.replace(2 * page, page, randomBytes(page, 11)); // a page of an index or table
        QVERIFY(writeBytes(outcome.facts.path, bytes));
        BackupService::BackupFacts facts;
        StorageError error;
        QVERIFY(!BackupService::verify(outcome.facts.path, &facts, &error));
        QCOMPARE(error.code, StorageError::Code::BackupInvalid);
    }

    void theCopyRunsOnAWorkerThreadWhileTheDeskWrites()
    {
        TestDatabase t;
        AutomaticBackup backup(t.db());
        AutomaticBackup::Job job;
        QVERIFY(backup.plan(Reason::Daily, &job));
        AutomaticBackup::Outcome outcome;
        QThread* worker = QThread::create([&] { outcome = AutomaticBackup::write(job); });
        worker->start();
        // The desk's own connection keeps writing meanwhile.
        QVERIFY(set(t.db(), SettingKeys::kCentreName, QStringLiteral("Written meanwhile")));
        QVERIFY(worker->wait(60000));
        delete worker;
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        backup.finish(job, &outcome);
        QVERIFY(!backup.isDue());
        QVERIFY(backup.lastStatus().error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAutoBackup)
#include "tst_autobackup.moc"
