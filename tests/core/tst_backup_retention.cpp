#include "core/BackupRetention.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using BackupRetention::Backup;
using BackupRetention::Policy;

namespace {

const QTimeZone kMadrid("Europe/Madrid");
// Wednesday 25 November 2026, 09:00 UTC (10:00 in Madrid), as in the other suites.
const QDateTime kNow(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc());

QDateTime utc(int y, int m, int d, int h = 9, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

Backup at(const QDateTime& when)
{
    return {BackupRetention::fileName(QStringLiteral("centre"), when), when};
}

QStringList names(const QList<QDateTime>& times)
{
    QStringList list;
    for (const QDateTime& t : times)
        list.append(at(t).fileName);
    return list;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestBackupRetention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(kMadrid.isValid()); }

    void nothingToDecideWithoutBackups()
    {
        const auto decision = BackupRetention::decide({}, kNow, kMadrid, Policy{});
        QVERIFY(decision.keep.isEmpty());
        QVERIFY(decision.remove.isEmpty());
    }

    void aYearOfDailyBackupsKeepsSevenDaysFourWeeksTwelveMonths()
    {
        QList<Backup> backups;
        for (int i = 0; i < 400; ++i)
            backups.append(at(kNow.addDays(-i)));
        const auto decision = BackupRetention::decide(backups, kNow, kMadrid, Policy{});
        QList<QDateTime> expected;
        for (int d = 25; d >= 19; --d) // the last seven days (the 22nd is also week 47's newest)
            expected.append(utc(2026, 11, d));
        expected << utc(2026, 11, 15) << utc(2026, 11, 8); // weeks 46 and 45 (their Sundays)
        // The last day of each earlier month, back to December 2025: twelve months in all.
        for (QDate end(2026, 10, 31); end >= QDate(2025, 12, 31);
             end = QDate(end.year(), end.month(), 1).addDays(-1))
            expected.append(QDateTime(end, QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(expected.size(), 20);
        QCOMPARE(decision.keep, names(expected)); // newest first
        QCOMPARE(decision.remove.size(), 400 - 20);
        QCOMPARE(decision.remove.first(), at(utc(2026, 11, 18)).fileName);
    }

    void everyBackupIsEitherKeptOrRemovedOnce()
    {
        QList<Backup> backups;
        QStringList all;
        for (int i = 0; i < 90; ++i) {
            backups.append(at(kNow.addSecs(-i * 7 * 3600)));
            all.append(backups.last().fileName);
        }
        const auto decision = BackupRetention::decide(backups, kNow, kMadrid, Policy{});
        QCOMPARE(sorted(decision.keep + decision.remove), sorted(all));
        QCOMPARE(QSet<QString>(decision.keep.begin(), decision.keep.end())
                     .intersect(QSet<QString>(decision.remove.begin(), decision.remove.end()))
                     .size(),
                 0);
    }

    void onlyTheNewestOfADayIsKept()
    {
        const QList<QDateTime> today = {utc(2026, 11, 25, 8, 59), utc(2026, 11, 25, 7),
                                        utc(2026, 11, 24, 23, 30)}; // 00:30 on the 25th in Madrid
        const QList<QDateTime> yesterday = {utc(2026, 11, 24, 19), utc(2026, 11, 24, 12)};
        QList<Backup> backups;
        for (const QDateTime& t : today + yesterday)
            backups.append(at(t));
        const auto decision = BackupRetention::decide(backups, kNow, kMadrid, Policy{});
        QCOMPARE(decision.keep, names({today.first(), yesterday.first()}));
        QCOMPARE(decision.remove, names({today.at(1), today.at(2), yesterday.at(1)}));
    }

    void dailySlotsCountDaysThatHaveABackup()
    {
        // Ten backups, one every third day: the seven newest days are kept, however far back.
        QList<Backup> backups;
        for (int i = 0; i < 10; ++i)
            backups.append(at(kNow.addDays(-3 * i)));
        const auto decision = BackupRetention::decide(backups, kNow, kMadrid, Policy{7, 0, 0});
        QList<QDateTime> expected;
        for (int i = 0; i < 7; ++i)
            expected.append(kNow.addDays(-3 * i));
        QCOMPARE(decision.keep, names(expected));
        QCOMPARE(decision.remove.size(), 3);
    }

    void weeksStartOnMondayInTheCentresTimeZone()
    {
        const QDateTime saturday = utc(2026, 11, 21, 10);
        const QDateTime sundayLate = utc(2026, 11, 22, 22, 30);  // 23:30 Sunday in Madrid
        const QDateTime mondayEarly = utc(2026, 11, 22, 23, 30); // 00:30 Monday in Madrid
        const QDateTime monday = utc(2026, 11, 23, 10);
        QList<Backup> backups;
        for (const QDateTime& t : {monday, mondayEarly, sundayLate, saturday})
            backups.append(at(t));
        const auto decision = BackupRetention::decide(backups, kNow, kMadrid, Policy{0, 2, 0});
        QCOMPARE(decision.keep, names({monday, sundayLate}));
        QCOMPARE(decision.remove, names({mondayEarly, saturday}));
        // In UTC the 23:30 backup is still Sunday's, so it becomes that week's newest.
        const auto inUtc =
            BackupRetention::decide(backups, kNow, QTimeZone::utc(), Policy{0, 2, 0});
        QCOMPARE(inUtc.keep, names({monday, mondayEarly}));
    }

    void anIsoWeekCrossesTheNewYear()
    {
        const QDateTime later = utc(2027, 1, 2);
        // 28 December 2026 to 3 January 2027 is ISO week 53 of 2026.
        const QDateTime sunday = utc(2026, 12, 27), monday = utc(2026, 12, 28),
                        thursday = utc(2026, 12, 31), friday = utc(2027, 1, 1);
        QList<Backup> backups;
        for (const QDateTime& t : {friday, thursday, monday, sunday})
            backups.append(at(t));
        const auto decision = BackupRetention::decide(backups, later, kMadrid, Policy{0, 2, 0});
        QCOMPARE(decision.keep, names({friday, sunday}));
        QCOMPARE(decision.remove, names({thursday, monday}));
    }

    void monthsFollowTheCentresCalendar()
    {
        const QDateTime novemberFirstLocal = utc(2026, 10, 31, 23, 30); // 00:30 on 1 Nov (CET)
        const QDateTime october = utc(2026, 10, 31, 22, 30);            // 23:30 on 31 Oct
        const QDateTime september = utc(2026, 9, 30, 12);
        const QDateTime november = utc(2026, 11, 20);
        QList<Backup> backups;
        for (const QDateTime& t : {november, novemberFirstLocal, october, september})
            backups.append(at(t));
        const auto decision = BackupRetention::decide(backups, kNow, kMadrid, Policy{0, 0, 2});
        QCOMPARE(decision.keep, names({november, october}));
        QCOMPARE(decision.remove, names({novemberFirstLocal, september}));
    }

    void monthsWithoutABackupTakeNoSlot()
    {
        // Backups only in odd months of 2025-2026: twelve months with a backup reach back two
        // years, and the oldest one beyond that goes.
        QList<Backup> backups;
        QList<QDateTime> expected;
        for (int i = 0; i < 13; ++i) {
            const QDateTime t = utc(2026, 11, 1).addMonths(-2 * i);
            backups.append(at(t));
            if (i < 12)
                expected.append(t);
        }
        const auto decision = BackupRetention::decide(backups, kNow, kMadrid, Policy{0, 0, 12});
        QCOMPARE(decision.keep, names(expected));
        QCOMPARE(decision.remove, names({utc(2024, 11, 1)}));
    }

    void theUnionOfTheRulesIsKept()
    {
        // Daily 2 keeps the 25th and 24th; weekly 2 adds the 22nd (week 47); monthly 2 adds
        // 31 October. The 23rd is neither.
        const QList<QDateTime> times = {utc(2026, 11, 25), utc(2026, 11, 24), utc(2026, 11, 23),
                                        utc(2026, 11, 22), utc(2026, 11, 21), utc(2026, 10, 31),
                                        utc(2026, 10, 30)};
        QList<Backup> backups;
        for (const QDateTime& t : times)
            backups.append(at(t));
        const auto decision = BackupRetention::decide(backups, kNow, kMadrid, Policy{2, 2, 2});
        QCOMPARE(decision.keep, names({utc(2026, 11, 25), utc(2026, 11, 24), utc(2026, 11, 22),
                                       utc(2026, 10, 31)}));
        QCOMPARE(decision.remove, names({utc(2026, 11, 23), utc(2026, 11, 21), utc(2026, 10, 30)}));
    }

    void theNewestIsKeptEvenWithEveryCountAtZero()
    {
        const QList<Backup> backups = {at(utc(2026, 11, 20)), at(utc(2026, 11, 24)),
                                       at(utc(2026, 11, 1))};
        const auto decision = BackupRetention::decide(backups, kNow, kMadrid, Policy{0, 0, 0});
        QCOMPARE(decision.keep, names({utc(2026, 11, 24)}));
        QCOMPARE(decision.remove, names({utc(2026, 11, 20), utc(2026, 11, 1)}));
    }

    void backupsFromTheFutureAreKeptAndTakeNoSlot()
    {
        // A clock once set to 2030 must not make today's backups look old.
        const QDateTime future = utc(2030, 1, 1);
        const QList<Backup> backups = {at(future), at(utc(2026, 11, 25, 8)), at(utc(2026, 11, 24)),
                                       at(utc(2026, 11, 23))};
        const auto decision = BackupRetention::decide(backups, kNow, kMadrid, Policy{2, 0, 0});
        QCOMPARE(decision.keep, names({future, utc(2026, 11, 25, 8), utc(2026, 11, 24)}));
        QCOMPARE(decision.remove, names({utc(2026, 11, 23)}));
    }

    void fileNamesSortByTimeAndReadBack()
    {
        const QDateTime t(QDate(2026, 11, 25), QTime(10, 15, 0), QTimeZone::utc());
        const QString name = BackupRetention::fileName(QStringLiteral("centre"), t);
        QCOMPARE(name, QStringLiteral("centre-auto-2026-11-25T101500Z.sqlite"));
        QCOMPARE(BackupRetention::parseFileName(name, QStringLiteral("centre")), t);
        // A local time is written in UTC.
        const QDateTime madrid = t.toTimeZone(kMadrid);
        QCOMPARE(BackupRetention::fileName(QStringLiteral("centre"), madrid), name);
        QVERIFY(BackupRetention::fileName(QStringLiteral("c"), t.addSecs(-1)) <
                BackupRetention::fileName(QStringLiteral("c"), t));
        // A time that does not exist in a local DST gap is still a good UTC time.
        const QDateTime gap(QDate(2027, 3, 28), QTime(2, 30), QTimeZone::utc());
        QCOMPARE(
            BackupRetention::parseFileName(BackupRetention::fileName(QStringLiteral("centre"), gap),
                                           QStringLiteral("centre")),
            gap);
    }

    void otherFilesAreNotAutomaticBackups_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("manual backup") << QStringLiteral("massage-desk-2026-11-25-101500.sqlite");
        QTest::newRow("another database") << QStringLiteral("demo-auto-2026-11-25T101500Z.sqlite");
        QTest::newRow("longer name") << QStringLiteral("centre-2-auto-2026-11-25T101500Z.sqlite");
        QTest::newRow("journal") << QStringLiteral("centre-auto-2026-11-25T101500Z.sqlite-wal");
        QTest::newRow("copy") << QStringLiteral("centre-auto-2026-11-25T101500Z (1).sqlite");
        QTest::newRow("no zone") << QStringLiteral("centre-auto-2026-11-25T101500.sqlite");
        QTest::newRow("no month 13") << QStringLiteral("centre-auto-2026-13-25T101500Z.sqlite");
        QTest::newRow("no hour 25") << QStringLiteral("centre-auto-2026-11-25T251500Z.sqlite");
        QTest::newRow("restore safety copy")
            << QStringLiteral("centre.sqlite.before-restore-20261125-101500.sqlite");
        QTest::newRow("database itself") << QStringLiteral("centre.sqlite");
        QTest::newRow("empty") << QString();
    }
    void otherFilesAreNotAutomaticBackups()
    {
        QFETCH(QString, file);
        QVERIFY(!BackupRetention::parseFileName(file, QStringLiteral("centre")).isValid());
    }

    void aNameWithPatternCharactersIsTakenLiterally()
    {
        const QString base = QStringLiteral("centre (2) [test].*");
        const QDateTime t = utc(2026, 11, 25, 10, 15);
        QCOMPARE(BackupRetention::parseFileName(BackupRetention::fileName(base, t), base), t);
        QVERIFY(!BackupRetention::parseFileName(BackupRetention::fileName(base, t),
                                                QStringLiteral("centre"))
                     .isValid());
    }
};

QTEST_APPLESS_MAIN(TestBackupRetention)
#include "tst_backup_retention.moc"
