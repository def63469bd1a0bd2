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

    const QString anna = QStringLiteral("Blue sea 2026!");
    const QString pau = QStringLiteral("Desk at nine 9");
    const QString marta = QStringLiteral("Calf and thigh 7");

private slots:
    void initTestCase()
    {
        QCOMPARE(cli({QStringLiteral("demo")}).code, 0);
        // Before any user exists, nobody signs in.
        QCOMPARE(cli({QStringLiteral("bookings"), QStringLiteral("list")}).code, 0);
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("anna")},
                     QStringLiteral("short"))
                     .code,
                 1);
        QCOMPARE(
            cli({QStringLiteral("init"), QStringLiteral("--manager"), QStringLiteral("anna")}, anna)
                .code,
            0);
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("anna"), QStringLiteral("users"),
                      QStringLiteral("add"), QStringLiteral("pau"), QStringLiteral("--role"),
                      QStringLiteral("receptionist")},
                     anna, pau)
                     .code,
                 0);
        QCOMPARE(
            cli({QStringLiteral("--user"), QStringLiteral("anna"), QStringLiteral("users"),
                 QStringLiteral("add"), QStringLiteral("marta"), QStringLiteral("--role"),
                 QStringLiteral("therapist"), QStringLiteral("--therapist"), QStringLiteral("1")},
                anna, marta)
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
        r = cli({QStringLiteral("--user"), QStringLiteral("pau"), QStringLiteral("bookings"),
                 QStringLiteral("list")},
                QStringLiteral("wrong password 1"));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("Wrong user name or password")));
        QCOMPARE(auditRows(QStringLiteral("user.signin_failed")), failedBefore + 1);
        QCOMPARE(cli({QStringLiteral("--user"), QStringLiteral("pau"), QStringLiteral("bookings"),
                      QStringLiteral("list")},
                     pau)
                     .code,
                 0);
    }

    // "Enter check-in answers with the client": every role may (DESIGN 2.5).
    void everyRoleEntersACheckin()
    {
        QList<qint64> bookings;
        {
            QSqlDatabase sql =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pick"));
            sql.setDatabaseName(db());
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT b.id FROM bookings b JOIN services s ON s.id = b.service_id JOIN clients c "
                "ON c.id = b.client_id WHERE b.status = 'booked' AND s.code = 'leg' AND "
                "c.consent_version IS NOT NULL AND c.consent_withdrawn_at IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM checkins k WHERE k.booking_id = b.id) ORDER BY b.starts_at "
                "LIMIT 3")));
            while (q.next())
                bookings << q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pick"));
        QCOMPARE(bookings.size(), 3);
        const QString answers = m_dir.filePath(QStringLiteral("answers.json"));
        QFile file(answers);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"answers": {"one_leg_symptoms": false, "pregnant": false,
            "varicose_veins": false, "recent_injury": false, "intense_pain": false,
            "skin_problems": false, "medical_diagnosis": false, "recurring_heaviness": false,
            "regular_exercise": false}})");
        file.close();
        const QStringList who = {QStringLiteral("pau"), QStringLiteral("marta"),
                                 QStringLiteral("anna")};
        const QStringList passwords = {pau, marta, anna};
        for (int i = 0; i < 3; ++i) {
            const Run r =
                cli({QStringLiteral("--user"), who.at(i), QStringLiteral("checkin"),
                     QString::number(bookings.at(i)), QStringLiteral("--answers"), answers},
                    passwords.at(i));
            QVERIFY2(r.code == 0, qPrintable(who.at(i) + QStringLiteral(": ") + r.err));
        }
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
        const QStringList base = {QStringLiteral("--user"), QStringLiteral("anna"),
                                  QStringLiteral("--json"), QStringLiteral("audit"),
                                  QStringLiteral("list")};
        Run r = cli(base + QStringList{QStringLiteral("--kind"), QStringLiteral("user.add")}, anna);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("user.add")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("user.signin")));
        QCOMPARE(ids(r).size(), 3); // anna (init), pau and marta
        r = cli(base + QStringList{QStringLiteral("--kind"), QStringLiteral("user.add"),
                                   QStringLiteral("--from"), QStringLiteral("2026-11-26")},
                anna);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(ids(r).size(), 0); // the accounts were made on the 25th
        r = cli(base + QStringList{QStringLiteral("--from"), QStringLiteral("26/11/2026")}, anna);
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
            << QStringLiteral("pau") << book("2026-12-04 18:15", "any") << 0;
        QTest::newRow("therapist books own")
            << QStringLiteral("marta") << book("2026-12-04 10:15", "any") << 0;
        QTest::newRow("therapist books another's")
            << QStringLiteral("marta") << book("2026-12-04 12:00", "2") << 1;
        QTest::newRow("manager books")
            << QStringLiteral("anna") << book("2026-12-07 16:00", "any") << 0;
        QTest::newRow("receptionist audit list") << QStringLiteral("pau") << auditList << 1;
        QTest::newRow("therapist audit list") << QStringLiteral("marta") << auditList << 1;
        QTest::newRow("manager audit list") << QStringLiteral("anna") << auditList << 0;
        QTest::newRow("receptionist adds a user") << QStringLiteral("pau") << addUser << 1;
        QTest::newRow("therapist adds a user") << QStringLiteral("marta") << addUser << 1;
        const auto exportTo = [this](const char* name) {
            return QStringList{QStringLiteral("clients"), QStringLiteral("export"),
                               QStringLiteral("2"), QStringLiteral("--out"),
                               m_dir.filePath(QString::fromLatin1(name))};
        };
        QTest::newRow("receptionist exports a client")
            << QStringLiteral("pau") << exportTo("pau.json") << 1;
        QTest::newRow("therapist exports a client")
            << QStringLiteral("marta") << exportTo("marta.json") << 1;
        QTest::newRow("manager exports a client")
            << QStringLiteral("anna") << exportTo("anna.json") << 0;
        const QStringList erase = {QStringLiteral("clients"), QStringLiteral("erase"),
                                   QStringLiteral("3"), QStringLiteral("--yes")};
        QTest::newRow("receptionist erases a client") << QStringLiteral("pau") << erase << 1;
        QTest::newRow("therapist erases a client") << QStringLiteral("marta") << erase << 1;
        QTest::newRow("receptionist backup") << QStringLiteral("pau") << backup << 1;
        QTest::newRow("therapist backup") << QStringLiteral("marta") << backup << 1;
        // Booking 1 is in the demo's past with a check-in, so "show" can succeed.
        QTest::newRow("receptionist reads answers") << QStringLiteral("pau") << show << 1;
        QTest::newRow("therapist reads answers") << QStringLiteral("marta") << show << 0;
        QTest::newRow("manager reads answers") << QStringLiteral("anna") << show << 0;
        QTest::newRow("receptionist audit") << QStringLiteral("pau") << audit << 1;
        QTest::newRow("therapist audit") << QStringLiteral("marta") << audit << 1;
        QTest::newRow("manager audit") << QStringLiteral("anna") << audit << 0;
        QTest::newRow("receptionist users") << QStringLiteral("pau") << users << 1;
        QTest::newRow("manager users") << QStringLiteral("anna") << users << 0;
        QTest::newRow("receptionist finds clients") << QStringLiteral("pau") << find << 0;
        QTest::newRow("therapist finds clients") << QStringLiteral("marta") << find << 0;
    }
    void theRoleMatrixHoldsThroughTheCli()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, command);
        QFETCH(int, code);
        const QString password = user == QLatin1String("anna")  ? anna
                                 : user == QLatin1String("pau") ? pau
                                                                : marta;
        const Run r = cli(QStringList{QStringLiteral("--user"), user} + command, password);
        QVERIFY2(r.code == code, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
