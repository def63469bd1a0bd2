#include "CliRunner.h"
#include "PgTestServer.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QTest>

// massage-desk-cli on a centre that lives on a PostgreSQL server (issue 10, DESIGN 7): each
// test gets a fresh database on the process's throwaway cluster.
class TestCliServer : public QObject
{
    Q_OBJECT

private:
    QString m_database; // the test's database name (centre_N)
    QString m_uri;

    // The highest migration in the source tree: what init on an empty server reaches.
    static int latestMigration()
    {
        int latest = 0;
        for (const QString& name : QDir(QStringLiteral(MASSAGE_DESK_PG_MIGRATIONS))
                                       .entryList({QStringLiteral("*.sql")}, QDir::Files))
            latest = qMax(latest, name.left(4).toInt());
        return latest;
    }

    bool sql(const QString& statement, QString* output = nullptr)
    {
        QString ignored;
        const bool ok =
            PgTestServer::instance().psql(m_database, statement, output ? output : &ignored);
        if (!ok)
            qWarning("%s: %s", qPrintable(statement), qPrintable(output ? *output : ignored));
        return ok;
    }
    QString value(const QString& statement)
    {
        QString output;
        sql(statement, &output);
        return output;
    }
    QString tables()
    {
        return value(QStringLiteral("SELECT coalesce(string_agg(tablename, ',' ORDER BY "
                                    "tablename), '') FROM pg_tables WHERE schemaname = 'public'"));
    }
    // One therapist and one room for every service, open 09:00-20:00 every day.
    void addStaff()
    {
        QVERIFY(sql(QStringLiteral(
            "INSERT INTO therapists (display_name, created_at) VALUES ('Marta Vidal', "
            "to_timestamp(0)); "
            "INSERT INTO rooms (name, created_at) VALUES ('Sala Mar', to_timestamp(0)); "
            "INSERT INTO therapist_services SELECT t.id, s.id FROM therapists t, services s; "
            "INSERT INTO room_services SELECT r.id, s.id FROM rooms r, services s; "
            "INSERT INTO opening_hours (weekday, opens_minute, closes_minute) "
            "  SELECT d, 540, 1200 FROM generate_series(1, 7) d; "
            "INSERT INTO therapist_shifts (therapist_id, weekday, start_minute, end_minute) "
            "  SELECT t.id, d, 540, 1200 FROM therapists t, generate_series(1, 7) d")));
    }
    static qint64 idOf(const CliResult& result)
    {
        QJsonObject object;
        return result.parseJson(&object) ? object.value(QLatin1String("id")).toInteger() : -1;
    }

private slots:
    void init()
    {
        m_uri = PgTestServer::instance().createDatabase();
        m_database = m_uri.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
    }

    void initSetsUpAnEmptyDatabaseAndCheckPasses()
    {
        CliRunner cli;
        qputenv("MASSAGE_DESK_PASSWORD", "correct horse battery");
        const CliResult made =
            cli.runOn(m_uri, {QStringLiteral("--json"), QStringLiteral("init"),
                              QStringLiteral("--manager"), QStringLiteral("boss")});
        CLI_EXPECT_EXIT(made, 0);
        QCOMPARE(value(QStringLiteral("SELECT version FROM massage_desk_schema")),
                 QString::number(latestMigration()));
        // A centre made with its manager is sealed on the server too (issue 13).
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM sealing_wraps")), QStringLiteral("2"));
        QCOMPARE(value(QStringLiteral("SELECT role FROM users WHERE name = 'boss'")),
                 QStringLiteral("manager"));
        QVERIFY(value(QStringLiteral("SELECT count(*) FROM services")).toInt() >= 5);
        // A second init changes nothing and says there is a manager already.
        const CliResult again = cli.runOn(
            m_uri, {QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("other")});
        CLI_EXPECT_EXIT(again, 1);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM users")), QStringLiteral("1"));

        const CliResult checked =
            cli.runOn(m_uri, {QStringLiteral("--user"), QStringLiteral("boss"),
                              QStringLiteral("--json"), QStringLiteral("check")});
        CLI_EXPECT_EXIT(checked, 0);
        QJsonObject report;
        CLI_PARSE_JSON(checked, report);
        QCOMPARE(report.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(report.value(QLatin1String("schema_version")).toInt(), latestMigration());
        QCOMPARE(report.value(QLatin1String("latest_schema_version")).toInt(), latestMigration());
        QCOMPARE(report.value(QLatin1String("overlapping_bookings")).toInt(), 0);
        qunsetenv("MASSAGE_DESK_PASSWORD");
    }

    void initRefusesADatabaseWithOtherTables()
    {
        QVERIFY(sql(QStringLiteral("CREATE TABLE invoices (id integer)")));
        CliRunner cli;
        const CliResult result = cli.runOn(m_uri, {QStringLiteral("init")});
        CLI_EXPECT_EXIT(result, 1);
        QVERIFY2(result.errText().contains(QLatin1String("already holds other tables")),
                 qPrintable(result.describe()));
        QCOMPARE(tables(), QStringLiteral("invoices"));
    }

    void initRefusesANewerCentre()
    {
        CliRunner cli;
        CLI_EXPECT_EXIT(cli.runOn(m_uri, {QStringLiteral("init")}), 0);
        QVERIFY(sql(QStringLiteral("UPDATE massage_desk_schema SET version = 99")));
        const QString before = tables();
        for (const char* command : {"init", "check"}) {
            const CliResult result = cli.runOn(m_uri, {QString::fromLatin1(command)});
            CLI_EXPECT_EXIT(result, 1);
            QVERIFY2(result.errText().contains(QLatin1String("newer version of Massage Desk")),
                     qPrintable(result.describe()));
        }
        QCOMPARE(value(QStringLiteral("SELECT version FROM massage_desk_schema")),
                 QStringLiteral("99"));
        QCOMPARE(tables(), before);
    }

    void initRefusesADatabaseThatIsNotOurs()
    {
        QVERIFY(sql(QStringLiteral("CREATE TABLE massage_desk_schema (application_id integer, "
                                   "version integer); INSERT INTO massage_desk_schema VALUES "
                                   "(1234, 1)")));
        CliRunner cli;
        const CliResult result = cli.runOn(m_uri, {QStringLiteral("init")});
        CLI_EXPECT_EXIT(result, 1);
        QVERIFY2(result.errText().contains(QLatin1String("belongs to another program")),
                 qPrintable(result.describe()));
        QCOMPARE(tables(), QStringLiteral("massage_desk_schema"));
    }

    void commandsOnAnEmptyDatabaseAskForInit()
    {
        CliRunner cli;
        const CliResult result = cli.runOn(m_uri, {QStringLiteral("check")});
        CLI_EXPECT_EXIT(result, 1);
        QVERIFY2(result.errText().contains(QLatin1String("holds no centre yet")),
                 qPrintable(result.describe()));
        QCOMPARE(tables(), QString());
    }

    void unreachableServerIsASentence()
    {
        CliRunner cli;
        const CliResult result = cli.runOn(
            QStringLiteral("postgresql://nobody@/nothing?host=%2Fnonexistent&connect_timeout=2"),
            {QStringLiteral("check")});
        CLI_EXPECT_EXIT(result, 1);
        QVERIFY2(result.errText().contains(QLatin1String("Cannot reach the server")),
                 qPrintable(result.describe()));
    }

    void thePasswordNeverReachesOutputOrLogs()
    {
        CliRunner cli;
        // The cluster trusts local connections, so any password is accepted and ignored.
        QString uri = m_uri;
        uri.replace(QStringLiteral("@/"), QStringLiteral(":s3cr3t-pw@/"));
        const CliResult made = cli.runOn(uri, {QStringLiteral("--json"), QStringLiteral("init")});
        CLI_EXPECT_EXIT(made, 0);
        const CliResult checked = cli.runOn(uri, {QStringLiteral("check")});
        CLI_EXPECT_EXIT(checked, 0);
        QVERIFY2(!made.out.contains("s3cr3t") && !checked.out.contains("s3cr3t") &&
                     !made.err.contains("s3cr3t") && !checked.err.contains("s3cr3t"),
                 qPrintable(made.describe() + checked.describe()));
        QDirIterator files(cli.root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int logs = 0;
        while (files.hasNext()) {
            const QString file = files.next();
            ++logs;
            QVERIFY2(!CliRunner::readAll(file).contains("s3cr3t"), qPrintable(file));
        }
        QVERIFY(logs > 0);
    }

    // check compares the client search with the clients; clients reindex mends what it found.
    void checkFindsTheSearchOutOfStepAndReindexMendsIt()
    {
        CliRunner cli;
        CLI_EXPECT_EXIT(cli.runOn(m_uri, {QStringLiteral("init")}), 0);
        const CliResult added = cli.runOn(
            m_uri, {QStringLiteral("--json"), QStringLiteral("clients"), QStringLiteral("add"),
                    QStringLiteral("--name"), QStringLiteral("Vorla Albà")});
        CLI_EXPECT_EXIT(added, 0);
        const qint64 id = idOf(added);
        QVERIFY(id > 0);
        // Another client the same letters find, so the server's words still answer when hers
        // are lost (with none at all it would look in the clients table instead).
        CLI_EXPECT_EXIT(
            cli.runOn(m_uri, {QStringLiteral("clients"), QStringLiteral("add"),
                              QStringLiteral("--name"), QStringLiteral("Vorlanda Puig")}),
            0);
        const auto found = [&](const QString& typed) {
            const CliResult result =
                cli.runOn(m_uri, {QStringLiteral("clients"), QStringLiteral("find"), typed});
            return result.exitCode == 0 && result.outText().contains(u"Vorla Albà");
        };
        const auto checked = [&](QJsonObject* report) {
            const CliResult result =
                cli.runOn(m_uri, {QStringLiteral("--json"), QStringLiteral("check")});
            return result.parseJson(report) ? result.exitCode : -1;
        };
        QJsonObject report;
        QCOMPARE(checked(&report), 0);
        QCOMPARE(report.value(QLatin1String("search_out_of_step")).toInteger(-1), 0);
        QVERIFY(found(QStringLiteral("vo")) && found(QStringLiteral("vorla")));

        QVERIFY(sql(QStringLiteral("DELETE FROM client_words WHERE client_id = %1").arg(id)));
        QVERIFY(!found(QStringLiteral("vo")) && !found(QStringLiteral("vorla")));
        QCOMPARE(checked(&report), 1);
        QCOMPARE(report.value(QLatin1String("ok")).toBool(true), false);
        QCOMPARE(report.value(QLatin1String("search_out_of_step")).toInteger(-1), 1);
        const CliResult said = cli.runOn(m_uri, {QStringLiteral("check")});
        CLI_EXPECT_EXIT(said, 1);
        QVERIFY2(said.outText().contains(QLatin1String("Client search: 1 client found wrongly")) &&
                     said.outText().contains(QLatin1String("clients reindex")),
                 qPrintable(said.describe()));

        const CliResult mended =
            cli.runOn(m_uri, {QStringLiteral("clients"), QStringLiteral("reindex")});
        CLI_EXPECT_EXIT(mended, 0);
        QVERIFY2(mended.outText().contains(QLatin1String("2 clients can be found")),
                 qPrintable(mended.describe()));
        QVERIFY(found(QStringLiteral("vo")) && found(QStringLiteral("vorla")));
        QCOMPARE(checked(&report), 0);
        QCOMPARE(report.value(QLatin1String("search_out_of_step")).toInteger(-1), 0);
        QCOMPARE(value(QStringLiteral("SELECT kind || ' ' || detail FROM audit_log ORDER BY id "
                                      "DESC LIMIT 1")),
                 QStringLiteral("search.rebuild clients 2"));
    }

    void bookAndListOnTheServer()
    {
        CliRunner cli;
        CLI_EXPECT_EXIT(cli.runOn(m_uri, {QStringLiteral("init")}), 0);
        addStaff();
        const QString therapist = value(QStringLiteral("SELECT id FROM therapists"));
        const QString room = value(QStringLiteral("SELECT id FROM rooms"));
        const CliResult client = cli.runOn(
            m_uri, {QStringLiteral("--json"), QStringLiteral("clients"), QStringLiteral("add"),
                    QStringLiteral("--name"), QStringLiteral("Núria Puig")});
        CLI_EXPECT_EXIT(client, 0);
        const qint64 clientId = idOf(client);
        QVERIFY(clientId > 0);
        const QStringList book = {QStringLiteral("--json"),      QStringLiteral("book"),
                                  QStringLiteral("--client"),    QString::number(clientId),
                                  QStringLiteral("--service"),   QStringLiteral("leg"),
                                  QStringLiteral("--start"),     QStringLiteral("2026-12-16 10:00"),
                                  QStringLiteral("--therapist"), therapist,
                                  QStringLiteral("--room"),      room};
        const CliResult booked = cli.runOn(m_uri, book);
        CLI_EXPECT_EXIT(booked, 0);
        const qint64 bookingId = idOf(booked);
        QVERIFY(bookingId > 0);
        // The same time again for another client: the scheduler's sentence, never the server's
        // SQLSTATE.
        const CliResult other = cli.runOn(
            m_uri, {QStringLiteral("--json"), QStringLiteral("clients"), QStringLiteral("add"),
                    QStringLiteral("--name"), QStringLiteral("Pere Soler")});
        CLI_EXPECT_EXIT(other, 0);
        QStringList plain = book;
        plain.removeFirst();
        plain[plain.indexOf(QString::number(clientId))] = QString::number(idOf(other));
        const CliResult twice = cli.runOn(m_uri, plain);
        CLI_EXPECT_EXIT(twice, 1);
        QVERIFY2(twice.errText().contains(QLatin1String("Marta Vidal is busy 10:00")),
                 qPrintable(twice.describe()));
        QVERIFY(!twice.errText().contains(QLatin1String("23P01")));

        const CliResult listed = cli.runOn(
            m_uri, {QStringLiteral("--json"), QStringLiteral("bookings"), QStringLiteral("list"),
                    QStringLiteral("--from"), QStringLiteral("2026-12-16")});
        CLI_EXPECT_EXIT(listed, 0);
        QJsonObject list;
        CLI_PARSE_JSON(listed, list);
        const QJsonArray bookings = list.value(QLatin1String("bookings")).toArray();
        QCOMPARE(bookings.size(), 1);
        const QJsonObject one = bookings.at(0).toObject();
        QCOMPARE(one.value(QLatin1String("id")).toInteger(), bookingId);
        QCOMPARE(one.value(QLatin1String("start")).toString(), QStringLiteral("2026-12-16 10:00"));
        QCOMPARE(one.value(QLatin1String("therapist_name")).toString(),
                 QStringLiteral("Marta Vidal"));
        QCOMPARE(one.value(QLatin1String("client_name")).toString(), QStringLiteral("Núria Puig"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM bookings")), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
