#include "core/LocalTime.h"

#include <QTest>

// The centre's wall clock (DESIGN 2.4) on the days the clocks change in Europe/Madrid: the
// spring gap does not exist, the repeated autumn hour has two instants and the person says
// which one with its offset; bookings start only inside the sensible range of dates.
class TestLocalTime : public QObject
{
    Q_OBJECT

    const QTimeZone m_zone{"Europe/Madrid"};

    static qint64 utc(int year, int month, int day, int hour, int minute)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
    }

private slots:
    void anOrdinaryTimeHasOneInstant()
    {
        QCOMPARE(LocalTime::instants(QDate(2026, 11, 2), QTime(10, 0), m_zone),
                 QList<qint64>{utc(2026, 11, 2, 9, 0)});
        qint64 at = 0;
        QString problem;
        QVERIFY(LocalTime::parse(QStringLiteral("2026-11-02 10:00"), m_zone, &at, &problem));
        QCOMPARE(at, utc(2026, 11, 2, 9, 0));
        // Its own offset is accepted; another is refused, naming the right one.
        QVERIFY(LocalTime::parse(QStringLiteral("2026-11-02 10:00+01:00"), m_zone, &at, &problem));
        QCOMPARE(at, utc(2026, 11, 2, 9, 0));
        QVERIFY(!LocalTime::parse(QStringLiteral("2026-11-02 10:00+02:00"), m_zone, &at, &problem));
        QVERIFY2(problem.contains(QStringLiteral("+01:00")) &&
                     problem.contains(QStringLiteral("not +02:00")),
                 qPrintable(problem));
        QVERIFY(!LocalTime::isRepeated(utc(2026, 11, 2, 9, 0), m_zone));
        QCOMPARE(LocalTime::formatExact(utc(2026, 11, 2, 9, 0), m_zone),
                 QStringLiteral("2026-11-02 10:00"));
    }

    void theSpringGapHasNone()
    {
        QVERIFY(LocalTime::instants(QDate(2027, 3, 28), QTime(2, 30), m_zone).isEmpty());
        qint64 at = 0;
        QString problem;
        for (const QString& text :
             {QStringLiteral("2027-03-28 02:30"), QStringLiteral("2027-03-28 02:30+01:00"),
              QStringLiteral("2027-03-28 02:30+02:00")}) {
            QVERIFY(!LocalTime::parse(text, m_zone, &at, &problem));
            QVERIFY2(problem.contains(QStringLiteral("clocks go forward")), qPrintable(problem));
        }
    }

    void theRepeatedHourHasTwo()
    {
        // 2026-10-25: 03:00 CEST becomes 02:00 CET, so 02:00-02:59 happens twice.
        const qint64 first = utc(2026, 10, 25, 0, 30);  // 02:30 CEST
        const qint64 second = utc(2026, 10, 25, 1, 30); // 02:30 CET
        QCOMPARE(LocalTime::instants(QDate(2026, 10, 25), QTime(2, 30), m_zone),
                 (QList<qint64>{first, second}));
        QCOMPARE(LocalTime::instants(QDate(2026, 10, 25), QTime(1, 59), m_zone).size(), 1);
        QCOMPARE(LocalTime::instants(QDate(2026, 10, 25), QTime(3, 0), m_zone).size(), 1);
        QVERIFY(LocalTime::isRepeated(first, m_zone) && LocalTime::isRepeated(second, m_zone));
        QVERIFY(!LocalTime::isRepeated(utc(2026, 10, 25, 2, 0), m_zone)); // 03:00 CET

        qint64 at = 0;
        QString problem;
        QVERIFY(LocalTime::parse(QStringLiteral("2026-10-25 02:30+02:00"), m_zone, &at, &problem));
        QCOMPARE(at, first);
        QVERIFY(LocalTime::parse(QStringLiteral("2026-10-25 02:30 +01:00"), m_zone, &at, &problem));
        QCOMPARE(at, second);
        QVERIFY(LocalTime::parse(QStringLiteral("2026-10-25T02:30+0200"), m_zone, &at, &problem));
        QCOMPARE(at, first);
        // A bare time is refused, naming both choices as they can be typed.
        QVERIFY(!LocalTime::parse(QStringLiteral("2026-10-25 02:30"), m_zone, &at, &problem));
        for (const QString& part :
             {QStringLiteral("happens twice"), QStringLiteral("\"2026-10-25 02:30+02:00\""),
              QStringLiteral("\"2026-10-25 02:30+01:00\""), QStringLiteral("summer time (CEST"),
              QStringLiteral("winter time (CET")})
            QVERIFY2(problem.contains(part), qPrintable(problem));
        QVERIFY(!LocalTime::parse(QStringLiteral("2026-10-25 02:30+03:00"), m_zone, &at, &problem));
        QVERIFY2(problem.contains(QStringLiteral("+02:00 or +01:00")), qPrintable(problem));

        // Code that picks for the person: the later one unless asked otherwise.
        QVERIFY(LocalTime::fromLocal(QDate(2026, 10, 25), QTime(2, 30), m_zone, &at, &problem));
        QCOMPARE(at, second);
        QVERIFY(LocalTime::fromLocal(QDate(2026, 10, 25), QTime(2, 30), m_zone, &at, &problem,
                                     LocalTime::Repeated::Earlier));
        QCOMPARE(at, first);

        // Each instant reads once, and reads back.
        QCOMPARE(LocalTime::formatExact(first, m_zone), QStringLiteral("2026-10-25 02:30+02:00"));
        QCOMPARE(LocalTime::formatExact(second, m_zone), QStringLiteral("2026-10-25 02:30+01:00"));
        QCOMPARE(LocalTime::choiceText(first, m_zone),
                 QStringLiteral("02:30 summer time (CEST, +02:00)"));
        QCOMPARE(LocalTime::choiceText(second, m_zone),
                 QStringLiteral("02:30 winter time (CET, +01:00)"));
        for (const qint64 instant : {first, second}) {
            QVERIFY(
                LocalTime::parse(LocalTime::formatExact(instant, m_zone), m_zone, &at, &problem));
            QCOMPARE(at, instant);
        }
    }

    void malformedOffsetsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no sign") << QStringLiteral("2026-10-25 02:30 02:00");
        QTest::newRow("one digit") << QStringLiteral("2026-10-25 02:30+2");
        QTest::newRow("trailing") << QStringLiteral("2026-10-25 02:30+02:00 CEST");
        QTest::newRow("zone name") << QStringLiteral("2026-10-25 02:30 CEST");
    }

    void malformedOffsetsAreRefused()
    {
        QFETCH(QString, text);
        qint64 at = 0;
        QString problem;
        QVERIFY(!LocalTime::parse(text, m_zone, &at, &problem));
        QVERIFY2(problem.contains(QStringLiteral("YYYY-MM-DD HH:MM")), qPrintable(problem));
    }

    void bookableDatesRunFrom2000ToFiveYearsAhead()
    {
        const qint64 now = utc(2026, 11, 25, 9, 0);
        QString problem;
        QVERIFY(LocalTime::bookable(utc(2000, 1, 1, 8, 0), now, m_zone, &problem));
        QVERIFY(LocalTime::bookable(utc(2031, 11, 25, 20, 0), now, m_zone, &problem));
        QVERIFY(!LocalTime::bookable(utc(1999, 12, 31, 10, 0), now, m_zone, &problem));
        QVERIFY2(problem.contains(QStringLiteral("from 2000-01-01 to 2031-11-25")),
                 qPrintable(problem));
        QVERIFY(!LocalTime::bookable(utc(2031, 11, 26, 10, 0), now, m_zone, &problem));
        qint64 at = 0;
        for (const QString& text :
             {QStringLiteral("0001-01-01 10:00"), QStringLiteral("9999-12-31 10:00")}) {
            QVERIFY(LocalTime::parse(text, m_zone, &at, &problem));
            QVERIFY(!LocalTime::bookable(at, now, m_zone, &problem));
            QVERIFY2(problem.contains(QStringLiteral("outside the dates")), qPrintable(problem));
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalTime)
#include "tst_localtime.moc"
