#include "CliRunner.h"
#include "PgTestServer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <atomic>
#include <future>
#include <thread>

// Several desks on one server through the real massage-desk-cli (issue 10): two programs
// booking the same slots at once, and the server killed while a desk books.
class TestCliServerRaces : public QObject
{
    Q_OBJECT

private:
    QString m_uri;
    QString m_database;
    QString m_therapist;
    QString m_room;

    QString value(const QString& statement)
    {
        QString output;
        if (!PgTestServer::instance().psql(m_database, statement, &output))
            qWarning("%s: %s", qPrintable(statement), qPrintable(output));
        return output.trimmed();
    }
    static qint64 idOf(const CliResult& result)
    {
        QJsonObject object;
        return result.parseJson(&object) ? object.value(QLatin1String("id")).toInteger() : -1;
    }
    // A centre with one therapist (Marta Vidal) and one room, open 09:00-20:00 every day.
    void setUpCentre(CliRunner& cli)
    {
        CLI_EXPECT_EXIT(cli.runOn(m_uri, {QStringLiteral("init")}), 0);
        QString output;
        QVERIFY(PgTestServer::instance().psql(
            m_database,
            QStringLiteral(
                "INSERT INTO therapists (display_name, created_at) VALUES ('Marta Vidal', "
                "to_timestamp(0)); "
                "INSERT INTO rooms (name, created_at) VALUES ('Sala Mar', to_timestamp(0)); "
                "INSERT INTO therapist_services SELECT t.id, s.id FROM therapists t, services s; "
                "INSERT INTO room_services SELECT r.id, s.id FROM rooms r, services s; "
                "INSERT INTO opening_hours (weekday, opens_minute, closes_minute) "
                "  SELECT d, 540, 1200 FROM generate_series(1, 7) d; "
                "INSERT INTO therapist_shifts (therapist_id, weekday, start_minute, end_minute) "
                "  SELECT t.id, d, 540, 1200 FROM therapists t, generate_series(1, 7) d"),
            &output));
        m_therapist = value(QStringLiteral("SELECT id FROM therapists"));
        m_room = value(QStringLiteral("SELECT id FROM rooms"));
    }
    qint64 addClient(CliRunner& cli, const QString& name)
    {
        const CliResult made =
            cli.runOn(m_uri, {QStringLiteral("--json"), QStringLiteral("clients"),
                              QStringLiteral("add"), QStringLiteral("--name"), name});
        return made.exitCode == 0 ? idOf(made) : -1;
    }
    // Slot n: ten a day from 09:00, from 2026-12-01 on.
    static QString slot(int n)
    {
        return QDateTime(QDate(2026, 12, 1).addDays(n / 10), QTime(9 + n % 10, 0))
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    CliResult book(const CliRunner& cli, qint64 client, int n) const
    {
        return cli.runOn(m_uri, {QStringLiteral("--json"), QStringLiteral("book"),
                                 QStringLiteral("--client"), QString::number(client),
                                 QStringLiteral("--service"), QStringLiteral("leg"),
                                 QStringLiteral("--start"), slot(n), QStringLiteral("--therapist"),
                                 m_therapist, QStringLiteral("--room"), m_room});
    }
    // What a refusal may never show a person: the server's own words.
    static bool showsServerText(const CliResult& result)
    {
        const QString text = result.errText() + result.outText();
        return text.contains(QLatin1String("23P01")) || text.contains(QLatin1String("SQLSTATE")) ||
               text.contains(QLatin1String("constraint")) ||
               text.contains(QLatin1String("bookings_"));
    }
    void checkAndVerify(CliRunner& cli)
    {
        const CliResult checked =
            cli.runOn(m_uri, {QStringLiteral("--json"), QStringLiteral("check")});
        CLI_EXPECT_EXIT(checked, 0);
        QJsonObject report;
        CLI_PARSE_JSON(checked, report);
        QCOMPARE(report.value(QLatin1String("overlapping_bookings")).toInt(), 0);
        const CliResult audit =
            cli.runOn(m_uri, {QStringLiteral("audit"), QStringLiteral("verify")});
        CLI_EXPECT_EXIT(audit, 0);
        QVERIFY2(audit.outText().contains(QLatin1String("intact")), qPrintable(audit.describe()));
    }

private slots:
    void init()
    {
        m_uri = PgTestServer::instance().createDatabase();
        m_database = m_uri.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
    }

    // 200 rounds of two programs booking one slot for two clients at once: exactly one wins,
    // the other reads the scheduler's sentence, and the server never holds a double booking.
    void twoDesksBookTheSameSlot()
    {
        CliRunner cli;
        setUpCentre(cli);
        const qint64 first = addClient(cli, QStringLiteral("Núria Puig"));
        const qint64 second = addClient(cli, QStringLiteral("Pere Soler"));
        QVERIFY(first > 0 && second > 0);
        constexpr int kRounds = 200;
        for (int round = 0; round < kRounds; ++round) {
            auto one = std::async(std::launch::async, [&] { return book(cli, first, round); });
            auto two = std::async(std::launch::async, [&] { return book(cli, second, round); });
            const CliResult a = one.get();
            const CliResult b = two.get();
            QVERIFY2((a.exitCode == 0) != (b.exitCode == 0),
                     qPrintable(a.describe() + b.describe()));
            const CliResult& loser = a.exitCode == 0 ? b : a;
            CLI_EXPECT_EXIT(loser, 1);
            // "Marta Vidal is busy 10:00–10:40 …" or "Sala Mar is taken 10:00–10:40 …"
            const QString said = loser.outText() + loser.errText();
            QVERIFY2(said.contains(QLatin1String(" is busy ")) ||
                         said.contains(QLatin1String(" is taken ")),
                     qPrintable(loser.describe()));
            QVERIFY2(!showsServerText(loser), qPrintable(loser.describe()));
        }
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM bookings")), QString::number(kRounds));
        checkAndVerify(cli);
    }

    // The server killed at random moments while a desk books: after each restart every
    // booking the program reported as saved is there, and nothing is half-written (each
    // booking has its "created" event; the audit chain verifies).
    void acknowledgedBookingsSurviveAnImmediateStop()
    {
        CliRunner cli;
        setUpCentre(cli);
        // As a real server commits: the throwaway cluster defers its commits otherwise.
        QVERIFY(PgTestServer::instance().psql(
            m_database,
            QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = on").arg(m_database)));
        const qint64 client = addClient(cli, QStringLiteral("Núria Puig"));
        QVERIFY(client > 0);
        QList<qint64> acknowledged;
        QStringList shown; // what failed runs told the person, when it was server text
        std::atomic<bool> stop{false};
        QMutex mutex;
        std::thread writer([&] {
            for (int n = 0; !stop && n < 4000; ++n) {
                const CliResult result = book(cli, client, n);
                QMutexLocker lock(&mutex);
                if (result.exitCode == 0)
                    acknowledged << idOf(result);
                else if (showsServerText(result))
                    shown << result.describe();
            }
        });
        struct Join
        {
            std::atomic<bool>& stop;
            std::thread& thread;
            ~Join()
            {
                stop = true;
                thread.join();
            }
        } join{stop, writer};
        // 50 in CI as the issue asks (500 in massage-desk-stress --server-stops).
        constexpr int kCrashes = 50;
        for (int crash = 0; crash < kCrashes; ++crash) {
            QThread::msleep(100 + QRandomGenerator::global()->bounded(400));
            QString output;
            QVERIFY2(PgTestServer::instance().stopImmediately(&output), qPrintable(output));
            QThread::msleep(50);
            QVERIFY2(PgTestServer::instance().startAgain(&output), qPrintable(output));
        }
        QThread::msleep(500); // a few bookings after the last restart
        stop = true;
        writer.join();
        writer = std::thread([] {}); // Join's destructor joins this one
        QVERIFY2(acknowledged.size() > kCrashes, qPrintable(QString::number(acknowledged.size())));
        QVERIFY2(shown.isEmpty(), qPrintable(shown.join(QLatin1Char('\n'))));
        QStringList ids;
        for (qint64 id : std::as_const(acknowledged))
            ids << QString::number(id);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM bookings WHERE id IN (%1)")
                           .arg(ids.join(QLatin1Char(',')))),
                 QString::number(acknowledged.size()));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM bookings b WHERE NOT EXISTS (SELECT 1 "
                                      "FROM booking_events e WHERE e.booking_id = b.id AND e.kind "
                                      "= 'created')")),
                 QStringLiteral("0"));
        checkAndVerify(cli);
    }
};

QTEST_GUILESS_MAIN(TestCliServerRaces)
#include "tst_cli_server_races.moc"
