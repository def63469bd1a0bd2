#include "core/AppPaths.h"
#include "core/Clock.h"
#include "core/Permissions.h"
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

    void everyCellOfTheRoleMatrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("allowed");
        const Role R = Role::Receptionist, T = Role::Therapist, M = Role::Manager;
        // DESIGN 2.5, row by row: receptionist, therapist, manager.
        const struct
        {
            const char* name;
            Action action;
            bool r, t, m;
        } rows[] = {
            {"book", Action::Book, true, true, true},
            {"enter check-in", Action::EnterCheckin, true, true, true},
            {"read outcome", Action::ReadCheckinOutcome, true, true, true},
            {"read answers", Action::ReadCheckinAnswers, false, true, true},
            {"sign off / start / note", Action::TherapistSteps, false, true, false},
            {"edit centre", Action::EditCentre, false, false, true},
            {"audit", Action::ReadAudit, false, false, true},
            {"export / erase", Action::ClientRights, false, false, true},
            {"reports", Action::ReadReports, false, false, true},
        };
        for (const auto& row : rows) {
            for (const auto& [role, allowed] :
                 {std::pair{R, row.r}, std::pair{T, row.t}, std::pair{M, row.m}}) {
                QTest::addRow("%s as %s", row.name, qPrintable(Permissions::roleCode(role)))
                    << int(role) << int(row.action) << allowed;
            }
        }
    }
    void everyCellOfTheRoleMatrix()
    {
        QFETCH(int, role);
        QFETCH(int, action);
        QFETCH(bool, allowed);
        QCOMPARE(Permissions::allows(Role(role), Action(action)), allowed);
        QCOMPARE(Permissions::refusal(Role(role), Action(action)).isEmpty(), allowed);
    }

    void rolesRoundTripThroughTheirCodes()
    {
        for (Role role : {Role::Receptionist, Role::Therapist, Role::Manager})
            QCOMPARE(Permissions::roleFromCode(Permissions::roleCode(role)), role);
        QVERIFY(!Permissions::roleFromCode(QStringLiteral("admin")).has_value());
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
