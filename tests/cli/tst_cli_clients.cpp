#include "DemoFixture.h"
#include "TestCli.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {

const QString kClients = QStringLiteral("clients");
const QString kCheckin = QStringLiteral("checkin");
const QString kShow = QStringLiteral("show");
const QString kAnswers = QStringLiteral("--answers");
const QString kNuria = QStringLiteral("N\u00FAria Puigdom\u00E8nech");

QStringList args(std::initializer_list<const char*> words)
{
    QStringList list;
    for (const char* word : words)
        list << QString::fromUtf8(word);
    return list;
}

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

QStringList reasons(const QJsonObject& object)
{
    return strings(object.value(QLatin1String("reasons")));
}

// Rows of a read-only query on a database the program has closed; a failed query warns and
// gives no rows.
QList<QVariantList> select(const QString& path, const QString& sql, const QVariantList& binds = {})
{
    const QString name = QStringLiteral("tst_cli_clients_sql");
    QList<QVariantList> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (!db.open() || !query.prepare(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(db.lastError().text()));
        for (const QVariant& bind : binds)
            query.addBindValue(bind);
        if (!query.exec())
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i);
            rows << row;
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QVariant selectValue(const QString& path, const QString& sql, const QVariantList& binds = {})
{
    return select(path, sql, binds).value(0).value(0);
}

// The first booked session of a service without a check-in (0 when there is none).
qint64 bookable(const QString& path, const QString& service)
{
    return selectValue(path,
                       QStringLiteral("SELECT b.id FROM bookings b JOIN services s ON s.id = "
                                      "b.service_id WHERE s.code = ? AND b.status = 'booked' AND "
                                      "NOT EXISTS (SELECT 1 FROM checkins k WHERE k.booking_id = "
                                      "b.id) ORDER BY b.starts_at, b.id LIMIT 1"),
                       {service})
        .toLongLong();
}

// Half an hour before the booking starts, as the program's "now": a check-in is taken on the
// session's day (DESIGN 2.2).
QString beforeItStarts(const QString& path, qint64 booking)
{
    return selectValue(path,
                       QStringLiteral("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', starts_at - 1800, "
                                      "'unixepoch') FROM bookings WHERE id = ?"),
                       {booking})
        .toString();
}

QString statusOf(const QString& path, qint64 booking)
{
    return selectValue(path, QStringLiteral("SELECT status FROM bookings WHERE id = ?"), {booking})
        .toString();
}

// The question ids of data/precautions/rules-2026.1.json that apply to a service, in rule order.
QStringList questionsFor(const QString& service)
{
    QStringList ids = args({"one_leg_symptoms", "pregnant"});
    if (service != QLatin1String("sports"))
        ids << QStringLiteral("varicose_veins");
    ids << args({"recent_injury", "intense_pain", "skin_problems", "medical_diagnosis"});
    if (service == QLatin1String("lymphatic"))
        ids << QStringLiteral("lymphatic_assessed");
    if (service == QLatin1String("leg"))
        ids << args({"recurring_heaviness", "regular_exercise"});
    return ids;
}

// Answers that trigger nothing: "no" everywhere but lymphatic_assessed, which triggers on false;
// `yes` lists the questions answered the other way.
QJsonObject answersFor(const QString& service, std::initializer_list<const char*> yes = {})
{
    const QStringList flipped = args(yes);
    QJsonObject answers;
    for (const QString& id : questionsFor(service))
        answers.insert(id, (id == QLatin1String("lymphatic_assessed")) != flipped.contains(id));
    return answers;
}

QByteArray answersJson(const QJsonObject& answers, QJsonObject root = {})
{
    root.insert(QStringLiteral("answers"), answers);
    return QJsonDocument(root).toJson();
}

// The audit log's check-in reads: all of them, or those of one booking.
qint64 auditReads(const QString& path, qint64 booking = 0)
{
    return selectValue(path,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'checkin.read' "
                                      "AND (booking_id = ? OR ? = 0)"),
                       {booking, booking})
        .toLongLong();
}

} // namespace

// The small demo centre early on its "today", so the day's sessions are still booked.
#define CLI_EARLY_DEMO()                                                                           \
    m_cli->setNow(QStringLiteral("2026-11-25T06:00:00Z"));                                         \
    CLI_EXPECT_EXIT(m_cli->run(args({"demo", "--seed", "5", "--unsealed"})), 0);                   \
    QVERIFY(withoutDemoAccounts(m_cli->database()))

// Writes `bytes` into an answers file and runs `--json checkin BOOKING --answers FILE` half an
// hour before the session.
#define CLI_CHECKIN(object, code, booking, bytes)                                                  \
    QVERIFY(writeFile(m_cli->path(QStringLiteral("a%1.json").arg(booking)), bytes));               \
    m_cli->setNow(beforeItStarts(m_cli->database(), booking));                                     \
    CLI_JSON(object, code, kCheckin, QString::number(booking), kAnswers,                           \
             m_cli->path(QStringLiteral("a%1.json").arg(booking)))

// ---------------------------------------------------------------------------------------------
// clients add and find

void TestCli::clientsAddPrintsTheNewClient()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    QVERIFY(withoutDemoAccounts(m_cli->database()));
    CLI_JSON(client, 0,
             args({"clients", "add", "--phone", "612 34 56 78", "--email", "nuria@example.net",
                   "--language", "es", "--name"})
                 << kNuria);
    QCOMPARE(sorted(client.keys()),
             args({"email", "id", "language", "name", "phone", "same_contact_as"}));
    QVERIFY(client.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(text(client, "name"), kNuria);
    QCOMPARE(text(client, "phone"), QStringLiteral("612 34 56 78"));
    QCOMPARE(text(client, "email"), QStringLiteral("nuria@example.net"));
    QCOMPARE(text(client, "language"), QStringLiteral("es"));
    QCOMPARE(client.value(QStringLiteral("same_contact_as")), QJsonValue(QJsonArray()));

    // Only a name is needed; the language defaults to Catalan; 300 characters still fit.
    const QString longest = QStringLiteral("Q").repeated(300);
    const CliResult human =
        m_cli->run({kClients, QStringLiteral("add"), QStringLiteral("--name"), longest});
    CLI_EXPECT_EXIT(human, 0);
    QVERIFY2(human.outText().contains(longest), qPrintable(human.describe()));
    CLI_JSON(found, 0, kClients, QStringLiteral("find"), longest.left(20));
    QCOMPARE(found.value(kClients).toArray().size(), 1);
    QCOMPARE(text(found.value(kClients).toArray().at(0).toObject(), "language"),
             QStringLiteral("ca"));
    // The limit counts characters, as the database does, not UTF-16 units: 300 characters
    // outside the BMP (U+20BB7, which opens a common Japanese surname) fit too.
    const QString outside = QStringLiteral("\U00020BB7").repeated(300);
    CLI_EXPECT_EXIT(
        m_cli->run({kClients, QStringLiteral("add"), QStringLiteral("--name"), outside}), 0);
}

void TestCli::clientsAddNotesTheSameContact()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    CLI_JSON(first, 0,
             args({"clients", "add", "--name", "Marta Vila", "--phone", "612 34 56 78", "--email",
                   "marta@example.net"}));
    const qint64 id = first.value(QStringLiteral("id")).toInteger();
    for (const QStringList& contact :
         {args({"--phone", "612-345-678"}), args({"--email", "MARTA@Example.NET"})}) {
        const CliResult result =
            m_cli->run(args({"--json", "clients", "add", "--name", "Marta Serra"}) + contact);
        CLI_EXPECT_EXIT(result, 0);
        QJsonObject second;
        CLI_PARSE_JSON(result, second);
        QVERIFY(second.value(QStringLiteral("id")).toInteger() != id);
        QCOMPARE(second.value(QStringLiteral("same_contact_as")), QJsonValue(QJsonArray{id}));
        QVERIFY2(result.errText().contains(QString::number(id)), qPrintable(result.describe()));
    }
    CLI_JSON(found, 0, args({"clients", "find", "marta"}));
    QCOMPARE(found.value(kClients).toArray().size(), 3); // all three were added
    // Case does not stop at ASCII: an accented address in capitals is the same address.
    CLI_JSON(
        angels, 0,
        args({"clients", "add", "--name", "\u00C0ngels", "--email", "\u00E0ngels@example.cat"}));
    CLI_JSON(
        again, 0,
        args({"clients", "add", "--name", "\u00C0ngels R", "--email", "\u00C0NGELS@example.cat"}));
    QCOMPARE(again.value(QStringLiteral("same_contact_as")),
             QJsonValue(QJsonArray{angels.value(QStringLiteral("id"))}));
}

void TestCli::clientsAddRefusesBadDetails_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("marker"); // what `clients find` would find had it been added
    const QString zebedeu = QStringLiteral("zebedeu");
    for (const char* name : {"", "   "}) {
        QTest::addRow("name \"%s\"", name)
            << args({"--name", name, "--phone", "699 000 111"}) << QStringLiteral("699000111");
    }
    for (int length : {301, 2000}) {
        QTest::addRow("name of %d characters", length)
            << QStringList{QStringLiteral("--name"), zebedeu.leftJustified(length, u'a')}
            << zebedeu;
    }
    for (const char* email : {"zebedeu@", "zebedeu@example", "zebedeu @example.com", "a@b@c.d"})
        QTest::addRow("email %s", email)
            << args({"--name", "Zebedeu", "--email", email}) << zebedeu;
    for (const char* phone : {"six one two", "612abc345", "12"})
        QTest::addRow("phone %s", phone)
            << args({"--name", "Zebedeu", "--phone", phone}) << zebedeu;
    QTest::newRow("language fr") << args({"--name", "Zebedeu", "--language", "fr"}) << zebedeu;
}

void TestCli::clientsAddRefusesBadDetails()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, marker);
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    const QByteArray bytes = CliRunner::readAll(m_cli->database());
    const CliResult result = m_cli->run(args({"--json", "clients", "add"}) + arguments);
    CLI_EXPECT_EXIT(result, 1);
    QJsonObject error;
    CLI_PARSE_JSON(result, error);
    QCOMPARE(error.keys(), QStringList{QStringLiteral("error")});
    QVERIFY(!result.errText().trimmed().isEmpty());
    QVERIFY2(CliRunner::readAll(m_cli->database()) == bytes, "a refused client changed the file");
    CLI_JSON(found, 0, kClients, QStringLiteral("find"), marker);
    QCOMPARE(found, (QJsonObject{{kClients, QJsonArray()}}));
}

void TestCli::clientsFindIgnoresAccentsAndCapitals()
{
    CLI_EXPECT_EXIT(m_cli->run(args({"demo", "--seed", "5", "--unsealed"})), 0);
    QVERIFY(withoutDemoAccounts(m_cli->database()));
    CLI_JSON(added, 0, args({"clients", "add", "--phone", "+34 612 34 56 78", "--name"}) << kNuria);
    const QJsonValue id = added.value(QStringLiteral("id"));
    for (const char* typed : {"nuria", "PUIGDOMENECH", "Nuri puigdom",
                              "n\u00FAria PUIGDOM\u00C8NECH", "34 56 7", "4567", "612345678"}) {
        CLI_JSON(found, 0, kClients, QStringLiteral("find"), QString::fromUtf8(typed));
        bool seen = false;
        for (const QJsonValue& value : found.value(kClients).toArray()) {
            const QJsonObject client = value.toObject();
            seen = seen || client.value(QStringLiteral("id")) == id;
            for (const char* key : {"id", "name", "phone", "email", "language"})
                QVERIFY2(client.contains(QLatin1String(key)), key);
        }
        QVERIFY2(seen, typed);
    }
    CLI_JSON(none, 0, args({"clients", "find", "Xyzzyq"}));
    QCOMPARE(none, (QJsonObject{{kClients, QJsonArray()}}));
    const CliResult human = m_cli->run(args({"clients", "find", "puigdomenech"}));
    CLI_EXPECT_EXIT(human, 0);
    QVERIFY2(human.outText().contains(kNuria), qPrintable(human.describe()));
    CLI_EXPECT_EXIT(m_cli->run(args({"clients", "find", "Xyzzyq"})), 0);
}

void TestCli::clientsFindTakesSyntaxLiterally_data()
{
    QTest::addColumn<QString>("typed");
    for (const char* typed : {"\"", "*", "NEAR(", "') OR 1=1 --", "nuria\"*", "NOT nuria",
                              "full_name:nuria", "^nuria", "nuria AND", "(", "-", "' OR ''='"})
        QTest::newRow(typed) << QString::fromUtf8(typed);
}

void TestCli::clientsFindTakesSyntaxLiterally()
{
    QFETCH(QString, typed);
    CLI_JSON(demo, 0, args({"demo", "--seed", "5", "--unsealed"}));
    QVERIFY(withoutDemoAccounts(m_cli->database()));
    const CliResult result =
        m_cli->run(args({"--json", "clients", "find", "--limit", "10000"}) << typed);
    CLI_EXPECT_EXIT(result, 0);
    QVERIFY2(result.err.trimmed().isEmpty(), qPrintable(result.describe()));
    QJsonObject found;
    CLI_PARSE_JSON(result, found);
    QCOMPARE(found.keys(), QStringList{kClients});
    QVERIFY(found.value(kClients).isArray());
    // Never "everyone", as an injected OR would give.
    QVERIFY2(found.value(kClients).toArray().size() < demo.value(kClients).toInt(),
             qPrintable(result.describe()));
}

void TestCli::clientsFindHonoursTheLimit()
{
    CLI_EXPECT_EXIT(m_cli->run(args({"demo", "--seed", "5", "--unsealed"})), 0);
    QVERIFY(withoutDemoAccounts(m_cli->database()));
    // Every demo client has an e-mail clientN@example.com.
    CLI_JSON(all, 0, args({"clients", "find", "client"}));
    QCOMPARE(all.value(kClients).toArray().size(), 50); // the default limit
    CLI_JSON(three, 0, args({"clients", "find", "client", "--limit", "3"}));
    QCOMPARE(three.value(kClients).toArray().size(), 3);
    for (const char* bad : {"0", "abc", "-1", "10001", "", "2.5"})
        CLI_EXPECT_EXIT(m_cli->run(args({"clients", "find", "client", "--limit", bad})), 2);
}

void TestCli::clientAndCheckinUsageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("clients add without --name") << args({"clients", "add"});
    QTest::newRow("clients add with only a phone")
        << args({"clients", "add", "--phone", "612345678"});
    QTest::newRow("clients add --name without a value") << args({"clients", "add", "--name"});
    QTest::newRow("clients add with an argument") << args({"clients", "add", "x", "--name", "x"});
    QTest::newRow("clients find without text") << args({"clients", "find"});
    QTest::newRow("clients find --limit 0") << args({"clients", "find", "x", "--limit", "0"});
    QTest::newRow("clients find --limit abc") << args({"clients", "find", "x", "--limit", "abc"});
    QTest::newRow("checkin abc") << args({"checkin", "abc", "--answers", "a.json"});
    QTest::newRow("checkin show abc") << args({"checkin", "show", "abc"});
    QTest::newRow("checkin show 0") << args({"checkin", "show", "0"});
    QTest::newRow("checkin show without a booking") << args({"checkin", "show"});
}

void TestCli::clientAndCheckinUsageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    const QByteArray bytes = CliRunner::readAll(m_cli->database());
    const CliResult result = m_cli->run(arguments);
    CLI_EXPECT_EXIT(result, 2);
    QVERIFY(!result.errText().trimmed().isEmpty());
    QVERIFY(CliRunner::readAll(m_cli->database()) == bytes);
    // As for the older commands (usageErrorsExitWithTwo), a usage error is one whatever the
    // database: without one it is still exit 2, not "there is no database" (1).
    const QString absent = m_cli->path(QStringLiteral("absent.sqlite"));
    CLI_EXPECT_EXIT(m_cli->runOn(absent, arguments), 2);
    QCOMPARE(QFileInfo::exists(absent), false);
}

// ---------------------------------------------------------------------------------------------
// checkin and checkin show

void TestCli::checkinProceedsWhenNothingTriggers()
{
    CLI_EARLY_DEMO();
    for (const QString& service : catalogueCodes()) {
        const qint64 id = bookable(m_cli->database(), service);
        QVERIFY2(id > 0, qPrintable(service));
        CLI_CHECKIN(result, 0, id, answersJson(answersFor(service)));
        QCOMPARE(sorted(result.keys()), args({"booking", "outcome", "reasons", "rule_version"}));
        QCOMPARE(result.value(QStringLiteral("booking")).toInteger(), id);
        QCOMPARE(text(result, "outcome"), QStringLiteral("proceed"));
        QCOMPARE(result.value(QStringLiteral("reasons")), QJsonValue(QJsonArray()));
        QCOMPARE(text(result, "rule_version"), QStringLiteral("2026.1"));
        QVERIFY(statusOf(m_cli->database(), id) != QLatin1String("referred"));
    }
}

void TestCli::checkinNeedsClearanceWhenATriggerIsAnswered()
{
    CLI_EARLY_DEMO();
    const QString db = m_cli->database();
    const QString sports = QStringLiteral("sports");
    const QString lymphatic = QStringLiteral("lymphatic");
    CLI_CHECKIN(pregnant, 0, bookable(db, sports), answersJson(answersFor(sports, {"pregnant"})));
    QCOMPARE(text(pregnant, "outcome"), QStringLiteral("needs_clearance"));
    QCOMPARE(reasons(pregnant), args({"pregnant"}));
    CLI_CHECKIN(unassessed, 0, bookable(db, lymphatic),
                answersJson(answersFor(lymphatic, {"lymphatic_assessed"})));
    QCOMPARE(text(unassessed, "outcome"), QStringLiteral("needs_clearance"));
    QCOMPARE(reasons(unassessed), args({"lymphatic_assessed"}));

    // Several triggers: the most severe outcome and every reason, named in the human output.
    const QString leg = QString::number(bookable(db, QStringLiteral("leg")));
    QVERIFY(writeFile(
        m_cli->path(QStringLiteral("leg.json")),
        answersJson(answersFor(QStringLiteral("leg"), {"pregnant", "recurring_heaviness"}))));
    m_cli->setNow(beforeItStarts(db, leg.toLongLong()));
    const CliResult human = m_cli->run({kCheckin, leg, kAnswers, QStringLiteral("leg.json")});
    CLI_EXPECT_EXIT(human, 0);
    for (const char* reason : {"pregnant", "recurring_heaviness"})
        QVERIFY2(human.outText().contains(QLatin1String(reason)), qPrintable(human.describe()));
    CLI_JSON(shown, 0, kCheckin, kShow, leg);
    QCOMPARE(reasons(shown), args({"pregnant", "recurring_heaviness"}));
}

void TestCli::checkinStopReferMarksTheBookingReferred()
{
    CLI_EARLY_DEMO();
    const QString foot = QStringLiteral("foot");
    const qint64 id = bookable(m_cli->database(), foot);
    CLI_CHECKIN(result, 0, id, answersJson(answersFor(foot, {"one_leg_symptoms"})));
    QCOMPARE(text(result, "outcome"), QStringLiteral("stop_refer"));
    QCOMPARE(reasons(result), args({"one_leg_symptoms"}));
    QCOMPARE(statusOf(m_cli->database(), id), QStringLiteral("referred"));

    // Calmer answers afterwards cannot undo a referral.
    const QByteArray bytes = CliRunner::readAll(m_cli->database());
    CLI_CHECKIN(again, 1, id, answersJson(answersFor(foot)));
    QVERIFY(!text(again, "error").isEmpty());
    QVERIFY2(CliRunner::readAll(m_cli->database()) == bytes, "a refused check-in changed the file");
    CLI_JSON(shown, 0, kCheckin, kShow, QString::number(id));
    QCOMPARE(text(shown, "outcome"), QStringLiteral("stop_refer"));
}

void TestCli::checkinRefusesBadAnswers_data()
{
    QTest::addColumn<QByteArray>("content"); // null: no file at all
    QTest::addColumn<QStringList>("mentioned");
    const QString foot = QStringLiteral("foot");
    const QJsonObject calm = answersFor(foot);
    const QJsonObject two{{QStringLiteral("one_leg_symptoms"), false},
                          {QStringLiteral("pregnant"), false}};
    QTest::newRow("missing answers") << answersJson(two) << questionsFor(foot).mid(2);
    QTest::newRow("no answers") << answersJson({}) << questionsFor(foot);
    QJsonObject unknown = calm;
    unknown.insert(QStringLiteral("favourite_colour"), false);
    QTest::newRow("unknown id") << answersJson(unknown) << args({"favourite_colour"});
    for (const QJsonValue& value : {QJsonValue(QStringLiteral("yes")), QJsonValue(1)}) {
        QJsonObject odd = calm;
        odd.insert(QStringLiteral("pregnant"), value);
        QTest::addRow("pregnant %s", qPrintable(value.toVariant().toString()))
            << answersJson(odd) << args({"pregnant"});
    }
    QTest::newRow("unknown field")
        << answersJson(calm, {{QStringLiteral("signature"), 1}}) << args({"signature"});
    QTest::newRow("not JSON") << QByteArray("pregnant: no\n") << QStringList();
    QTest::newRow("JSON array") << QByteArray("[]") << QStringList();
    QTest::newRow("empty file") << QByteArray("") << QStringList();
    QTest::newRow("missing file") << QByteArray() << args({"answers.json"});
}

void TestCli::checkinRefusesBadAnswers()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, mentioned);
    CLI_EARLY_DEMO();
    const QString id = QString::number(bookable(m_cli->database(), QStringLiteral("foot")));
    m_cli->setNow(beforeItStarts(m_cli->database(), id.toLongLong()));
    const QString file = m_cli->path(QStringLiteral("answers.json"));
    QVERIFY(content.isNull() || writeFile(file, content));
    const QByteArray bytes = CliRunner::readAll(m_cli->database());
    CLI_JSON(error, 1, kCheckin, id, kAnswers, file);
    QVERIFY(!text(error, "error").isEmpty());
    const CliResult human = m_cli->run({kCheckin, id, kAnswers, file});
    CLI_EXPECT_EXIT(human, 1);
    for (const QString& word : mentioned)
        QVERIFY2(human.errText().contains(word), qPrintable(word + u'\n' + human.describe()));
    // Nothing stored: no check-in, no status change, no audit entry.
    QVERIFY2(CliRunner::readAll(m_cli->database()) == bytes, "a refused check-in changed the file");
    CLI_EXPECT_EXIT(m_cli->run({kCheckin, kShow, id}), 1);
    QCOMPARE(statusOf(m_cli->database(), id.toLongLong()), QStringLiteral("booked"));
}

void TestCli::checkinRefusesBadBookings()
{
    CLI_EARLY_DEMO();
    const QString leg = QString::number(bookable(m_cli->database(), QStringLiteral("leg")));
    QVERIFY(writeFile(m_cli->path(QStringLiteral("calm.json")),
                      answersJson(answersFor(QStringLiteral("leg")))));
    const QByteArray bytes = CliRunner::readAll(m_cli->database());
    const QStringList answers = args({"--answers", "calm.json"});
    for (const char* booking : {"abc", "0", "-3", "12abc", "1.5", ""})
        CLI_EXPECT_EXIT(m_cli->run(args({"checkin", booking}) + answers), 2);
    CLI_EXPECT_EXIT(m_cli->run(args({"checkin", "1", "2"}) + answers), 2);
    CLI_EXPECT_EXIT(m_cli->run({kCheckin, leg}), 2);
    // No such booking, or one that takes no check-in: cancelled, or done and checked in.
    const QList<QVariantList> done =
        select(m_cli->database(), QStringLiteral("SELECT min(id) FROM bookings WHERE status IN "
                                                 "('cancelled', 'completed') GROUP BY status"));
    QCOMPARE(done.size(), 2);
    for (const QString& id :
         {done.at(0).at(0).toString(), done.at(1).at(0).toString(), QStringLiteral("99999")}) {
        CLI_JSON(error, 1, QStringList{kCheckin, id} + answers);
        QVERIFY(!text(error, "error").isEmpty());
    }
    QVERIFY2(CliRunner::readAll(m_cli->database()) == bytes, "a refused check-in changed the file");
}

void TestCli::checkinShowReturnsWhatWasSent()
{
    CLI_EARLY_DEMO();
    const QString db = m_cli->database();
    const qint64 id = bookable(db, QStringLiteral("leg"));
    const QJsonObject answers =
        answersFor(QStringLiteral("leg"), {"skin_problems", "regular_exercise"});
    const QJsonObject extra{{QStringLiteral("avoid_areas"), QStringLiteral("left calf QX7")},
                            {QStringLiteral("notes"), QStringLiteral("Shy about feet QX7")}};
    CLI_CHECKIN(recorded, 0, id, answersJson(answers, extra));
    QCOMPARE(text(recorded, "outcome"), QStringLiteral("adapt"));

    const qint64 reads = auditReads(db);
    CLI_JSON(shown, 0, kCheckin, kShow, QString::number(id));
    QCOMPARE(auditReads(db), reads + 1);
    QCOMPARE(auditReads(db, id), 1);
    QCOMPARE(text(shown, "outcome"), QStringLiteral("adapt"));
    QCOMPARE(reasons(shown), args({"skin_problems", "regular_exercise"}));
    QCOMPARE(shown.value(QStringLiteral("answers")).toObject(), answers);
    QCOMPARE(text(shown, "rule_version"), text(recorded, "rule_version"));
    QCOMPARE(shown.value(QStringLiteral("booking")).toInteger(), id);
    QCOMPARE(text(shown, "service"), QStringLiteral("leg"));
    QCOMPARE(text(shown, "avoid_areas"), text(extra, "avoid_areas"));
    QCOMPARE(text(shown, "notes"), text(extra, "notes"));
    const QJsonValue changed = shown.value(QStringLiteral("changed_since_previous"));
    QVERIFY2(changed.isNull() || changed.isArray(), "changed_since_previous is missing");
    for (const QString& question : strings(changed))
        QVERIFY2(answers.contains(question), qPrintable(question));

    // The human form lists the service's questions, and is audited the same way.
    const CliResult human = m_cli->run({kCheckin, kShow, QString::number(id)});
    CLI_EXPECT_EXIT(human, 0);
    QCOMPARE(auditReads(db), reads + 2);
    for (const char* line : {"Are you pregnant?", "Do your legs often feel heavy?", "QX7"})
        QVERIFY2(human.outText().contains(QLatin1String(line)), qPrintable(human.describe()));
    QVERIFY2(!human.outText().contains(QLatin1String("lymphatic")), qPrintable(human.describe()));

    // Without a check-in nothing is read: refused, and nothing logged.
    CLI_JSON(none, 1, kCheckin, kShow, QString::number(bookable(db, QStringLiteral("leg"))));
    QVERIFY(!text(none, "error").isEmpty());
    CLI_EXPECT_EXIT(m_cli->run(args({"checkin", "show", "99999"})), 1);
    QCOMPARE(auditReads(db), reads + 2);
    // The log names the outcome at most, never what the client said.
    QCOMPARE(selectValue(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                            "instr(detail, 'QX7') > 0"))
                 .toLongLong(),
             0);
}

void TestCli::checkinShowMarksWhatChanged()
{
    CLI_EARLY_DEMO();
    const QString db = m_cli->database();
    // A leg session of a client whose latest earlier visit has a check-in, and those answers.
    const QList<QVariantList> rows = select(
        db, QStringLiteral("SELECT b.id, (SELECT k.answers FROM checkins k JOIN bookings p ON "
                           "p.id = k.booking_id WHERE p.client_id = b.client_id AND p.starts_at "
                           "< b.starts_at ORDER BY p.starts_at DESC LIMIT 1) AS previous FROM "
                           "bookings b JOIN services s ON s.id = b.service_id WHERE s.code = "
                           "'leg' AND b.status = 'booked' AND previous IS NOT NULL LIMIT 1"));
    QCOMPARE(rows.size(), 1);
    const QString id = rows.at(0).at(0).toString();
    const QJsonObject previous = QJsonDocument::fromJson(rows.at(0).at(1).toByteArray())
                                     .object()
                                     .value(QStringLiteral("answers"))
                                     .toObject();
    QJsonObject answers;
    for (const QString& question : questionsFor(QStringLiteral("leg")))
        answers.insert(question, previous.value(question).toBool());
    for (const QString& flipped : args({"pregnant", "skin_problems"}))
        answers.insert(flipped, !answers.value(flipped).toBool());
    CLI_CHECKIN(recorded, 0, id.toLongLong(), answersJson(answers));
    CLI_JSON(shown, 0, kCheckin, kShow, id);
    QCOMPARE(strings(shown.value(QStringLiteral("changed_since_previous"))),
             args({"pregnant", "skin_problems"}));
    const CliResult human = m_cli->run({kCheckin, kShow, id});
    CLI_EXPECT_EXIT(human, 0);
    const QStringList pregnant = human.outText().split(u'\n').filter(QStringLiteral("pregnant?"));
    QVERIFY2(pregnant.value(0).startsWith(QLatin1String("  *")), qPrintable(human.describe()));

    // A client's first check-in has nothing to compare with.
    const QList<QVariantList> firsts =
        select(db, QStringLiteral("SELECT b.id, s.code FROM bookings b JOIN services s ON s.id = "
                                  "b.service_id WHERE b.status = 'booked' AND NOT EXISTS (SELECT 1 "
                                  "FROM checkins k JOIN bookings p ON p.id = k.booking_id WHERE "
                                  "p.client_id = b.client_id) LIMIT 1"));
    QCOMPARE(firsts.size(), 1);
    const qint64 first = firsts.at(0).at(0).toLongLong();
    CLI_CHECKIN(firstRecorded, 0, first, answersJson(answersFor(firsts.at(0).at(1).toString())));
    CLI_JSON(firstShown, 0, kCheckin, kShow, QString::number(first));
    QVERIFY(firstShown.contains(QStringLiteral("changed_since_previous")));
    QCOMPARE(firstShown.value(QStringLiteral("changed_since_previous")), QJsonValue());
}
