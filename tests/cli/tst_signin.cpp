#include "SignedInCli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Sign-in and roles through the real massage-desk-cli: once a database has users, commands need
// --user and the password, and the role decides what each may do (DESIGN 2.5).
class TestSignIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Run = SignedInRun;

    Run cli(const QStringList& args, const QString& password = {}, const QString& newPassword = {})
    {
        return runSignedIn(m_dir.filePath(QStringLiteral("home")), db(), args, password,
                           newPassword);
    }

    QString db() const { return m_dir.filePath(QStringLiteral("centre.sqlite")); }

    int auditRows(const QString& kind)
    {
        int rows = -1;
        {
            QSqlDatabase sql =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            sql.setDatabaseName(db());
            if (sql.open()) {
                QSqlQuery q(sql);
                if (q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = '%1'")
                               .arg(kind)) &&
                    q.next())
                    rows = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return rows;
    }

    // The demo centre's accounts: manager, reception and marta (therapist 1) among them, every
    // one with the password "demo"; nuria is a receptionist the manager adds.
    const QString demo = QStringLiteral("demo");
    const QString nuria = QStringLiteral("Desk at nine 9");

    Run cliOn(const QString& database, const QStringList& args, const QString& password = {},
              const QString& newPassword = {})
    {
        return runSignedIn(m_dir.filePath(QStringLiteral("home")), database, args, password,
                           newPassword);
    }

    QList<qint64> ids(const QString& sql)
    {
        QList<qint64> found;
        {
            QSqlDatabase peek =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ids"));
            peek.setDatabaseName(db());
            if (peek.open()) {
                QSqlQuery q(peek);
                if (q.exec(sql)) {
                    while (q.next())
                        found << q.value(0).toLongLong();
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ids"));
        return found;
    }

    QString allNoAnswers()
    {
        const QString answers = m_dir.filePath(QStringLiteral("answers.json"));
        QFile file(answers);
        if (file.open(QIODevice::WriteOnly))
            file.write(R"({"answers": {"one_leg_symptoms": false, "pregnant": false,
            "varicose_veins": false, "recent_injury": false, "intense_pain": false,
            "skin_problems": false, "medical_diagnosis": false, "recurring_heaviness": false,
            "regular_exercise": false}})");
        return answers;
    }

    // Today's booked leg massages (the centre's day of the fixed clock, 2026-11-25) whose client
    // may be checked in, narrowed by `where`.
    QList<qint64> checkinCandidates(const QString& where, int count)
    {
        return ids(
            QStringLiteral(
                "SELECT b.id FROM bookings b JOIN services s ON s.id = b.service_id JOIN clients c "
                "ON c.id = b.client_id WHERE b.status = 'booked' AND s.code = 'leg' AND "
                "c.consent_version IS NOT NULL AND c.consent_withdrawn_at IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM checkins k WHERE k.booking_id = b.id) AND b.starts_at >= "
                "CAST(strftime('%s', '2026-11-24 23:00:00') AS INTEGER) AND b.starts_at < "
                "CAST(strftime('%s', '2026-11-25 23:00:00') AS INTEGER) AND %1 ORDER BY "
                "b.starts_at LIMIT %2")
                .arg(where)
                .arg(count));
    }

    QString passwordOf(const QString& user) const
    {
        return user == QLatin1String("nuria") ? nuria : demo;
    }

private slots:
    void initTestCase()
    {
        // demo makes the accounts and says so (DESIGN 4); from then on commands need one.
        const Run made = cli({QStringLiteral("demo")});
        QCOMPARE(made.code, 0);
        QVERIFY2(made.out.contains(QStringLiteral("manager, reception, marta, jordi, laia, pau")),
                 qPrintable(made.out));
        QVERIFY(made.out.contains(QStringLiteral("\"demo\"")));
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("manager"), QStringLiteral("users"),
                      QStringLiteral("add"), QStringLiteral("nuria"), QStringLiteral("--role"),
                      QStringLiteral("receptionist")},
                     demo, nuria)
                     .code,
                 0);
    }

    void demoListsItsAccountsInJson()
    {
        const QString other = m_dir.filePath(QStringLiteral("other-demo.sqlite"));
        const Run r = cliOn(other, {QStringLiteral("--json"), QStringLiteral("demo"),
                                    QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("password")).toString(), demo);
        const QJsonArray users = summary.value(QStringLiteral("users")).toArray();
        QStringList names;
        for (const QJsonValue& u : users)
            names << u.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names, QStringList({QStringLiteral("manager"), QStringLiteral("reception"),
                                     QStringLiteral("marta"), QStringLiteral("jordi"),
                                     QStringLiteral("laia"), QStringLiteral("pau")}));
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("manager"));
        QCOMPARE(users.at(1).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("receptionist"));
        QCOMPARE(users.at(2).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("therapist"));
        QCOMPARE(users.at(2).toObject().value(QStringLiteral("therapist")).toInt(), 1);
        // Every account signs in with the password, and can do what its role allows only.
        for (const QString& name : std::as_const(names)) {
            const Run in = cliOn(other,
                                 {QStringLiteral("--user"), name, QStringLiteral("bookings"),
                                  QStringLiteral("list")},
                                 demo);
            QVERIFY2(in.code == 0, qPrintable(name + QStringLiteral(": ") + in.err));
        }
        QCOMPARE(cliOn(other,
                       {QStringLiteral("--user"), QStringLiteral("marta"), QStringLiteral("users"),
                        QStringLiteral("list")},
                       demo)
                     .code,
                 1);
    }

    // Before any account exists nobody signs in, and --user says so instead of taking any
    // password (issue 15).
    void aCentreWithoutAccountsRefusesUser()
    {
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        const QString anna = QStringLiteral("Blue sea 2026!");
        QCOMPARE(cliOn(fresh, {QStringLiteral("init")}).code, 0);
        QCOMPARE(cliOn(fresh, {QStringLiteral("bookings"), QStringLiteral("list")}).code, 0);
        for (const QStringList& command :
             {QStringList{QStringLiteral("bookings"), QStringLiteral("list")},
              QStringList{QStringLiteral("services"), QStringLiteral("list")},
              QStringList{QStringLiteral("--json"), QStringLiteral("check")}}) {
            const Run r = cliOn(
                fresh, QStringList{QStringLiteral("--user"), QStringLiteral("anna")} + command,
                QStringLiteral("anything at all"));
            QVERIFY2(r.code == 1, qPrintable(command.join(QLatin1Char(' '))));
            QVERIFY2(r.err.contains(QStringLiteral("no user accounts yet")), qPrintable(r.err));
        }
        const Run json =
            cliOn(fresh,
                  {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("anna"),
                   QStringLiteral("bookings"), QStringLiteral("list")},
                  anna);
        QCOMPARE(json.code, 1);
        QVERIFY(QJsonDocument::fromJson(json.out.toUtf8())
                    .object()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("no user accounts yet")));
        QCOMPARE(
            cliOn(fresh,
                  {QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("anna")},
                  QStringLiteral("short"))
                .code,
            1);
        QCOMPARE(
            cliOn(fresh,
                  {QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("anna")},
                  anna)
                .code,
            0);
        QCOMPARE(cliOn(fresh,
                       {QStringLiteral("--user"), QStringLiteral("anna"),
                        QStringLiteral("bookings"), QStringLiteral("list")},
                       anna)
                     .code,
                 0);
    }

    void catalogueCommandsNeedNoSignIn()
    {
        QCOMPARE(cli({QStringLiteral("services"), QStringLiteral("list")}).code, 0);
        QCOMPARE(cli({QStringLiteral("therapists"), QStringLiteral("list")}).code, 0);
    }

    void otherCommandsNeedAUserAndTheRightPassword()
    {
        Run r = cli({QStringLiteral("bookings"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("--user")));
        const int failedBefore = auditRows(QStringLiteral("user.signin_failed"));
        r = cli({QStringLiteral("--user"), QStringLiteral("reception"), QStringLiteral("bookings"),
                 QStringLiteral("list")},
                QStringLiteral("wrong password 1"));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("Wrong user name or password")));
        QCOMPARE(auditRows(QStringLiteral("user.signin_failed")), failedBefore + 1);
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("reception"),
                      QStringLiteral("bookings"), QStringLiteral("list")},
                     demo)
                     .code,
                 0);
    }

    // "Enter check-in answers with the client": every role may (DESIGN 2.5), a therapist for
    // their own sessions.
    void everyRoleEntersACheckin()
    {
        const QList<qint64> others = checkinCandidates(QStringLiteral("b.therapist_id <> 1"), 2);
        const QList<qint64> martas = checkinCandidates(QStringLiteral("b.therapist_id = 1"), 1);
        QCOMPARE(others.size(), 2);
        QCOMPARE(martas.size(), 1);
        const QString answers = allNoAnswers();
        const QStringList who = {QStringLiteral("reception"), QStringLiteral("marta"),
                                 QStringLiteral("manager")};
        const QList<qint64> bookings = {others.at(0), martas.at(0), others.at(1)};
        for (int i = 0; i < 3; ++i) {
            const Run r =
                cli({QStringLiteral("--user"), who.at(i), QStringLiteral("checkin"),
                     QString::number(bookings.at(i)), QStringLiteral("--answers"), answers},
                    demo);
            QVERIFY2(r.code == 0, qPrintable(who.at(i) + QStringLiteral(": ") + r.err));
        }
    }

    // DESIGN 2.5 "own sessions": marta may not enter the check-in of a colleague's session.
    void aTherapistChecksInOnlyTheirOwnSessions()
    {
        const QList<qint64> colleague = checkinCandidates(QStringLiteral("b.therapist_id <> 1"), 1);
        QCOMPARE(colleague.size(), 1);
        const QString answers = allNoAnswers();
        for (const QString& json : {QString(), QStringLiteral("--json")}) {
            QStringList args = {QStringLiteral("--user"),    QStringLiteral("marta"),
                                QStringLiteral("checkin"),   QString::number(colleague.at(0)),
                                QStringLiteral("--answers"), answers};
            if (!json.isEmpty())
                args.prepend(json);
            const Run r = cli(args, demo);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("only for their own sessions")),
                     qPrintable(r.err));
        }
        QCOMPARE(ids(QStringLiteral("SELECT count(*) FROM checkins WHERE booking_id = %1")
                         .arg(colleague.at(0))),
                 QList<qint64>{0});
        QCOMPARE(ids(QStringLiteral("SELECT count(*) FROM bookings WHERE id = %1 AND status = "
                                    "'booked'")
                         .arg(colleague.at(0))),
                 QList<qint64>{1});
    }

    // A receptionist's "checkin show" gives the outcome level and whether sign-off and
    // clearance are recorded; never the answers, reasons or notes, and no audited read.
    void aReceptionistSeesTheOutcomeOnly()
    {
        // A past check-in that needed clearance, and one that went ahead, from the demo.
        const QList<qint64> cleared = ids(QStringLiteral(
            "SELECT booking_id FROM checkins WHERE outcome = 'needs_clearance' AND clearance_at "
            "IS NOT NULL ORDER BY booking_id LIMIT 1"));
        QCOMPARE(cleared.size(), 1);
        const QString booking = QString::number(cleared.at(0));
        const int reads = auditRows(QStringLiteral("checkin.read"));

        Run r = cli({QStringLiteral("--user"), QStringLiteral("reception"),
                     QStringLiteral("checkin"), QStringLiteral("show"), booking},
                    demo);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Outcome: needs clearance")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("sign-off: recorded")) ||
                     r.out.contains(QStringLiteral("sign-off: not recorded yet")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Clearance from a health professional: recorded")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("not the answers")), qPrintable(r.out));
        // What a therapist reads there (questions, reasons, notes) is not in it.
        const Run full = cli({QStringLiteral("--user"), QStringLiteral("marta"),
                              QStringLiteral("checkin"), QStringLiteral("show"), booking},
                             demo);
        QVERIFY2(full.code == 0, qPrintable(full.err));
        const QStringList fullLines = full.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : fullLines) {
            if (line.startsWith(QLatin1String("  ")) || line.startsWith(QLatin1String("For the")) ||
                line.startsWith(QLatin1String("Areas")))
                QVERIFY2(!r.out.contains(line.trimmed()), qPrintable(line));
        }
        QVERIFY(fullLines.size() > 5);

        r = cli({QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("reception"),
                 QStringLiteral("checkin"), QStringLiteral("show"), booking},
                demo);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("needs_clearance"));
        QCOMPARE(shown.value(QStringLiteral("clearance_recorded")), QJsonValue(true));
        QVERIFY(shown.value(QStringLiteral("signed_off")).isBool());
        QCOMPARE(shown.value(QStringLiteral("answers_shown")), QJsonValue(false));
        for (const char* key : {"answers", "reasons", "notes", "avoid_areas",
                                "changed_since_previous", "clearance_advice"})
            QVERIFY2(!shown.contains(QLatin1String(key)), key);
        // The full read as marta was audited once; the receptionist's two were not reads.
        QCOMPARE(auditRows(QStringLiteral("checkin.read")), reads + 1);

        r = cli({QStringLiteral("--user"), QStringLiteral("reception"), QStringLiteral("checkin"),
                 QStringLiteral("show"), QStringLiteral("99999")},
                demo);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no booking 99999")), qPrintable(r.err));
    }

    // A manager narrows the audit log by kind and by the centre's days, as on the page.
    void auditListFiltersByKindAndDate()
    {
        const auto ids = [](const Run& r) {
            QList<qint64> found;
            const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8())
                                           .object()
                                           .value(QStringLiteral("entries"))
                                           .toArray();
            for (const QJsonValue& e : entries)
                found << e.toObject().value(QStringLiteral("id")).toInteger();
            return found;
        };
        const QStringList base = {QStringLiteral("--user"), QStringLiteral("manager"),
                                  QStringLiteral("--json"), QStringLiteral("audit"),
                                  QStringLiteral("list")};
        Run r = cli(base + QStringList{QStringLiteral("--kind"), QStringLiteral("user.add")}, demo);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("user.add")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("user.signin")));
        QCOMPARE(ids(r).size(), 7); // the demo's six accounts and nuria
        r = cli(base + QStringList{QStringLiteral("--kind"), QStringLiteral("user.add"),
                                   QStringLiteral("--from"), QStringLiteral("2026-11-26")},
                demo);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(ids(r).size(), 0); // the accounts were made on the 25th
        r = cli(base + QStringList{QStringLiteral("--from"), QStringLiteral("26/11/2026")}, demo);
        QCOMPARE(r.code, 2);
    }

    void theRoleMatrixHoldsThroughTheCli_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<int>("code");
        const QStringList show = {QStringLiteral("checkin"), QStringLiteral("show"),
                                  QStringLiteral("1")};
        const QStringList audit = {QStringLiteral("audit"), QStringLiteral("verify")};
        const QStringList users = {QStringLiteral("users"), QStringLiteral("list")};
        const QStringList find = {QStringLiteral("clients"), QStringLiteral("find"),
                                  QStringLiteral("a")};
        const auto book = [](const char* start, const char* therapist) {
            return QStringList{QStringLiteral("book"),        QStringLiteral("--client"),
                               QStringLiteral("1"),           QStringLiteral("--service"),
                               QStringLiteral("leg"),         QStringLiteral("--start"),
                               QString::fromLatin1(start),    QStringLiteral("--therapist"),
                               QString::fromLatin1(therapist)};
        };
        const QStringList auditList = {QStringLiteral("audit"), QStringLiteral("list")};
        const QStringList addUser = {QStringLiteral("users"), QStringLiteral("add"),
                                     QStringLiteral("jordi"), QStringLiteral("--role"),
                                     QStringLiteral("manager")};
        const QStringList backup = {QStringLiteral("backup"), QStringLiteral("/tmp/never-here")};
        // Therapist 1 is marta's own record: "any" books her; another therapist is refused
        // before the calendar is even looked at.
        QTest::newRow("receptionist books")
            << QStringLiteral("nuria") << book("2026-12-04 18:15", "any") << 0;
        QTest::newRow("therapist books own")
            << QStringLiteral("marta") << book("2026-12-04 10:15", "any") << 0;
        QTest::newRow("therapist books another's")
            << QStringLiteral("marta") << book("2026-12-04 12:00", "2") << 1;
        QTest::newRow("manager books")
            << QStringLiteral("manager") << book("2026-12-07 16:00", "any") << 0;
        QTest::newRow("receptionist audit list") << QStringLiteral("nuria") << auditList << 1;
        QTest::newRow("therapist audit list") << QStringLiteral("marta") << auditList << 1;
        QTest::newRow("manager audit list") << QStringLiteral("manager") << auditList << 0;
        QTest::newRow("receptionist adds a user") << QStringLiteral("nuria") << addUser << 1;
        QTest::newRow("therapist adds a user") << QStringLiteral("marta") << addUser << 1;
        const auto exportTo = [this](const char* name) {
            return QStringList{QStringLiteral("clients"), QStringLiteral("export"),
                               QStringLiteral("2"), QStringLiteral("--out"),
                               m_dir.filePath(QString::fromLatin1(name))};
        };
        QTest::newRow("receptionist exports a client")
            << QStringLiteral("nuria") << exportTo("nuria.json") << 1;
        QTest::newRow("therapist exports a client")
            << QStringLiteral("marta") << exportTo("marta.json") << 1;
        QTest::newRow("manager exports a client")
            << QStringLiteral("manager") << exportTo("manager.json") << 0;
        const QStringList erase = {QStringLiteral("clients"), QStringLiteral("erase"),
                                   QStringLiteral("3"), QStringLiteral("--yes")};
        QTest::newRow("receptionist erases a client") << QStringLiteral("nuria") << erase << 1;
        QTest::newRow("therapist erases a client") << QStringLiteral("marta") << erase << 1;
        QTest::newRow("receptionist backup") << QStringLiteral("nuria") << backup << 1;
        QTest::newRow("therapist backup") << QStringLiteral("marta") << backup << 1;
        // Booking 1 is in the demo's past with a check-in, so "show" can succeed.
        // A receptionist's show gives the outcome level only (aReceptionistSeesTheOutcomeOnly).
        QTest::newRow("receptionist reads the outcome") << QStringLiteral("nuria") << show << 0;
        QTest::newRow("therapist reads answers") << QStringLiteral("marta") << show << 0;
        QTest::newRow("manager reads answers") << QStringLiteral("manager") << show << 0;
        QTest::newRow("receptionist audit") << QStringLiteral("nuria") << audit << 1;
        QTest::newRow("therapist audit") << QStringLiteral("marta") << audit << 1;
        QTest::newRow("manager audit") << QStringLiteral("manager") << audit << 0;
        QTest::newRow("receptionist users") << QStringLiteral("nuria") << users << 1;
        QTest::newRow("manager users") << QStringLiteral("manager") << users << 0;
        QTest::newRow("receptionist finds clients") << QStringLiteral("nuria") << find << 0;
        QTest::newRow("therapist finds clients") << QStringLiteral("marta") << find << 0;
    }
    void theRoleMatrixHoldsThroughTheCli()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, command);
        QFETCH(int, code);
        const Run r = cli(QStringList{QStringLiteral("--user"), user} + command, passwordOf(user));
        QVERIFY2(r.code == code, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
