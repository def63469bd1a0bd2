#include "CliRunner.h"
#include "PgTestServer.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <map>

// Moving a centre between engines through massage-desk-cli (issue 10 §3): migrate a demo
// centre file to a real server, back it up from there as a portable file, restore that into
// another server database. Each step: every table's rows equal, the audit chain verifies,
// check passes.
class TestCliMigrate : public QObject
{
    Q_OBJECT

private:
    using Counts = std::map<QString, qint64>;

    static QString nameOf(const QString& uri)
    {
        return uri.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
    }
    static QString psqlValue(const QString& uri, const QString& statement)
    {
        QString output;
        if (!PgTestServer::instance().psql(nameOf(uri), statement, &output))
            qWarning("%s: %s", qPrintable(statement), qPrintable(output));
        return output.trimmed();
    }
    // Every data table of a centre file, as its catalogue lists them (the FTS index aside).
    static Counts fileCounts(const QString& path)
    {
        Counts counts;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("counts"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                return counts;
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                       "name NOT LIKE 'sqlite_%' AND name NOT LIKE "
                                       "'client_search%'"));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString& name : std::as_const(names)) {
                QSqlQuery count(db);
                count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name));
                counts[name] = count.next() ? count.value(0).toLongLong() : -1;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("counts"));
        return counts;
    }
    static Counts serverCounts(const QString& uri)
    {
        Counts counts;
        // client_words is the server's search index, as client_search is the file's: each
        // side's triggers fill their own (the restore test below checks it is whole).
        const QString tables =
            psqlValue(uri, QStringLiteral("SELECT string_agg(tablename, ',') FROM pg_tables WHERE "
                                          "schemaname = 'public' AND tablename NOT IN "
                                          "('massage_desk_schema', 'client_words')"));
        for (const QString& name : tables.split(QLatin1Char(','), Qt::SkipEmptyParts))
            counts[name] = psqlValue(uri, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name))
                               .toLongLong();
        return counts;
    }
    // Every run signed in adds a sign-in entry to the audit log: leave that table out where
    // refused runs are compared.
    static Counts withoutAudit(Counts counts)
    {
        counts.erase(QStringLiteral("audit_log"));
        return counts;
    }
    static QString describe(const Counts& counts)
    {
        QStringList parts;
        for (const auto& pair : counts)
            parts << QStringLiteral("%1=%2").arg(pair.first).arg(pair.second);
        return parts.join(QLatin1Char(' '));
    }
    // audit verify and check pass on `database`, signed in as the demo's manager.
    static void verifyCentre(CliRunner& cli, const QString& database)
    {
        const CliResult audit =
            cli.runOn(database, {QStringLiteral("audit"), QStringLiteral("verify")});
        CLI_EXPECT_EXIT(audit, 0);
        QVERIFY2(audit.outText().contains(QLatin1String("intact")), qPrintable(audit.describe()));
        CLI_EXPECT_EXIT(cli.runOn(database, {QStringLiteral("check")}), 0);
    }
    // A small demo centre file with its accounts, signed in as its manager.
    static void makeDemo(CliRunner& cli)
    {
        CLI_EXPECT_EXIT(
            cli.run({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small")}),
            0);
        cli.signInAs(QStringLiteral("manager"));
        // Something from every corner: an erased-looking client, settings, a cancelled booking.
        CLI_EXPECT_EXIT(
            cli.run({QStringLiteral("clients"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Núria Ferrer"), QStringLiteral("--phone"),
                     QStringLiteral("+34 612 345 678"), QStringLiteral("--consent")}),
            0);
    }

private slots:
    void migrateCopiesEveryTableAndIsRefusedTheSecondTime()
    {
        CliRunner cli;
        makeDemo(cli);
        const Counts before = fileCounts(cli.database());
        QVERIFY(before.size() >= 20);
        QVERIFY(before.at(QStringLiteral("bookings")) > 100);
        QVERIFY(before.at(QStringLiteral("audit_log")) > 0);
        QVERIFY(before.at(QStringLiteral("service_revisions")) > 0);
        const QString uri = PgTestServer::instance().createDatabase();

        const CliResult moved = cli.run(
            {QStringLiteral("--json"), QStringLiteral("migrate"), QStringLiteral("--to"), uri});
        CLI_EXPECT_EXIT(moved, 0);
        QJsonObject report;
        CLI_PARSE_JSON(moved, report);
        QCOMPARE(report.value(QLatin1String("audit_chain")).toString(), QStringLiteral("intact"));
        QVERIFY2(moved.errText().contains(QLatin1String("bookings:")),
                 qPrintable(moved.describe()));
        // Compared with the file as it is now: signing in to migrate wrote an audit entry.
        QCOMPARE(describe(serverCounts(uri)), describe(fileCounts(cli.database())));

        // The copy is a working centre: accounts sign in with their passwords, search finds
        // accents without them (the server's own search key), new rows get new ids.
        verifyCentre(cli, uri);
        const CliResult found = cli.runOn(
            uri, {QStringLiteral("clients"), QStringLiteral("find"), QStringLiteral("nuria ferr")});
        CLI_EXPECT_EXIT(found, 0);
        QVERIFY2(found.outText().contains(QStringLiteral("Núria Ferrer")),
                 qPrintable(found.describe()));
        CLI_EXPECT_EXIT(cli.runOn(uri, {QStringLiteral("clients"), QStringLiteral("add"),
                                        QStringLiteral("--name"), QStringLiteral("Pau Zyxwerra")}),
                        0);
        QCOMPARE(psqlValue(uri, QStringLiteral("SELECT max(id) FROM clients")).toLongLong(),
                 before.at(QStringLiteral("clients")) + 1);

        // A second migrate to the same database is refused and changes nothing.
        const Counts once = serverCounts(uri);
        const CliResult again = cli.run({QStringLiteral("migrate"), QStringLiteral("--to"), uri});
        CLI_EXPECT_EXIT(again, 1);
        QVERIFY2(again.errText().contains(QLatin1String("already holds a centre")),
                 qPrintable(again.describe()));
        QCOMPARE(describe(withoutAudit(serverCounts(uri))), describe(withoutAudit(once)));
    }

    void migrateRefusesWhatIsNotAnEmptyCentre()
    {
        CliRunner cli;
        makeDemo(cli);
        // A database that holds other tables: the server's own refusal, nothing created.
        const QString other = PgTestServer::instance().createDatabase();
        QVERIFY(PgTestServer::instance().psql(nameOf(other),
                                              QStringLiteral("CREATE TABLE invoices (id int)")));
        const CliResult refused =
            cli.run({QStringLiteral("migrate"), QStringLiteral("--to"), other});
        CLI_EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.errText().contains(QLatin1String("already holds other tables")),
                 qPrintable(refused.describe()));
        QCOMPARE(psqlValue(other, QStringLiteral("SELECT count(*) FROM pg_tables WHERE "
                                                 "schemaname = 'public'")),
                 QStringLiteral("1"));
        // A rule the server holds and the file did not (a double booking written behind the
        // program's back): refused half-way, and the one transaction leaves nothing behind.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(cli.database());
            QVERIFY(db.open());
            QSqlQuery twice(db);
            QVERIFY(twice.exec(QStringLiteral(
                "INSERT INTO bookings (client_id, service_id, therapist_id, room_id, starts_at, "
                "minutes, cleanup_minutes, ends_at, status, created_at, updated_at) SELECT "
                "client_id, service_id, therapist_id, room_id, starts_at, minutes, "
                "cleanup_minutes, ends_at, 'booked', created_at, updated_at FROM bookings WHERE "
                "status = 'booked' ORDER BY id DESC LIMIT 1")));
            twice.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        const QString empty = PgTestServer::instance().createDatabase();
        const CliResult half = cli.run({QStringLiteral("migrate"), QStringLiteral("--to"), empty});
        CLI_EXPECT_EXIT(half, 1);
        QVERIFY2(half.errText().contains(QLatin1String("two bookings of one therapist or room")),
                 qPrintable(half.describe()));
        QVERIFY2(!half.errText().contains(QLatin1String("23P01")), qPrintable(half.describe()));
        for (const auto& pair : serverCounts(empty))
            QVERIFY2(pair.second == 0, qPrintable(pair.first));
        // Not a server address: a usage error.
        CLI_EXPECT_EXIT(cli.run({QStringLiteral("migrate"), QStringLiteral("--to"),
                                 cli.path(QStringLiteral("y.sqlite"))}),
                        2);
    }

    void serverBackupAndRestoreRoundTrip()
    {
        CliRunner cli;
        makeDemo(cli);
        const QString first = PgTestServer::instance().createDatabase();
        CLI_EXPECT_EXIT(cli.run({QStringLiteral("migrate"), QStringLiteral("--to"), first}), 0);

        // PostgreSQL -> a portable file: a checked centre file of its own.
        const QString file = cli.path(QStringLiteral("portable.sqlite"));
        const CliResult saved = cli.runOn(first, {QStringLiteral("backup"), file});
        CLI_EXPECT_EXIT(saved, 0);
        QCOMPARE(describe(fileCounts(file)), describe(serverCounts(first)));
        verifyCentre(cli, file); // signing in adds to the file's audit log
        const Counts original = fileCounts(file);
        // Never over an existing file.
        const QByteArray bytes = CliRunner::readAll(file);
        CLI_EXPECT_EXIT(cli.runOn(first, {QStringLiteral("backup"), file}), 1);
        QCOMPARE(CliRunner::readAll(file), bytes);

        // The file -> a new server database: the same centre again.
        const QString second = PgTestServer::instance().createDatabase();
        cli.signInAs(QString()); // an empty database has nobody to sign in as
        const CliResult restored = cli.runOn(second, {QStringLiteral("restore"), file});
        CLI_EXPECT_EXIT(restored, 0);
        QCOMPARE(describe(serverCounts(second)), describe(original));
        cli.signInAs(QStringLiteral("manager"));
        verifyCentre(cli, second);

        // Into a centre that holds data: refused; --replace alone only says what it would do.
        CLI_EXPECT_EXIT(
            cli.runOn(second, {QStringLiteral("clients"), QStringLiteral("add"),
                               QStringLiteral("--name"), QStringLiteral("Pau Zyxwerra")}),
            0);
        const Counts changed = serverCounts(second);
        const CliResult refused = cli.runOn(second, {QStringLiteral("restore"), file});
        CLI_EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.errText().contains(QLatin1String("--replace --yes")),
                 qPrintable(refused.describe()));
        const CliResult unconfirmed =
            cli.runOn(second, {QStringLiteral("restore"), file, QStringLiteral("--replace")});
        CLI_EXPECT_EXIT(unconfirmed, 1);
        QVERIFY2(unconfirmed.errText().contains(QLatin1String("cannot be undone")),
                 qPrintable(unconfirmed.describe()));
        QCOMPARE(describe(withoutAudit(serverCounts(second))), describe(withoutAudit(changed)));
        // Confirmed: the backup's centre replaces it, the audit log included.
        const CliResult replaced =
            cli.runOn(second, {QStringLiteral("restore"), file, QStringLiteral("--replace"),
                               QStringLiteral("--yes")});
        CLI_EXPECT_EXIT(replaced, 0);
        QCOMPARE(describe(serverCounts(second)), describe(original));
        verifyCentre(cli, second);
        // The search's words went with the replaced centre and came back with the backup's
        // (client_words, kept by triggers, is in no copy).
        const CliResult gone = cli.runOn(second, {QStringLiteral("clients"), QStringLiteral("find"),
                                                  QStringLiteral("zyxwerra")});
        CLI_EXPECT_EXIT(gone, 0);
        QVERIFY2(!gone.outText().contains(QLatin1String("Zyxwerra")), qPrintable(gone.describe()));
        QString words;
        QVERIFY(PgTestServer::instance().psql(
            nameOf(second),
            QStringLiteral("SELECT count(*) = (SELECT count(*) FROM (SELECT c.id, w FROM "
                           "clients c, massage_words(c.full_name, c.email) w WHERE c.erased_at "
                           "IS NULL) e) AND count(*) > 0 FROM client_words"),
            &words));
        QCOMPARE(words.trimmed(), QStringLiteral("t"));
        // The append-only rules are back on after the replacement.
        QVERIFY(!PgTestServer::instance().psql(nameOf(second),
                                               QStringLiteral("DELETE FROM audit_log")));
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_cli_migrate.moc"
