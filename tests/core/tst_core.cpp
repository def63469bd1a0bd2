#include "core/AppPaths.h"
#include "core/Clock.h"
#include "core/Service.h"

#include <QTest>
#include <QTimeZone>

class TestCore : public QObject
{
    Q_OBJECT

private slots:
    void eurosAreFormattedWithoutTheSystemLocale_data()
    {
        QTest::addColumn<int>("cents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0 << QStringLiteral("0,00 \u20AC");
        QTest::newRow("cents") << 5 << QStringLiteral("0,05 \u20AC");
        QTest::newRow("whole") << 6000 << QStringLiteral("60,00 \u20AC");
        QTest::newRow("odd") << 4850 << QStringLiteral("48,50 \u20AC");
        QTest::newRow("negative") << -1250 << QStringLiteral("-12,50 \u20AC");
    }
    void eurosAreFormattedWithoutTheSystemLocale()
    {
        QFETCH(int, cents);
        QFETCH(QString, expected);
        QCOMPARE(formatEuros(cents), expected);
    }

    void fixedClockHoldsItsMoment()
    {
        const QDateTime at(QDate(2027, 3, 28), QTime(1, 30), QTimeZone::utc());
        FixedClock clock(at);
        QCOMPARE(clock.nowUtc(), at);
        QCOMPARE(clock.nowSecs(), at.toSecsSinceEpoch());
        clock.set(at.addSecs(3600));
        QCOMPARE(clock.nowSecs(), at.toSecsSinceEpoch() + 3600);
    }

    void dataFolderFollowsTheOverride()
    {
        qputenv("MASSAGE_DESK_DATA_DIR", "/tmp/somewhere/../elsewhere");
        QCOMPARE(AppPaths::dataFolder(), QStringLiteral("/tmp/elsewhere"));
        QCOMPARE(AppPaths::defaultDatabasePath(),
                 QStringLiteral("/tmp/elsewhere/massage-desk.sqlite"));
        QCOMPARE(AppPaths::logFolder(), QStringLiteral("/tmp/elsewhere/logs"));
    }
};

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
