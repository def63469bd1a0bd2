#include "DemoFixture.h"
#include "TestCli.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

// The red flag through the real program (DESIGN 2.2): answers that give a key twice, a
// stop-and-refer that follows the client to a later booking, and check-ins on another day.

namespace {

// One value read (or one change made) behind the program's back; -1 when nothing came back.
qint64 sqlValue(const QString& path, const QString& sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("checkin-safety"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("checkin-safety"));
    return value;
}

// The demo's first still-booked session of a service starting on 2026-11-25 at the centre
// (Madrid, UTC+1), after the runner's "now".
qint64 bookedToday(const QString& path, const QString& service, const QString& notClientOf = {})
{
    return sqlValue(path,
                    QStringLiteral("SELECT b.id FROM bookings b JOIN services s ON s.id = "
                                   "b.service_id WHERE s.code = '%1' AND b.status = "
                                   "'booked' AND b.starts_at >= strftime('%s', "
                                   "'2026-11-25T07:00:00') AND b.starts_at < "
                                   "strftime('%s', '2026-11-25T23:00:00') AND b.client_id "
                                   "NOT IN (SELECT client_id FROM bookings WHERE id IN "
                                   "(%2)) ORDER BY b.starts_at LIMIT 1")
                        .arg(service, notClientOf.isEmpty() ? QStringLiteral("0") : notClientOf));
}

// Every applicable question of the foot massage answered "no" (nothing triggers), with
// `extra` spliced in as raw JSON text after them.
QByteArray footAnswers(const QByteArray& extra = {})
{
    return "{\"answers\": {\"one_leg_symptoms\": false, \"pregnant\": false, "
           "\"varicose_veins\": false, \"recent_injury\": false, \"intense_pain\": false, "
           "\"skin_problems\": false, \"medical_diagnosis\": false" +
           extra + "}}";
}

} // namespace

#define CLI_CHECKIN_FILE(object, code, booking, bytes)                                             \
    QVERIFY(writeFile(m_cli->path(QStringLiteral("a%1.json").arg(booking)), bytes));               \
    CLI_JSON(object, code, QStringLiteral("checkin"), QString::number(booking),                    \
             QStringLiteral("--answers"), m_cli->path(QStringLiteral("a%1.json").arg(booking)))

void TestCli::checkinRefusesAKeyGivenTwice()
{
    m_cli->setNow(QStringLiteral("2026-11-25T06:00:00Z"));
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("demo"), QStringLiteral("--seed"),
                                QStringLiteral("5"), QStringLiteral("--unsealed")}),
                    0);
    QVERIFY(withoutDemoAccounts(m_cli->database()));
    const qint64 id = bookedToday(m_cli->database(), QStringLiteral("foot"));
    QVERIFY(id > 0);
    const QByteArray bytes = CliRunner::readAll(m_cli->database());
    // The red flag first, "false" later: QJsonDocument alone would keep the "false".
    const QByteArray twice = "{\"answers\": {\"one_leg_symptoms\": true, \"pregnant\": false, "
                             "\"varicose_veins\": false, \"recent_injury\": false, "
                             "\"intense_pain\": false, \"skin_problems\": false, "
                             "\"medical_diagnosis\": false, \"one_leg_symptom\\u0073\": false}}";
    QByteArray twoObjects = footAnswers();
    twoObjects.insert(1, "\"answers\": {\"one_leg_symptoms\": true}, ");
    for (const QByteArray& content : {twice, twoObjects}) {
        QVERIFY(writeFile(m_cli->path(QStringLiteral("twice.json")), content));
        const CliResult human =
            m_cli->run({QStringLiteral("checkin"), QString::number(id), QStringLiteral("--answers"),
                        m_cli->path(QStringLiteral("twice.json"))});
        CLI_EXPECT_EXIT(human, 1);
        QVERIFY2(human.errText().contains(QStringLiteral("more than once")) &&
                     (human.errText().contains(QStringLiteral("\"answers.one_leg_symptoms\"")) ||
                      human.errText().contains(QStringLiteral("\"answers\""))),
                 qPrintable(human.describe()));
        QVERIFY2(CliRunner::readAll(m_cli->database()) == bytes,
                 "a refused check-in changed the file");
    }
}

void TestCli::checkinReferralFollowsTheClient()
{
    m_cli->setNow(QStringLiteral("2026-11-25T06:00:00Z"));
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("demo"), QStringLiteral("--seed"),
                                QStringLiteral("5"), QStringLiteral("--unsealed")}),
                    0);
    QVERIFY(withoutDemoAccounts(m_cli->database()));
    const QString db = m_cli->database();
    const qint64 referral = bookedToday(db, QStringLiteral("foot"));
    QVERIFY(referral > 0);
    CLI_CHECKIN_FILE(
        stopped, 0, referral,
        footAnswers().replace("\"one_leg_symptoms\": false", "\"one_leg_symptoms\": true"));
    QCOMPARE(stopped.value(QStringLiteral("outcome")).toString(), QStringLiteral("stop_refer"));

    // Another of today's foot sessions becomes the same client's (the 10:45 booking after
    // the 10:00 referral): all "no" still needs clearance, and both outputs say why.
    const qint64 later = bookedToday(db, QStringLiteral("foot"), QString::number(referral));
    QVERIFY(later > 0);
    QCOMPARE(sqlValue(db, QStringLiteral("UPDATE bookings SET client_id = (SELECT client_id FROM "
                                         "bookings WHERE id = %1) WHERE id = %2 RETURNING 1")
                              .arg(referral)
                              .arg(later)),
             1);
    CLI_CHECKIN_FILE(held, 0, later, footAnswers());
    QCOMPARE(held.value(QStringLiteral("outcome")).toString(), QStringLiteral("needs_clearance"));
    QCOMPARE(held.value(QStringLiteral("reasons")).toArray(),
             QJsonArray{QStringLiteral("earlier_referral")});
    const QJsonObject why = held.value(QStringLiteral("referral")).toObject();
    QCOMPARE(why.value(QStringLiteral("booking")).toInteger(), referral);
    QCOMPARE(why.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-25"));
    const CliResult shown =
        m_cli->run({QStringLiteral("checkin"), QStringLiteral("show"), QString::number(later)});
    CLI_EXPECT_EXIT(shown, 0);
    QVERIFY2(shown.outText().contains(QStringLiteral("stopped and referred")) &&
                 shown.outText().contains(QStringLiteral("2026-11-25")) &&
                 shown.outText().contains(QStringLiteral("booking %1").arg(referral)),
             qPrintable(shown.describe()));
}

void TestCli::checkinOnlyOnTheSessionsDay()
{
    m_cli->setNow(QStringLiteral("2026-11-25T06:00:00Z"));
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("demo"), QStringLiteral("--seed"),
                                QStringLiteral("5"), QStringLiteral("--unsealed")}),
                    0);
    QVERIFY(withoutDemoAccounts(m_cli->database()));
    const QString db = m_cli->database();
    const qint64 tomorrow =
        sqlValue(db, QStringLiteral("SELECT b.id FROM bookings b JOIN services s ON s.id = "
                                    "b.service_id WHERE s.code = 'foot' AND b.status = 'booked' "
                                    "AND b.starts_at >= strftime('%s', '2026-11-25T23:00:00') "
                                    "ORDER BY b.starts_at LIMIT 1"));
    QVERIFY(tomorrow > 0);
    const QByteArray bytes = CliRunner::readAll(db);
    CLI_CHECKIN_FILE(refused, 1, tomorrow, footAnswers());
    const QString message = refused.value(QStringLiteral("error")).toString();
    QVERIFY2(message.contains(QStringLiteral("session's day")) &&
                 message.contains(QStringLiteral("2026-11-26")),
             qPrintable(message));
    QVERIFY2(CliRunner::readAll(db) == bytes, "a refused check-in changed the file");
}
