// massage-desk-cli clients export-csv and bookings export-csv end to end: what leaves the
// program (never notes, answers or reasons; formula cells neutralised), to stdout or a new file,
// and who may export clients.
#include "CliCentre.h"
#include "core/Csv.h"

#include <QFile>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>
#include <QTimeZone>

namespace {

QList<QStringList> rowsOf(const QByteArray& bytes)
{
    QList<QStringList> rows;
    for (const Csv::Record& r : Csv::read(bytes).records)
        rows.append(r.cells);
    return rows;
}

} // namespace

class TestCliCsv : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void clientsExportHasEveryClientAndNoNotes();
    void clientsExportNeutralisesFormulas();
    void clientsExportIsForManagersAndAudited();
    void bookingsExportHasOutcomeLevelsOnly();
    void exportsNeverOverwriteAFile();
    void exportUsageErrors();
    void roundTripGivesTheSameClients();
    void importDryRunReportsAndStoresNothing();
    void importRefusesAFileWithoutNames();

private:
    std::unique_ptr<CliRunner> m_cli;
    std::unique_ptr<CliCentre> m_centre;
};

namespace {

// What an import could change, apart from the sign-in entries each signed-in run adds: the
// clients, their consents and every other audit entry.
QString importState(const QString& database)
{
    QList<QVariantList> rows;
    const QString problem = CliCentre::sql(
        database,
        {QStringLiteral("SELECT (SELECT COUNT(*) FROM clients) || '/' || "
                        "(SELECT COALESCE(MAX(updated_at), 0) FROM clients) || '/' || "
                        "(SELECT COUNT(*) FROM audit_log WHERE kind NOT LIKE 'user.signin%')")},
        &rows);
    return problem.isEmpty() ? rows.value(0).value(0).toString() : problem;
}

} // namespace

void TestCliCsv::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY(m_cli->isValid());
    m_centre = std::make_unique<CliCentre>(*m_cli);
    QString problem;
    QVERIFY2(m_centre->makeDemo(&problem), qPrintable(problem));
}

void TestCliCsv::cleanup()
{
    m_centre.reset();
    m_cli.reset();
}

void TestCliCsv::clientsExportHasEveryClientAndNoNotes()
{
    QCOMPARE(CliCentre::sql(m_cli->database(),
                            {QStringLiteral("UPDATE clients SET notes = 'NOTESECRET knee' "
                                            "WHERE id IN (1, 2, 3)")}),
             QString());
    const CliResult r = m_centre->run({QStringLiteral("clients"), QStringLiteral("export-csv")});
    CLI_EXPECT_EXIT(r, 0);
    QVERIFY(!r.out.startsWith("\xEF\xBB\xBF")); // no BOM on stdout
    QVERIFY(!r.out.contains("NOTESECRET"));
    const QList<QStringList> rows = rowsOf(r.out);
    QCOMPARE(rows.value(0),
             QStringList({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("phone"),
                          QStringLiteral("email"), QStringLiteral("language"),
                          QStringLiteral("consent_date"), QStringLiteral("created")}));
    QList<QVariantList> clients;
    QCOMPARE(CliCentre::sql(m_cli->database(),
                            {QStringLiteral("SELECT id, full_name, email FROM clients "
                                            "WHERE erased_at IS NULL ORDER BY id")},
                            &clients),
             QString());
    QCOMPARE(rows.size(), clients.size() + 1);
    for (qsizetype i = 0; i < clients.size(); ++i) {
        QCOMPARE(rows.at(i + 1).value(0), clients.at(i).at(0).toString());
        QCOMPARE(rows.at(i + 1).value(1), clients.at(i).at(1).toString());
        QCOMPARE(rows.at(i + 1).value(3), clients.at(i).at(2).toString());
    }
}

void TestCliCsv::clientsExportNeutralisesFormulas()
{
    QCOMPARE(CliCentre::sql(m_cli->database(),
                            {QStringLiteral("UPDATE clients SET full_name = '=HYPERLINK(\"http://"
                                            "evil\",\"x\")' WHERE id = 1"),
                             QStringLiteral("UPDATE clients SET full_name = '@SUM(1+1)' "
                                            "WHERE id = 2"),
                             QStringLiteral("UPDATE clients SET full_name = '-1+2' WHERE id = 3")}),
             QString());
    const QString file = m_cli->path(QStringLiteral("clients.csv"));
    CLI_EXPECT_EXIT(m_centre->run({QStringLiteral("clients"), QStringLiteral("export-csv"),
                                   QStringLiteral("--out"), file}),
                    0);
    const QByteArray bytes = CliRunner::readAll(file);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 with a BOM
    const QList<QStringList> rows = rowsOf(bytes);
    QCOMPARE(rows.value(1).value(1), QStringLiteral("'=HYPERLINK(\"http://evil\",\"x\")"));
    QCOMPARE(rows.value(2).value(1), QStringLiteral("'@SUM(1+1)"));
    QCOMPARE(rows.value(3).value(1), QStringLiteral("'-1+2"));
    for (const QStringList& row : rows) {
        for (const QString& cell : row) {
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)),
                     qPrintable(cell));
        }
    }
}

void TestCliCsv::clientsExportIsForManagersAndAudited()
{
    CliRunner cli;
    // Passwords have at least 10 characters; the demo's "demo" comes back afterwards.
    qputenv("MASSAGE_DESK_PASSWORD", "quiet-harbour-42");
    qputenv("MASSAGE_DESK_NEW_PASSWORD", "quiet-harbour-42");
    const auto restore = qScopeGuard([] {
        qputenv("MASSAGE_DESK_PASSWORD", "demo");
        qunsetenv("MASSAGE_DESK_NEW_PASSWORD");
    });
    CLI_EXPECT_EXIT(
        cli.run({QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("anna")}), 0);
    const QStringList anna = {QStringLiteral("--user"), QStringLiteral("anna")};
    CLI_EXPECT_EXIT(cli.run(anna + QStringList{QStringLiteral("users"), QStringLiteral("add"),
                                               QStringLiteral("rita"), QStringLiteral("--role"),
                                               QStringLiteral("receptionist")}),
                    0);
    CLI_EXPECT_EXIT(
        cli.run(anna + QStringList{QStringLiteral("clients"), QStringLiteral("add"),
                                   QStringLiteral("--name"), QStringLiteral("Clara Puig")}),
        0);
    const CliResult refused = cli.run({QStringLiteral("--user"), QStringLiteral("rita"),
                                       QStringLiteral("clients"), QStringLiteral("export-csv")});
    CLI_EXPECT_EXIT(refused, 1);
    QVERIFY(!refused.out.contains("Clara"));
    const CliResult done =
        cli.run(anna + QStringList{QStringLiteral("clients"), QStringLiteral("export-csv")});
    CLI_EXPECT_EXIT(done, 0);
    QVERIFY(done.out.contains("Clara Puig"));
    QList<QVariantList> audit;
    QCOMPARE(CliCentre::sql(cli.database(),
                            {QStringLiteral("SELECT user_name, detail FROM audit_log "
                                            "WHERE kind = 'clients.export_csv'")},
                            &audit),
             QString());
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).at(0).toString(), QStringLiteral("anna"));
    QVERIFY(!audit.at(0).at(1).toString().contains(QStringLiteral("Clara")));
}

void TestCliCsv::bookingsExportHasOutcomeLevelsOnly()
{
    QList<QVariantList> secrets;
    QCOMPARE(CliCentre::sql(m_cli->database(),
                            {QStringLiteral("SELECT avoid_areas FROM checkins WHERE avoid_areas "
                                            "<> '' UNION SELECT status_reason FROM bookings "
                                            "WHERE status_reason <> ''")},
                            &secrets),
             QString());
    QVERIFY(!secrets.isEmpty());
    const QStringList range = {QStringLiteral("bookings"), QStringLiteral("export-csv"),
                               QStringLiteral("--from"),   QStringLiteral("2026-11-01"),
                               QStringLiteral("--to"),     QStringLiteral("2026-12-31")};
    const CliResult r = m_centre->run(range);
    CLI_EXPECT_EXIT(r, 0);
    for (const QVariantList& s : secrets)
        QVERIFY2(!r.out.contains(s.at(0).toString().toUtf8()), qPrintable(s.at(0).toString()));
    const QList<QStringList> rows = rowsOf(r.out);
    QCOMPARE(rows.value(0).join(QLatin1Char(',')),
             QStringLiteral("id,date,start,end,minutes,service,therapist,room,client_id,client,"
                            "status,checkin_outcome"));
    QList<QVariantList> count;
    CliCentre::sql(
        m_cli->database(),
        {QStringLiteral("SELECT COUNT(*) FROM bookings WHERE starts_at >= %1 AND "
                        "starts_at < %2")
             .arg(QDateTime(QDate(2026, 10, 31), QTime(23, 0), QTimeZone::utc()).toSecsSinceEpoch())
             .arg(QDateTime(QDate(2026, 12, 31), QTime(23, 0), QTimeZone::utc())
                      .toSecsSinceEpoch())},
        &count);
    QCOMPARE(rows.size() - 1, count.value(0).value(0).toInt());
    const QStringList levels = {QString(),
                                QStringLiteral("proceed"),
                                QStringLiteral("note"),
                                QStringLiteral("adapt"),
                                QStringLiteral("needs_clearance"),
                                QStringLiteral("stop_refer")};
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).size(), 12);
        QVERIFY2(levels.contains(rows.at(i).at(11)), qPrintable(rows.at(i).at(11)));
    }
    // One therapist's sessions only.
    const qint64 marta = m_centre->therapistId(QStringLiteral("Marta Vidal"));
    const CliResult mine =
        m_centre->run(range + QStringList{QStringLiteral("--therapist"), QString::number(marta)});
    CLI_EXPECT_EXIT(mine, 0);
    const QList<QStringList> martaRows = rowsOf(mine.out);
    QVERIFY(martaRows.size() > 1 && martaRows.size() < rows.size());
    for (qsizetype i = 1; i < martaRows.size(); ++i)
        QCOMPARE(martaRows.at(i).at(6), QStringLiteral("Marta Vidal"));
}

void TestCliCsv::exportsNeverOverwriteAFile()
{
    const QString file = m_cli->path(QStringLiteral("taken.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    for (const QStringList& args :
         {QStringList{QStringLiteral("clients"), QStringLiteral("export-csv")},
          QStringList{QStringLiteral("bookings"), QStringLiteral("export-csv"),
                      QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                      QStringLiteral("--to"), QStringLiteral("2026-11-30")}}) {
        const CliResult r = m_centre->run(args + QStringList{QStringLiteral("--out"), file});
        CLI_EXPECT_EXIT(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("already exists")), qPrintable(r.describe()));
        QCOMPARE(CliRunner::readAll(file), QByteArray("keep me"));
    }
    const QString fresh = m_cli->path(QStringLiteral("new.csv"));
    const CliResult json =
        m_centre->run({QStringLiteral("--json"), QStringLiteral("clients"),
                       QStringLiteral("export-csv"), QStringLiteral("--out"), fresh});
    CLI_EXPECT_EXIT(json, 0);
    QJsonObject object;
    CLI_PARSE_JSON(json, object);
    QCOMPARE(object.value(QLatin1String("rows")).toInt(),
             rowsOf(CliRunner::readAll(fresh)).size() - 1);
    // A client list is personal data: nobody but its owner may read it.
    QCOMPARE(QFile::permissions(fresh) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
}

void TestCliCsv::exportUsageErrors()
{
    for (const QStringList& args :
         {QStringList{QStringLiteral("bookings"), QStringLiteral("export-csv")},
          QStringList{QStringLiteral("bookings"), QStringLiteral("export-csv"),
                      QStringLiteral("--from"), QStringLiteral("2026-11-01")},
          QStringList{QStringLiteral("--json"), QStringLiteral("clients"),
                      QStringLiteral("export-csv")},
          QStringList{QStringLiteral("clients"), QStringLiteral("export-csv"),
                      QStringLiteral("extra")}}) {
        CLI_EXPECT_EXIT(m_centre->run(args), 2);
    }
}

void TestCliCsv::roundTripGivesTheSameClients()
{
    // Hostile and formula-looking details survive the trip through a spreadsheet file.
    QCOMPARE(CliCentre::sql(m_cli->database(),
                            {QStringLiteral("UPDATE clients SET full_name = '=1+2 \"Quoted\", "
                                            "Name' WHERE id = 1"),
                             QStringLiteral("UPDATE clients SET phone = '+34 600 000 111' "
                                            "WHERE id = 2"),
                             QStringLiteral("UPDATE clients SET full_name = 'Line; semi' "
                                            "WHERE id = 3")}),
             QString());
    const QString file = m_cli->path(QStringLiteral("clients.csv"));
    CLI_EXPECT_EXIT(m_centre->run({QStringLiteral("clients"), QStringLiteral("export-csv"),
                                   QStringLiteral("--out"), file}),
                    0);
    const QString empty = m_cli->path(QStringLiteral("empty.sqlite"));
    CLI_EXPECT_EXIT(m_cli->runOn(empty, {QStringLiteral("init")}), 0);
    const CliResult imported =
        m_cli->runOn(empty, {QStringLiteral("--json"), QStringLiteral("clients"),
                             QStringLiteral("import"), file});
    CLI_EXPECT_EXIT(imported, 0);
    QJsonObject report;
    CLI_PARSE_JSON(imported, report);
    const auto clients = [](const QString& database) {
        QList<QVariantList> rows;
        CliCentre::sql(database,
                       {QStringLiteral("SELECT full_name, phone, email, language, "
                                       "date(consent_at, 'unixepoch') FROM clients "
                                       "WHERE erased_at IS NULL ORDER BY id")},
                       &rows);
        return rows;
    };
    const QList<QVariantList> before = clients(m_cli->database());
    QVERIFY(before.size() > 100);
    QCOMPARE(report.value(QLatin1String("imported")).toInt(), int(before.size()));
    QCOMPARE(report.value(QLatin1String("skipped")).toInt(), 0);
    const QList<QVariantList> after = clients(empty);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        // The consent day is the local day; the stored second may differ, the day may not.
        QCOMPARE(after.at(i).mid(0, 4), before.at(i).mid(0, 4));
        QCOMPARE(after.at(i).at(4).isNull(), before.at(i).at(4).isNull());
    }
    // The second centre exports the same file, apart from the creation day.
    const CliResult again =
        m_cli->runOn(empty, {QStringLiteral("clients"), QStringLiteral("export-csv")});
    CLI_EXPECT_EXIT(again, 0);
    const QList<QStringList> first = rowsOf(CliRunner::readAll(file));
    const QList<QStringList> second = rowsOf(again.out);
    QCOMPARE(second.size(), first.size());
    for (qsizetype i = 0; i < first.size(); ++i)
        QCOMPARE(second.at(i).mid(1, 5), first.at(i).mid(1, 5));
}

void TestCliCsv::importDryRunReportsAndStoresNothing()
{
    const QString file = m_cli->path(QStringLiteral("list.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Nom;Cognoms;M\xf2"
                "bil;Correu electr\xf2"
                "nic\r\n"
                "Berta;Coll;600 123 123;berta@example.com\r\n"
                ";;600 000 000;x@example.com\r\n");
    }
    const QString before = importState(m_cli->database());
    const CliResult dry = m_centre->run(
        {QStringLiteral("clients"), QStringLiteral("import"), file, QStringLiteral("--dry-run")});
    CLI_EXPECT_EXIT(dry, 0);
    const QString text = dry.outText();
    QVERIFY2(text.contains(QStringLiteral("Windows-1252")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("M\u00f2bil -> phone")));
    QVERIFY(text.contains(QStringLiteral("line 2: Berta Coll | 600 123 123 | berta@example.com")));
    QVERIFY(text.contains(QStringLiteral("line 3: skipped: The client needs a name.")));
    QVERIFY(text.contains(QStringLiteral("Imported: 1. Merged: 0. Skipped: 1.")));
    QVERIFY(text.contains(QStringLiteral("Dry run")));
    QCOMPARE(importState(m_cli->database()), before);
    const CliResult real = m_centre->run(
        {QStringLiteral("--json"), QStringLiteral("clients"), QStringLiteral("import"), file});
    CLI_EXPECT_EXIT(real, 0);
    QJsonObject report;
    CLI_PARSE_JSON(real, report);
    QCOMPARE(report.value(QLatin1String("imported")).toInt(), 1);
    QCOMPARE(report.value(QLatin1String("delimiter")).toString(), QStringLiteral(";"));
    QList<QVariantList> found;
    CliCentre::sql(m_cli->database(),
                   {QStringLiteral("SELECT COUNT(*) FROM clients WHERE full_name = 'Berta Coll'")},
                   &found);
    QCOMPARE(found.value(0).value(0).toInt(), 1);
}

void TestCliCsv::importRefusesAFileWithoutNames()
{
    const QString file = m_cli->path(QStringLiteral("phones.csv"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Phone,Email\n600 000 000,a@example.com\n");
    }
    const QString before = importState(m_cli->database());
    const CliResult r = m_centre->run({QStringLiteral("clients"), QStringLiteral("import"), file});
    CLI_EXPECT_EXIT(r, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("--map")), qPrintable(r.describe()));
    CLI_EXPECT_EXIT(m_centre->run({QStringLiteral("clients"), QStringLiteral("import"), file,
                                   QStringLiteral("--map"), QStringLiteral("Email=birthday")}),
                    1);
    CLI_EXPECT_EXIT(m_centre->run({QStringLiteral("clients"), QStringLiteral("import"), file,
                                   QStringLiteral("--duplicates"), QStringLiteral("maybe")}),
                    2);
    CLI_EXPECT_EXIT(m_centre->run({QStringLiteral("clients"), QStringLiteral("import"),
                                   m_cli->path(QStringLiteral("missing.csv"))}),
                    1);
    QCOMPARE(importState(m_cli->database()), before);
}

QTEST_GUILESS_MAIN(TestCliCsv)
#include "tst_cli_csv.moc"
