#include "TestCli.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace {

QString euros(int cents)
{
    return QStringLiteral("%1,%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The catalogue

void TestCli::servicesListShowsTheCatalogue()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    const CliResult result =
        m_cli->run({QStringLiteral("--json"), QStringLiteral("services"), QStringLiteral("list")});
    CLI_EXPECT_EXIT(result, 0);
    QJsonObject object;
    CLI_PARSE_JSON(result, object);
    QCOMPARE(object.keys(), QStringList{QStringLiteral("services")});
    const QJsonArray services = object.value(QStringLiteral("services")).toArray();
    QCOMPARE(services.size(), 5);
    QCOMPARE(sorted(codesOf(services)), sorted(catalogueCodes()));

    QSet<qint64> ids;
    for (const QJsonValue& value : services) {
        const QJsonObject service = value.toObject();
        const QString code = service.value(QStringLiteral("code")).toString();
        QVERIFY2(service.value(QStringLiteral("id")).isDouble(), qPrintable(code));
        ids.insert(service.value(QStringLiteral("id")).toInteger());
        QVERIFY2(!service.value(QStringLiteral("name")).toString().trimmed().isEmpty(),
                 qPrintable(code));
        QVERIFY2(service.value(QStringLiteral("cleanup_minutes")).isDouble(), qPrintable(code));
        QVERIFY(service.value(QStringLiteral("cleanup_minutes")).toInt() >= 0);
        const QJsonArray durations = service.value(QStringLiteral("durations")).toArray();
        QVERIFY2(!durations.isEmpty(), qPrintable(code));
        QList<int> minutes;
        for (const QJsonValue& d : durations) {
            const QJsonObject duration = d.toObject();
            QVERIFY2(duration.value(QStringLiteral("minutes")).isDouble(), qPrintable(code));
            QVERIFY2(duration.value(QStringLiteral("price_cents")).isDouble(), qPrintable(code));
            QVERIFY(duration.value(QStringLiteral("minutes")).toInt() > 0);
            QVERIFY(duration.value(QStringLiteral("price_cents")).toInt() > 0);
            minutes << duration.value(QStringLiteral("minutes")).toInt();
        }
        if (code == QLatin1String("leg")) {
            // DESIGN 2.1: a leg massage lasts 30 to 60 minutes.
            QCOMPARE(*std::min_element(minutes.begin(), minutes.end()), 30);
            QCOMPARE(*std::max_element(minutes.begin(), minutes.end()), 60);
        }
    }
    QCOMPARE(ids.size(), 5);

    // The human list names every code too.
    const CliResult human = m_cli->run({QStringLiteral("services"), QStringLiteral("list")});
    CLI_EXPECT_EXIT(human, 0);
    for (const QString& code : catalogueCodes())
        QVERIFY2(human.outText().contains(code), qPrintable(code));
}

void TestCli::servicesListFollowsTheLanguage()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    QHash<QString, QHash<QString, QString>> names; // language -> code -> name
    QHash<QString, QJsonArray> durations;          // language -> all durations, code order
    for (const QString& language :
         {QStringLiteral("en"), QStringLiteral("ca"), QStringLiteral("es"), QString()}) {
        QStringList arguments{QStringLiteral("--json"), QStringLiteral("services"),
                              QStringLiteral("list")};
        if (!language.isEmpty())
            arguments << QStringLiteral("--language") << language;
        const CliResult result = m_cli->run(arguments);
        CLI_EXPECT_EXIT(result, 0);
        QJsonObject object;
        CLI_PARSE_JSON(result, object);
        const QJsonArray services = object.value(QStringLiteral("services")).toArray();
        QCOMPARE(services.size(), 5);
        for (const QJsonValue& value : services) {
            const QJsonObject service = value.toObject();
            const QString code = service.value(QStringLiteral("code")).toString();
            names[language].insert(code, service.value(QStringLiteral("name")).toString());
            durations[language].append(service.value(QStringLiteral("durations")));
            if (!language.isEmpty())
                QCOMPARE(service.value(QStringLiteral("language")).toString(), language);
        }
    }
    for (const QString& code : catalogueCodes()) {
        const QString english = names.value(QStringLiteral("en")).value(code);
        QVERIFY2(!english.isEmpty(), qPrintable(code));
        QVERIFY2(names.value(QStringLiteral("ca")).value(code) != english, qPrintable(code));
        QVERIFY2(names.value(QStringLiteral("es")).value(code) != english, qPrintable(code));
        QVERIFY2(names.value(QStringLiteral("ca")).value(code) !=
                     names.value(QStringLiteral("es")).value(code),
                 qPrintable(code));
        // Under LANG=C.UTF-8 the default language is English.
        QCOMPARE(names.value(QString()).value(code), english);
    }
    // Translations change the words, never the durations or prices.
    QCOMPARE(durations.value(QStringLiteral("ca")), durations.value(QStringLiteral("en")));
    QCOMPARE(durations.value(QStringLiteral("es")), durations.value(QStringLiteral("en")));
}

void TestCli::servicesShowPrintsTheClientText()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    const CliResult json =
        m_cli->run({QStringLiteral("--json"), QStringLiteral("services"), QStringLiteral("show"),
                    QStringLiteral("leg"), QStringLiteral("--language"), QStringLiteral("en")});
    CLI_EXPECT_EXIT(json, 0);
    QJsonObject service;
    CLI_PARSE_JSON(json, service);

    const CliResult result =
        m_cli->run({QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("leg"),
                    QStringLiteral("--language"), QStringLiteral("en")});
    CLI_EXPECT_EXIT(result, 0);
    const QString text = result.outText();
    QVERIFY2(text.contains(service.value(QStringLiteral("name")).toString()), qPrintable(text));
    QVERIFY2(text.contains(service.value(QStringLiteral("description")).toString()),
             qPrintable(text));
    QVERIFY2(text.contains(service.value(QStringLiteral("aftercare")).toString()),
             qPrintable(text));
    const QJsonArray durations = service.value(QStringLiteral("durations")).toArray();
    QVERIFY(!durations.isEmpty());
    for (const QJsonValue& value : durations) {
        const QJsonObject duration = value.toObject();
        const QString minutes =
            QStringLiteral("%1 min").arg(duration.value(QStringLiteral("minutes")).toInt());
        QVERIFY2(text.contains(minutes), qPrintable(minutes));
        const QString price = euros(duration.value(QStringLiteral("price_cents")).toInt());
        QVERIFY2(text.contains(price), qPrintable(price));
    }
}

void TestCli::servicesShowJsonHasEveryText()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ca")}) {
        for (const QString& code : catalogueCodes()) {
            const CliResult result =
                m_cli->run({QStringLiteral("--json"), QStringLiteral("services"),
                            QStringLiteral("show"), code, QStringLiteral("--language"), language});
            CLI_EXPECT_EXIT(result, 0);
            QJsonObject service;
            CLI_PARSE_JSON(result, service);
            const QByteArray where = (language + QLatin1Char(' ') + code).toUtf8();
            QCOMPARE(service.value(QStringLiteral("code")).toString(), code);
            QCOMPARE(service.value(QStringLiteral("language")).toString(), language);
            for (const char* key : {"name", "description", "what_to_expect", "aftercare"}) {
                QVERIFY2(!service.value(QLatin1String(key)).toString().trimmed().isEmpty(),
                         (where + ' ' + key).constData());
            }
            QVERIFY2(!service.value(QStringLiteral("durations")).toArray().isEmpty(),
                     where.constData());
        }
    }
}

void TestCli::servicesShowRefusesAnUnknownCode()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    const CliResult result = m_cli->run({QStringLiteral("--json"), QStringLiteral("services"),
                                         QStringLiteral("show"), QStringLiteral("hot-stones")});
    CLI_EXPECT_EXIT(result, 1);
    QJsonObject object;
    CLI_PARSE_JSON(result, object);
    QCOMPARE(object.keys(), QStringList{QStringLiteral("error")});
    QVERIFY(object.value(QStringLiteral("error")).toString().contains(QLatin1String("hot-stones")));

    const CliResult human = m_cli->run(
        {QStringLiteral("services"), QStringLiteral("show"), QStringLiteral("hot-stones")});
    CLI_EXPECT_EXIT(human, 1);
    QVERIFY(human.out.isEmpty());
    QVERIFY(human.errText().contains(QLatin1String("hot-stones")));
}

// ---------------------------------------------------------------------------------------------
// Hostile input

void TestCli::hostileServiceCodesAreRefused_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("SQL fragment") << QStringLiteral("leg'; DROP TABLE services;--");
    QTest::newRow("SQL always-true") << QStringLiteral("x' OR '1'='1");
    QTest::newRow("SQL double quote") << QStringLiteral("leg\" OR 1=1 --");
    QTest::newRow("LIKE wildcard") << QStringLiteral("%");
    QTest::newRow("10,000 characters") << QString(10000, QLatin1Char('l'));
    QTest::newRow("emoji") << QStringLiteral("\U0001F9B5\U0001F486");
    QTest::newRow("right-to-left override") << QStringLiteral("\u202Eleg\u202C");
    QTest::newRow("Arabic") << QStringLiteral("\u062A\u062F\u0644\u064A\u0643");
    QTest::newRow("Hebrew") << QStringLiteral("\u05E2\u05D9\u05E1\u05D5\u05D9");
    QTest::newRow("placeholders") << QStringLiteral("%1 %2 %n");
    QTest::newRow("newline") << QStringLiteral("leg\nfoot");
    QTest::newRow("terminal escape") << QStringLiteral("\x1b[31mleg\x1b[0m");
    QTest::newRow("leading space") << QStringLiteral(" leg");
    QTest::newRow("empty") << QString();
}

void TestCli::hostileServiceCodesAreRefused()
{
    QFETCH(QString, code);
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    const QByteArray before = CliRunner::readAll(m_cli->database());

    const CliResult json = m_cli->run(
        {QStringLiteral("--json"), QStringLiteral("services"), QStringLiteral("show"), code});
    CLI_EXPECT_EXIT(json, 1);
    QJsonObject object;
    CLI_PARSE_JSON(json, object);
    QVERIFY(!object.value(QStringLiteral("error")).toString().isEmpty());

    const CliResult human = m_cli->run({QStringLiteral("services"), QStringLiteral("show"), code});
    CLI_EXPECT_EXIT(human, 1);
    QVERIFY(!human.errText().trimmed().isEmpty());

    QVERIFY2(CliRunner::readAll(m_cli->database()) == before, "the database changed");
    const CliResult list =
        m_cli->run({QStringLiteral("--json"), QStringLiteral("services"), QStringLiteral("list")});
    CLI_EXPECT_EXIT(list, 0);
    QJsonObject services;
    CLI_PARSE_JSON(list, services);
    QCOMPARE(services.value(QStringLiteral("services")).toArray().size(), 5);
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("check")}), 0);
}

void TestCli::hostilePathsAreTakenLiterally()
{
    // Quotes, SQL, emoji and right-to-left text in file names are names, never SQL.
    const QString database =
        m_cli->path(QStringLiteral("it's \U0001F9B5 \u05E9\u05DC\u05D5\u05DD \u202E.sqlite"));
    const CliResult created =
        m_cli->runOn(database, {QStringLiteral("--json"), QStringLiteral("init")});
    CLI_EXPECT_EXIT(created, 0);
    QJsonObject object;
    CLI_PARSE_JSON(created, object);
    QCOMPARE(object.value(QStringLiteral("path")).toString(), database);
    QVERIFY(QFileInfo(database).isFile());

    const QString copy =
        m_cli->path(QStringLiteral("bk 'x'); DROP TABLE services;-- \U0001F486.sqlite"));
    const CliResult backup =
        m_cli->runOn(database, {QStringLiteral("--json"), QStringLiteral("backup"), copy});
    CLI_EXPECT_EXIT(backup, 0);
    QJsonObject facts;
    CLI_PARSE_JSON(backup, facts);
    QCOMPARE(facts.value(QStringLiteral("path")).toString(), copy);
    QVERIFY(QFileInfo(copy).isFile());

    for (const QString& path : {database, copy}) {
        const CliResult list = m_cli->runOn(
            path, {QStringLiteral("--json"), QStringLiteral("services"), QStringLiteral("list")});
        CLI_EXPECT_EXIT(list, 0);
        QJsonObject services;
        CLI_PARSE_JSON(list, services);
        QCOMPARE(services.value(QStringLiteral("services")).toArray().size(), 5);
    }
}

void TestCli::overlongPathsAreRefused()
{
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
    const QByteArray before = CliRunner::readAll(m_cli->database());
    const QString longName =
        m_cli->path(QString(10000, QLatin1Char('a')) + QStringLiteral(".sqlite"));

    const CliResult init =
        m_cli->runOn(longName, {QStringLiteral("--json"), QStringLiteral("init")});
    CLI_EXPECT_EXIT(init, 1);
    QJsonObject object;
    CLI_PARSE_JSON(init, object);
    QVERIFY(!object.value(QStringLiteral("error")).toString().isEmpty());

    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("backup"), longName}), 1);
    CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("restore"), longName}), 1);
    QVERIFY2(CliRunner::readAll(m_cli->database()) == before, "the database changed");
    QCOMPARE(filesBeside(m_cli->database()), QStringList{QStringLiteral("x.sqlite")});

    // A folder is not a database file.
    QVERIFY(QDir().mkpath(m_cli->path(QStringLiteral("folder.sqlite"))));
    CLI_EXPECT_EXIT(
        m_cli->runOn(m_cli->path(QStringLiteral("folder.sqlite")), {QStringLiteral("check")}), 1);
    CLI_EXPECT_EXIT(
        m_cli->runOn(m_cli->path(QStringLiteral("folder.sqlite")), {QStringLiteral("init")}), 1);
}
