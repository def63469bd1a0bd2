#include "core/WaitlistMatch.h"

#include <QTest>

// The waitlist's matching rules (issue 12 §2), row by row: a freed slot offers an entry when the
// service's session and cleanup fit, the therapist is one preferred (or any), the day and the
// time of day are wanted, and the entry has not expired; urgent entries come first, then the
// oldest.
class TestWaitlistMatch : public QObject
{
    Q_OBJECT

    // Wednesday 2026-11-25 is "today"; the slot is on Thursday 2026-11-26 unless a row says.
    static QDate today() { return QDate(2026, 11, 25); }

private slots:
    void matching_data()
    {
        QTest::addColumn<int>("session"); // the service's shortest session, minutes
        QTest::addColumn<int>("cleanup");
        QTest::addColumn<QList<qint64>>("therapists");
        QTest::addColumn<int>("weekdays");
        QTest::addColumn<QString>("windows");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("from"); // the free slot, local minutes
        QTest::addColumn<int>("to");
        QTest::addColumn<qint64>("therapist");
        QTest::addColumn<int>("start"); // the earliest start offered, -1: no match

        const QList<qint64> any;
        const QDate thu(2026, 11, 26);
        const int thuBit = 1 << 3, monBit = 1;
        QTest::newRow("any therapist, any time")
            << 30 << 10 << any << 0 << "" << QDate() << thu << 600 << 640 << qint64(3) << 600;
        QTest::newRow("session and cleanup exactly fill the slot")
            << 50 << 10 << any << 0 << "" << QDate() << thu << 600 << 660 << qint64(3) << 600;
        QTest::newRow("one minute short")
            << 51 << 10 << any << 0 << "" << QDate() << thu << 600 << 660 << qint64(3) << -1;
        QTest::newRow("no cleanup needed")
            << 60 << 0 << any << 0 << "" << QDate() << thu << 600 << 660 << qint64(3) << 600;
        QTest::newRow("preferred therapist") << 30 << 10 << QList<qint64>{2, 3} << 0 << ""
                                             << QDate() << thu << 600 << 660 << qint64(3) << 600;
        QTest::newRow("another therapist") << 30 << 10 << QList<qint64>{2} << 0 << "" << QDate()
                                           << thu << 600 << 660 << qint64(3) << -1;
        QTest::newRow("the day wanted") << 30 << 10 << any << (thuBit | monBit) << "" << QDate()
                                        << thu << 600 << 660 << qint64(3) << 600;
        QTest::newRow("a day not wanted")
            << 30 << 10 << any << monBit << "" << QDate() << thu << 600 << 660 << qint64(3) << -1;
        QTest::newRow("inside the window") << 30 << 10 << any << 0 << "09:00-13:00" << QDate()
                                           << thu << 600 << 660 << qint64(3) << 600;
        QTest::newRow("window opens inside the slot")
            << 30 << 10 << any << 0 << "10:20-13:00" << QDate() << thu << 600 << 660 << qint64(3)
            << 620;
        QTest::newRow("window too late in the slot")
            << 30 << 10 << any << 0 << "10:30-13:00" << QDate() << thu << 600 << 660 << qint64(3)
            << -1;
        QTest::newRow("session ends as the window ends")
            << 30 << 10 << any << 0 << "09:00-10:30" << QDate() << thu << 600 << 660 << qint64(3)
            << 600;
        QTest::newRow("session would end after the window")
            << 30 << 10 << any << 0 << "09:00-10:29" << QDate() << thu << 600 << 660 << qint64(3)
            << -1;
        QTest::newRow("the second window fits")
            << 30 << 10 << any << 0 << "08:00-09:00,16:00-19:00" << QDate() << thu << 960 << 1020
            << qint64(3) << 960;
        QTest::newRow("until the slot's day")
            << 30 << 10 << any << 0 << "" << thu << thu << 600 << 660 << qint64(3) << 600;
        QTest::newRow("ends before the slot's day")
            << 30 << 10 << any << 0 << "" << today() << thu << 600 << 660 << qint64(3) << -1;
        QTest::newRow("expired yesterday") << 30 << 10 << any << 0 << "" << today().addDays(-1)
                                           << today() << 600 << 660 << qint64(3) << -1;
        QTest::newRow("a slot in the past") << 30 << 10 << any << 0 << "" << QDate()
                                            << today().addDays(-1) << 600 << 660 << qint64(3) << -1;
        QTest::newRow("a service without lengths")
            << 0 << 10 << any << 0 << "" << QDate() << thu << 600 << 660 << qint64(3) << -1;
    }

    void matching()
    {
        QFETCH(int, session);
        QFETCH(int, cleanup);
        QFETCH(QList<qint64>, therapists);
        QFETCH(int, weekdays);
        QFETCH(QString, windows);
        QFETCH(QDate, until);
        QFETCH(QDate, day);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(qint64, therapist);
        QFETCH(int, start);
        WaitlistEntry entry;
        entry.sessionMinutes = session;
        entry.cleanupMinutes = cleanup;
        entry.therapistIds = therapists;
        entry.weekdays = weekdays;
        QVERIFY(WaitlistMatch::parseWindows(windows, &entry.windows));
        entry.until = until;
        const FreeSlot slot{day, from, to, therapist};
        QCOMPARE(WaitlistMatch::earliestStart(entry, slot, today()), start);
        QCOMPARE(WaitlistMatch::matches(entry, slot, today()), start >= 0);
    }

    void order()
    {
        const auto entry = [](qint64 id, bool urgent, qint64 created) {
            WaitlistEntry e;
            e.id = id;
            e.urgent = urgent;
            e.createdAt = created;
            e.sessionMinutes = 30;
            return e;
        };
        const QList<WaitlistEntry> entries{entry(1, false, 100), entry(2, true, 300),
                                           entry(3, false, 50), entry(4, true, 200),
                                           entry(5, false, 50)};
        const FreeSlot slot{QDate(2026, 11, 26), 600, 700, 1};
        QList<qint64> ids;
        for (const WaitlistEntry& e : WaitlistMatch::offers(entries, slot, today()))
            ids << e.id;
        QCOMPARE(ids, (QList<qint64>{4, 2, 3, 5, 1}));
    }

    void windowsText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("count");
        QTest::newRow("empty: any time") << "" << true << 0;
        QTest::newRow("one") << "9:00-13:00" << true << 1;
        QTest::newRow("two, spaced") << " 09:00 - 13:00 , 16:00-24:00" << true << 2;
        QTest::newRow("reversed") << "13:00-09:00" << false << 0;
        QTest::newRow("empty span") << "10:00-10:00" << false << 0;
        QTest::newRow("past midnight") << "23:00-24:30" << false << 0;
        QTest::newRow("words") << "mornings" << false << 0;
        QTest::newRow("bad minute") << "09:60-10:00" << false << 0;
    }

    void windowsText()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(int, count);
        QList<WaitlistWindow> windows{WaitlistWindow{1, 2}};
        const QList<WaitlistWindow> before = windows;
        QCOMPARE(WaitlistMatch::parseWindows(typed, &windows), valid);
        if (valid)
            QCOMPARE(windows.size(), count);
        else
            QCOMPARE(windows, before); // nothing changed on bad input
    }

    void daysText()
    {
        QCOMPARE(WaitlistMatch::daysText(0), QStringLiteral("any day"));
        QCOMPARE(WaitlistMatch::daysText(WaitlistMatch::kAllDays), QStringLiteral("any day"));
        QCOMPARE(WaitlistMatch::daysText(1 | 4), QStringLiteral("Mon Wed"));
        QCOMPARE(WaitlistMatch::windowsText({}), QStringLiteral("any time"));
        QCOMPARE(WaitlistMatch::windowsText({WaitlistWindow{540, 780}}),
                 QStringLiteral("09:00\u201313:00"));
    }
};

QTEST_GUILESS_MAIN(TestWaitlistMatch)
#include "tst_waitlist_match.moc"
