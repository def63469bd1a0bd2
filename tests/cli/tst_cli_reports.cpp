// massage-desk-cli report: the JSON shape, its figures against the database, managers only,
// and usage errors for bad periods.
#include "CliRunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

class TestCliReports : public QObject
{
    Q_OBJECT

    CliRunner m_cli;

    // Bookings of `statuses` starting in the centre's November 2026, counted straight from
    // the file as a cross-check.
    int countInNovember(const QString& statuses)
    {
        const QTimeZone zone("Europe/Madrid");
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "count");
            db.setDatabaseName(m_cli.database());
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT count(*) FROM bookings WHERE starts_at >= ? "
                                         "AND starts_at < ? AND status IN (%1)")
                              .arg(statuses));
                q.addBindValue(QDateTime(QDate(2026, 11, 1), QTime(0, 0), zone).toSecsSinceEpoch());
                q.addBindValue(QDateTime(QDate(2026, 12, 1), QTime(0, 0), zone).toSecsSinceEpoch());
                if (q.exec() && q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase("count");
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        CLI_EXPECT_EXIT(m_cli.run({"demo", "--size", "small"}), 0);
    }

    void jsonShapeAndFigures()
    {
        m_cli.signInAs(QStringLiteral("manager"));
        const CliResult result =
            m_cli.run({"--json", "report", "--from", "2026-11-01", "--to", "2026-11-30"});
        CLI_EXPECT_EXIT(result, 0);
        QJsonObject json;
        CLI_PARSE_JSON(result, json);
        const QJsonObject report = json.value("report").toObject();
        for (const char* key :
             {"from", "to", "sessions", "cancelled", "no_shows", "referred", "hours",
              "by_therapist", "by_room", "by_service", "outcomes", "revenue"})
            QVERIFY2(report.contains(key), key);
        QCOMPARE(report["from"].toString(), QStringLiteral("2026-11-01"));
        QCOMPARE(report["to"].toString(), QStringLiteral("2026-11-30"));
        const int sessions = report["sessions"].toInt();
        QVERIFY(sessions > 0);
        QCOMPARE(sessions, countInNovember("'booked', 'arrived', 'in_session', 'completed'"));
        QCOMPARE(report["cancelled"].toInt(), countInNovember("'cancelled'"));
        // Late ones (by the centre's setting) are some of those.
        QVERIFY(report.contains("late_cancelled"));
        QVERIFY(report["late_cancelled"].toInt() >= 0);
        QVERIFY(report["late_cancelled"].toInt() <= report["cancelled"].toInt());
        QCOMPARE(report["no_shows"].toInt(), countInNovember("'no_show'"));
        QCOMPARE(report["referred"].toInt(), countInNovember("'referred'"));
        for (const char* table : {"by_therapist", "by_room", "by_service"}) {
            int sum = 0;
            for (const QJsonValue& line : report[table].toArray())
                sum += line["sessions"].toInt();
            QCOMPARE(sum, sessions);
        }
        QCOMPARE(report["outcomes"].toObject().keys(),
                 QStringList({"adapt", "needs_clearance", "note", "proceed", "stop_refer"}));
        QVERIFY(report["revenue"].toInteger() > 0);
        // The added fields add up to the issue's: weeks and busy hours to the sessions, the
        // reasons to the cancellations and no-shows.
        int weeks = 0, busy = 0, reasons = 0;
        for (const QJsonValue& week : report["weeks"].toArray())
            weeks += week["sessions"].toInt();
        QCOMPARE(report["busy_hours"].toArray().size(), 7);
        for (const QJsonValue& day : report["busy_hours"].toArray()) {
            QCOMPARE(day.toArray().size(), 24);
            for (const QJsonValue& cell : day.toArray())
                busy += cell.toInt();
        }
        for (const QJsonValue& reason : report["reasons"].toArray())
            reasons += reason["count"].toInt();
        QCOMPARE(weeks, sessions);
        QCOMPARE(busy, sessions);
        QCOMPARE(reasons, report["cancelled"].toInt() + report["no_shows"].toInt());
        const int all = sessions + report["cancelled"].toInt() + report["no_shows"].toInt() +
                        report["referred"].toInt();
        QCOMPARE(report["cancellation_rate"].toDouble(), double(report["cancelled"].toInt()) / all);
    }

    void readableTable()
    {
        m_cli.signInAs(QStringLiteral("manager"));
        const CliResult result =
            m_cli.run({"report", "--from", "2026-11-01", "--to", "2026-11-30"});
        CLI_EXPECT_EXIT(result, 0);
        QVERIFY2(result.outText().contains("Sessions: "), qPrintable(result.describe()));
        QVERIFY(result.outText().contains("Check-in outcomes"));
    }

    void receptionRefused()
    {
        m_cli.signInAs(QStringLiteral("reception"));
        const CliResult result =
            m_cli.run({"--json", "report", "--from", "2026-11-01", "--to", "2026-11-30"});
        CLI_EXPECT_EXIT(result, 1);
        QJsonObject json;
        CLI_PARSE_JSON(result, json);
        QVERIFY(json.contains("error"));
        QVERIFY(!json.contains("report"));
    }

    void helpShowsTheCommand()
    {
        const CliResult help = m_cli.runRaw({"--help"});
        CLI_EXPECT_EXIT(help, 0);
        QVERIFY(help.outText().contains("report --from DATE --to DATE"));
        const CliResult own = m_cli.runRaw({"report", "--help"});
        CLI_EXPECT_EXIT(own, 0);
        QVERIFY(own.outText().contains("Managers only"));
    }

    void badPeriods_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no date") << QStringList{"2026-11-31"};
        QTest::addRow("impossible date")
            << QStringList{"--from", "2026-02-30", "--to", "2026-03-01"};
        QTest::addRow("words") << QStringList{"--from", "monday", "--to", "2026-03-01"};
        QTest::addRow("reversed") << QStringList{"--from", "2026-11-30", "--to", "2026-11-01"};
        QTest::addRow("missing --to") << QStringList{"--from", "2026-11-01"};
    }

    void badPeriods()
    {
        QFETCH(QStringList, arguments);
        m_cli.signInAs(QStringLiteral("manager"));
        const CliResult result = m_cli.run(QStringList{"report"} + arguments);
        CLI_EXPECT_EXIT(result, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY(!result.errText().trimmed().isEmpty());
        QVERIFY(!result.errText().contains("SQL", Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
