#include "DemoFixture.h"
#include "TestCli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Changes a file behind the program's back, the way another tool or a damaged disk would.
// Empty result on success, else what went wrong.
QString runSql(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("tst_cli_sql");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString& statement : statements) {
                if (!query.exec(statement)) {
                    problem = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

namespace {

QJsonObject withoutKeys(QJsonObject object, const QStringList& keys)
{
    for (const QString& key : keys)
        object.remove(key);
    return object;
}

QStringList jsonCodes(const QJsonArray& codes)
{
    QStringList list;
    for (const QJsonValue& value : codes)
        list << value.toString();
    return list;
}

} // namespace

static const QString kDemo = QStringLiteral("demo");
static const QString kSeed = QStringLiteral("--seed");
static const QString kCheck = QStringLiteral("check");
static const QString kBackup = QStringLiteral("backup");
static const QString kList = QStringLiteral("list");

// ---------------------------------------------------------------------------------------------
// demo

void TestCli::demoCreatesASmallCentre()
{
    CLI_JSON(summary, 0, kDemo, kSeed, QStringLiteral("42"), QStringLiteral("--unsealed"));
    QVERIFY(withoutDemoAccounts(m_cli->database()));
    QCOMPARE(summary.value(QStringLiteral("therapists")).toInt(), 4);
    QCOMPARE(summary.value(QStringLiteral("rooms")).toInt(), 3);
    QCOMPARE(summary.value(QStringLiteral("size")).toString(), QStringLiteral("small"));
    QCOMPARE(summary.value(QStringLiteral("seed")).toInt(), 42);
    const qint64 bookings = summary.value(QStringLiteral("bookings")).toInteger();
    const qint64 checkins = summary.value(QStringLiteral("checkins")).toInteger();
    QVERIFY2(bookings > 0, "a demo centre without bookings");
    QVERIFY(checkins > 0 && checkins <= bookings);
    QVERIFY(summary.value(QStringLiteral("clients")).toInt() > 0);
    QCOMPARE(QFileInfo(summary.value(QStringLiteral("path")).toString()).canonicalFilePath(),
             QFileInfo(m_cli->database()).canonicalFilePath());

    // What demo says it wrote is what the database holds.
    CLI_JSON(report, 0, kCheck);
    QCOMPARE(report.value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(report.value(QStringLiteral("overlapping_bookings")).toInt(), 0);
    const QJsonObject counts = report.value(QStringLiteral("counts")).toObject();
    for (const char* key : {"therapists", "rooms", "clients", "bookings", "checkins"}) {
        QVERIFY2(counts.value(QLatin1String(key)).toInteger() ==
                     summary.value(QLatin1String(key)).toInteger(),
                 key);
    }
    QCOMPARE(counts.value(QStringLiteral("services")).toInt(), 5);

    // Without --size and --seed: the small centre.
    const QString other = m_cli->path(QStringLiteral("default.sqlite"));
    CLI_JSON_ON(defaults, other, 0, kDemo, QStringLiteral("--unsealed"));
    QVERIFY(withoutDemoAccounts(other));
    QCOMPARE(defaults.value(QStringLiteral("therapists")).toInt(), 4);
    QCOMPARE(defaults.value(QStringLiteral("rooms")).toInt(), 3);
    QCOMPARE(defaults.value(QStringLiteral("size")).toString(), QStringLiteral("small"));

    // The demo says who signs in and with what; from then on a command needs one of them.
    const QString plain = m_cli->path(QStringLiteral("plain.sqlite"));
    const CliResult made = m_cli->runOn(plain, {kDemo});
    CLI_EXPECT_EXIT(made, 0);
    QVERIFY2(made.outText().contains(QStringLiteral("Demo users: manager, reception, marta, "
                                                    "jordi, laia, pau, all with the password "
                                                    "\"demo\".")),
             qPrintable(made.describe()));
    CLI_EXPECT_EXIT(m_cli->runOn(plain, {QStringLiteral("bookings"), kList}), 1);
    m_cli->signInAs(QStringLiteral("marta"));
    CLI_EXPECT_EXIT(m_cli->runOn(plain, {QStringLiteral("bookings"), kList}), 0);
    m_cli->signInAs(QString());
}

void TestCli::demoIsDeterministic()
{
    const QString first = m_cli->path(QStringLiteral("first.sqlite"));
    const QString second = m_cli->path(QStringLiteral("second.sqlite"));
    CLI_JSON_ON(one, first, 0, kDemo, QStringLiteral("--size"), QStringLiteral("small"), kSeed,
                QStringLiteral("7"), QStringLiteral("--unsealed"));
    QVERIFY(withoutDemoAccounts(first));
    CLI_JSON_ON(two, second, 0, kDemo, QStringLiteral("--size"), QStringLiteral("small"), kSeed,
                QStringLiteral("7"), QStringLiteral("--unsealed"));
    QVERIFY(withoutDemoAccounts(second));
    const QStringList varying{QStringLiteral("path"), QStringLiteral("seconds")};
    QCOMPARE(withoutKeys(one, varying), withoutKeys(two, varying));
    QVERIFY(one.value(QStringLiteral("bookings")).toInteger() > 0);

    const QList<QStringList> reads = {
        {QStringLiteral("--json"), kCheck},
        {QStringLiteral("--json"), QStringLiteral("therapists"), kList},
        {QStringLiteral("--json"), QStringLiteral("rooms"), kList},
        {QStringLiteral("--json"), QStringLiteral("services"), kList},
    };
    for (const QStringList& read : reads) {
        const CliResult a = m_cli->runOn(first, read);
        const CliResult b = m_cli->runOn(second, read);
        CLI_EXPECT_EXIT(a, 0);
        CLI_EXPECT_EXIT(b, 0);
        QJsonObject parsed;
        CLI_PARSE_JSON(a, parsed);
        QVERIFY2(a.out == b.out, qPrintable(read.join(QLatin1Char(' '))));
    }
    // DemoGenerator promises the same centre byte for byte, clients and bookings included.
    const QByteArray bytes = CliRunner::readAll(first);
    QVERIFY(!bytes.isEmpty());
    QVERIFY2(bytes == CliRunner::readAll(second), "same seed, different database files");
}

void TestCli::demoSeedChangesTheCentre()
{
    const QString base = m_cli->path(QStringLiteral("seed1.sqlite"));
    CLI_JSON_ON(reference, base, 0, kDemo, kSeed, QStringLiteral("1"),
                QStringLiteral("--unsealed"));
    QVERIFY(withoutDemoAccounts(base));
    const QByteArray referenceBytes = CliRunner::readAll(base);
    bool countsDiffer = false;
    for (const char* seed : {"2", "3", "4294967295"}) {
        const QString file = m_cli->path(QStringLiteral("seed%1.sqlite").arg(QLatin1String(seed)));
        CLI_JSON_ON(other, file, 0, kDemo, kSeed, QLatin1String(seed),
                    QStringLiteral("--unsealed"));
        QVERIFY(withoutDemoAccounts(file));
        QCOMPARE(other.value(QStringLiteral("therapists")).toInt(), 4);
        QVERIFY(other.value(QStringLiteral("bookings")).toInteger() > 0);
        countsDiffer =
            countsDiffer ||
            other.value(QStringLiteral("bookings")) !=
                reference.value(QStringLiteral("bookings")) ||
            other.value(QStringLiteral("checkins")) != reference.value(QStringLiteral("checkins"));
        // Different clients and bookings, so different bytes (the same seed gives equal bytes).
        QVERIFY2(CliRunner::readAll(file) != referenceBytes, seed);
    }
    QVERIFY2(countsDiffer,
             "three other seeds gave exactly the same numbers of bookings and check-ins");
}

void TestCli::demoRefusesADatabaseWithData()
{
    CLI_EXPECT_EXIT(m_cli->run({kDemo, kSeed, QStringLiteral("5"), QStringLiteral("--unsealed")}),
                    0);
    QVERIFY(withoutDemoAccounts(m_cli->database()));
    CLI_JSON(before, 0, kCheck);
    const QByteArray bytes = CliRunner::readAll(m_cli->database());

    for (const QStringList& again :
         {QStringList{kDemo, kSeed, QStringLiteral("5")},
          QStringList{kDemo, kSeed, QStringLiteral("6")},
          QStringList{kDemo, QStringLiteral("--size"), QStringLiteral("large")}}) {
        const CliResult result = m_cli->run(QStringList{QStringLiteral("--json")} + again);
        CLI_EXPECT_EXIT(result, 1);
        QJsonObject error;
        CLI_PARSE_JSON(result, error);
        QVERIFY(!error.value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(!result.errText().trimmed().isEmpty());
        QVERIFY2(CliRunner::readAll(m_cli->database()) == bytes, "a refused demo changed the file");
    }
    CLI_JSON(after, 0, kCheck);
    QCOMPARE(after, before);
}

// ---------------------------------------------------------------------------------------------
// check and the lists

void TestCli::checkReportsAHealthyDatabase()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    CLI_JSON(report, 0, kCheck);
    QCOMPARE(report.value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(report.value(QStringLiteral("integrity")), QJsonValue(QStringLiteral("ok")));
    QVERIFY(report.value(QStringLiteral("schema_version")).toInt() >= 1);
    QCOMPARE(report.value(QStringLiteral("schema_version")),
             report.value(QStringLiteral("latest_schema_version")));
    QCOMPARE(report.value(QStringLiteral("overlapping_bookings")).toInt(), 0);
    const QJsonObject counts = report.value(QStringLiteral("counts")).toObject();
    for (const char* key : {"services", "therapists", "rooms", "clients", "bookings", "checkins"})
        QVERIFY2(counts.value(QLatin1String(key)).isDouble(), key);
    QCOMPARE(counts.value(QStringLiteral("services")).toInt(), 5);
    QCOMPARE(counts.value(QStringLiteral("bookings")).toInt(), 0);
    QCOMPARE(counts.value(QStringLiteral("therapists")).toInt(), 0);

    const CliResult human = m_cli->run({kCheck});
    CLI_EXPECT_EXIT(human, 0);
    QVERIFY(human.outText().contains(QLatin1String("bookings")));
}

void TestCli::checkFindsADoubleBooking()
{
    CLI_EXPECT_EXIT(m_cli->run({kDemo, kSeed, QStringLiteral("9"), QStringLiteral("--unsealed")}),
                    0);
    QVERIFY(withoutDemoAccounts(m_cli->database()));
    CLI_JSON(healthy, 0, kCheck);
    // Another program books the same therapist and room twice at once.
    const QString problem = runSql(
        m_cli->database(),
        {QStringLiteral(
            "INSERT INTO bookings (client_id, service_id, therapist_id, room_id, starts_at, "
            "minutes, cleanup_minutes, ends_at, status, status_reason, created_at, updated_at) "
            "SELECT client_id, service_id, therapist_id, room_id, starts_at, minutes, "
            "cleanup_minutes, ends_at, 'booked', '', created_at, updated_at FROM bookings "
            "WHERE status NOT IN ('cancelled', 'no_show') ORDER BY id LIMIT 1")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const CliResult result = m_cli->run({QStringLiteral("--json"), kCheck});
    CLI_EXPECT_EXIT(result, 1);
    QJsonObject report;
    CLI_PARSE_JSON(result, report);
    QCOMPARE(report.value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(report.value(QStringLiteral("integrity")), QJsonValue(QStringLiteral("ok")));
    QVERIFY(report.value(QStringLiteral("overlapping_bookings")).toInt() >= 1);
    QCOMPARE(report.value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("bookings"))
                 .toInteger(),
             healthy.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("bookings"))
                     .toInteger() +
                 1);
    QVERIFY(!result.errText().trimmed().isEmpty());
    CLI_EXPECT_EXIT(m_cli->run({kCheck}), 1);
}

void TestCli::therapistsAndRoomsListTheDemoCentre()
{
    CLI_EXPECT_EXIT(m_cli->run({kDemo, kSeed, QStringLiteral("11"), QStringLiteral("--unsealed")}),
                    0);
    QVERIFY(withoutDemoAccounts(m_cli->database()));
    const QStringList codes = catalogueCodes();
    const QList<QPair<QString, int>> lists = {{QStringLiteral("therapists"), 4},
                                              {QStringLiteral("rooms"), 3}};
    for (const auto& list : lists) {
        CLI_JSON(object, 0, list.first, kList);
        QCOMPARE(object.keys(), QStringList{list.first});
        const QJsonArray items = object.value(list.first).toArray();
        QCOMPARE(items.size(), list.second);
        QSet<qint64> ids;
        QSet<QString> offered;
        QStringList names;
        for (const QJsonValue& value : items) {
            const QJsonObject item = value.toObject();
            QVERIFY(item.value(QStringLiteral("id")).isDouble());
            QVERIFY(item.value(QStringLiteral("id")).toInteger() > 0);
            ids.insert(item.value(QStringLiteral("id")).toInteger());
            const QString name = item.value(QStringLiteral("name")).toString();
            QVERIFY(!name.trimmed().isEmpty());
            names << name;
            QVERIFY(item.value(QStringLiteral("services")).isArray());
            const QStringList services =
                jsonCodes(item.value(QStringLiteral("services")).toArray());
            QVERIFY2(!services.isEmpty(), qPrintable(name));
            for (const QString& code : services) {
                QVERIFY2(codes.contains(code), qPrintable(name + QLatin1Char(' ') + code));
                offered.insert(code);
            }
        }
        QCOMPARE(ids.size(), list.second);
        // Every service of the catalogue can be booked somewhere.
        QCOMPARE(offered.size(), codes.size());

        const CliResult human = m_cli->run({list.first, kList});
        CLI_EXPECT_EXIT(human, 0);
        for (const QString& name : names)
            QVERIFY2(human.outText().contains(name), qPrintable(name));
    }
}

void TestCli::listsOfAFreshDatabaseAreEmpty()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    for (const QString& what : {QStringLiteral("therapists"), QStringLiteral("rooms")}) {
        CLI_JSON(object, 0, what, kList);
        QVERIFY2(object.value(what).isArray(), qPrintable(what));
        QCOMPARE(object.value(what).toArray().size(), 0);
        const CliResult human = m_cli->run({what, kList});
        CLI_EXPECT_EXIT(human, 0);
    }
}

// ---------------------------------------------------------------------------------------------
// Another language

void TestCli::catalanLocaleKeepsTheExitCodes()
{
    // Translations may be incomplete: only behaviour is checked, never the wording.
    m_cli->setLanguage(QStringLiteral("ca_ES.UTF-8"));
    CLI_EXPECT_EXIT(m_cli->runRaw({QStringLiteral("--help")}), 0);
    CLI_EXPECT_EXIT(m_cli->runRaw({QStringLiteral("--version")}), 0);
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("bogus")}), 2);
    CLI_EXPECT_EXIT(m_cli->run({kDemo, QStringLiteral("--size"), QStringLiteral("huge")}), 2);
    CLI_EXPECT_EXIT(m_cli->run({kBackup, QStringLiteral("--help")}), 0);
    CLI_EXPECT_EXIT(m_cli->run({kCheck}), 1);
    QCOMPARE(QFileInfo::exists(m_cli->database()), false);

    CLI_JSON(created, 0, QStringLiteral("init"));
    QCOMPARE(created.value(QStringLiteral("created")), QJsonValue(true));
    CLI_JSON(summary, 0, kDemo, kSeed, QStringLiteral("8"), QStringLiteral("--unsealed"));
    QVERIFY(withoutDemoAccounts(m_cli->database()));
    QCOMPARE(summary.value(QStringLiteral("therapists")).toInt(), 4);
    CLI_JSON(report, 0, kCheck);
    QCOMPARE(report.value(QStringLiteral("ok")), QJsonValue(true));
    CLI_EXPECT_EXIT(
        m_cli->run({QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("nope")}),
        1);
    CLI_EXPECT_EXIT(
        m_cli->run({QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("leg")}), 0);

    // Client-facing texts follow the person's language when --language is not given.
    CLI_JSON(own, 0, QStringLiteral("services"), kList);
    CLI_JSON(catalan, 0, QStringLiteral("services"), kList, QStringLiteral("--language"),
             QStringLiteral("ca"));
    QCOMPARE(own, catalan);
    QCOMPARE(own.value(QStringLiteral("services")).toArray().size(), 5);
}
