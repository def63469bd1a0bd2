#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

// services export and services import through the real massage-desk-cli: the catalogue moves
// between two fresh databases unchanged, a known code gets a new published revision, and a
// file with a medical or body-shaping claim is refused as a whole with its findings listed.
class TestCliCatalogueIo : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CliRunner> m_cli;

    QString database(const QString& name) const
    {
        return m_cli->path(name + QStringLiteral(".sqlite"));
    }

    bool write(const QString& name, const QJsonObject& object) const
    {
        QFile file(m_cli->path(name));
        const QByteArray bytes = QJsonDocument(object).toJson();
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    // services export of a database, parsed; an empty object when it failed.
    QJsonObject exported(const QString& db) const
    {
        const CliResult result =
            m_cli->runOn(db, {QStringLiteral("services"), QStringLiteral("export")});
        QJsonObject object;
        if (result.exitCode != 0 || !result.parseJson(&object))
            qWarning("%s", qPrintable(result.describe()));
        return object;
    }

    static QJsonObject serviceIn(const QJsonObject& catalogue, const QString& code)
    {
        for (const QJsonValue& value : catalogue.value(QStringLiteral("services")).toArray()) {
            if (value.toObject().value(QStringLiteral("code")).toString() == code)
                return value.toObject();
        }
        return {};
    }

    // Replaces (or appends) the service with the same code.
    static QJsonObject withService(QJsonObject catalogue, const QJsonObject& service)
    {
        QJsonArray services = catalogue.value(QStringLiteral("services")).toArray();
        bool replaced = false;
        for (int i = 0; i < services.size(); ++i) {
            if (services.at(i).toObject().value(QStringLiteral("code")) ==
                service.value(QStringLiteral("code"))) {
                services.replace(i, service);
                replaced = true;
            }
        }
        if (!replaced)
            services.append(service);
        catalogue.insert(QStringLiteral("services"), services);
        return catalogue;
    }

    static QJsonObject withText(QJsonObject service, const QString& language, const QString& field,
                                const QString& value)
    {
        QJsonObject texts = service.value(QStringLiteral("texts")).toObject();
        QJsonObject text = texts.value(language).toObject();
        text.insert(field, value);
        texts.insert(language, text);
        service.insert(QStringLiteral("texts"), texts);
        return service;
    }

    // A service the default catalogue does not have, in every language.
    static QJsonObject handService()
    {
        QJsonObject texts;
        texts.insert(
            QStringLiteral("en"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Hand massage")},
                        {QStringLiteral("description"),
                         QStringLiteral("Slow work on the palms and fingers.")},
                        {QStringLiteral("what_to_expect"), QStringLiteral("A short chat first.")},
                        {QStringLiteral("aftercare"), QStringLiteral("Rest a moment.")}});
        texts.insert(QStringLiteral("ca"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Massatge de mans")},
                                 {QStringLiteral("description"),
                                  QStringLiteral("Treball lent dels palmells i els dits, amb "
                                                 "una sensació de calma.")}});
        texts.insert(QStringLiteral("es"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Masaje de manos")}});
        return {{QStringLiteral("code"), QStringLiteral("hand")},
                {QStringLiteral("body_areas"),
                 QJsonArray{QStringLiteral("hands"), QStringLiteral("arms")}},
                {QStringLiteral("pressure"), QStringLiteral("light")},
                {QStringLiteral("cleanup_minutes"), 5},
                {QStringLiteral("durations"),
                 QJsonArray{QJsonObject{{QStringLiteral("minutes"), 20},
                                        {QStringLiteral("price_cents"), 2250}}}},
                {QStringLiteral("precautions"),
                 QJsonArray{QStringLiteral("one_leg_symptoms"), QStringLiteral("skin_problems")}},
                {QStringLiteral("texts"), texts}};
    }

private slots:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
    }
    void cleanup() { m_cli.reset(); }

    void exportPrintsTheWholeCatalogue()
    {
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
        const QJsonObject catalogue = exported(m_cli->database());
        QCOMPARE(catalogue.value(QStringLiteral("format")).toInt(), 1);
        const QJsonArray services = catalogue.value(QStringLiteral("services")).toArray();
        QCOMPARE(services.size(), 5);
        const QJsonObject leg = serviceIn(catalogue, QStringLiteral("leg"));
        QCOMPARE(leg.value(QStringLiteral("durations")).toArray().size(), 3);
        for (const QString& language :
             {QStringLiteral("en"), QStringLiteral("ca"), QStringLiteral("es")}) {
            const QJsonObject text =
                leg.value(QStringLiteral("texts")).toObject().value(language).toObject();
            for (const QString& field :
                 {QStringLiteral("name"), QStringLiteral("description"),
                  QStringLiteral("what_to_expect"), QStringLiteral("aftercare")})
                QVERIFY2(!text.value(field).toString().isEmpty(), qPrintable(language + field));
        }
        QVERIFY(leg.value(QStringLiteral("precautions"))
                    .toArray()
                    .contains(QStringLiteral("recurring_heaviness")));
        // --json prints the same object.
        const CliResult json = m_cli->run(
            {QStringLiteral("--json"), QStringLiteral("services"), QStringLiteral("export")});
        CLI_EXPECT_EXIT(json, 0);
        QJsonObject again;
        CLI_PARSE_JSON(json, again);
        QCOMPARE(again, catalogue);
    }

    void exportThenImportOnAFreshDatabase()
    {
        const QString source = database(QStringLiteral("source"));
        const QString fresh = database(QStringLiteral("fresh"));
        CLI_EXPECT_EXIT(m_cli->runOn(source, {QStringLiteral("init")}), 0);
        // Give the source centre something of its own: a new service and a changed price.
        QJsonObject leg = serviceIn(exported(source), QStringLiteral("leg"));
        leg.insert(QStringLiteral("durations"),
                   QJsonArray{QJsonObject{{QStringLiteral("minutes"), 40},
                                          {QStringLiteral("price_cents"), 4400}}});
        QVERIFY(write(QStringLiteral("own.json"),
                      withService(withService(exported(source), leg), handService())));
        CLI_EXPECT_EXIT(m_cli->runOn(source, {QStringLiteral("services"), QStringLiteral("import"),
                                              m_cli->path(QStringLiteral("own.json"))}),
                        0);
        const QJsonObject sourceCatalogue = exported(source);
        QCOMPARE(sourceCatalogue.value(QStringLiteral("services")).toArray().size(), 6);
        QVERIFY(write(QStringLiteral("moved.json"), sourceCatalogue));

        CLI_EXPECT_EXIT(m_cli->runOn(fresh, {QStringLiteral("init")}), 0);
        const CliResult imported = m_cli->runOn(
            fresh, {QStringLiteral("--json"), QStringLiteral("services"), QStringLiteral("import"),
                    m_cli->path(QStringLiteral("moved.json"))});
        CLI_EXPECT_EXIT(imported, 0);
        QJsonObject report;
        CLI_PARSE_JSON(imported, report);
        QCOMPARE(report.keys(), QStringList{QStringLiteral("services")});
        QHash<QString, QString> actions;
        for (const QJsonValue& value : report.value(QStringLiteral("services")).toArray()) {
            const QJsonObject s = value.toObject();
            QVERIFY(s.value(QStringLiteral("id")).toInteger() > 0);
            actions.insert(s.value(QStringLiteral("code")).toString(),
                           s.value(QStringLiteral("action")).toString());
        }
        QCOMPARE(actions.value(QStringLiteral("hand")), QStringLiteral("created"));
        QCOMPARE(actions.value(QStringLiteral("leg")), QStringLiteral("revised"));
        QCOMPARE(actions.value(QStringLiteral("foot")), QStringLiteral("unchanged"));
        // The fresh centre now exports exactly what the source exported.
        QCOMPARE(exported(fresh), sourceCatalogue);

        // The new service is bookable catalogue: list and show see it.
        const CliResult shown = m_cli->runOn(
            fresh, {QStringLiteral("--json"), QStringLiteral("services"), QStringLiteral("show"),
                    QStringLiteral("hand"), QStringLiteral("--language"), QStringLiteral("ca")});
        CLI_EXPECT_EXIT(shown, 0);
        QJsonObject hand;
        CLI_PARSE_JSON(shown, hand);
        QCOMPARE(hand.value(QStringLiteral("name")).toString(), QStringLiteral("Massatge de mans"));
        QCOMPARE(hand.value(QStringLiteral("revision")).toInt(), 1);

        // Importing the same file again changes nothing.
        const CliResult again =
            m_cli->runOn(fresh, {QStringLiteral("services"), QStringLiteral("import"),
                                 m_cli->path(QStringLiteral("moved.json"))});
        CLI_EXPECT_EXIT(again, 0);
        QVERIFY2(again.outText().contains(QStringLiteral("0 new, 0 revised, 6 unchanged")),
                 qPrintable(again.describe()));
    }

    void importRefusesAClaim()
    {
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
        const QJsonObject before = exported(m_cli->database());
        QJsonObject foot = serviceIn(before, QStringLiteral("foot"));
        foot = withText(foot, QStringLiteral("es"), QStringLiteral("aftercare"),
                        QStringLiteral("Un masaje que\nmejora la circulación."));
        QVERIFY(write(QStringLiteral("claim.json"),
                      withService(withService(before, foot), handService())));
        const CliResult refused =
            m_cli->run({QStringLiteral("--json"), QStringLiteral("services"),
                        QStringLiteral("import"), m_cli->path(QStringLiteral("claim.json"))});
        CLI_EXPECT_EXIT(refused, 1);
        QJsonObject object;
        CLI_PARSE_JSON(refused, object);
        QVERIFY(object.value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("nothing was imported")));
        const QJsonArray findings = object.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject finding = findings.at(0).toObject();
        QCOMPARE(finding.value(QStringLiteral("code")).toString(), QStringLiteral("foot"));
        QCOMPARE(finding.value(QStringLiteral("language")).toString(), QStringLiteral("es"));
        QCOMPARE(finding.value(QStringLiteral("field")).toString(), QStringLiteral("aftercare"));
        QCOMPARE(finding.value(QStringLiteral("rule")).toString(), QStringLiteral("circulation"));
        QCOMPARE(finding.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(finding.value(QStringLiteral("column")).toInt(), 1);
        // Nothing changed, not even the service without a claim.
        QCOMPARE(exported(m_cli->database()), before);

        // The human form lists the finding on stderr.
        const CliResult human = m_cli->run({QStringLiteral("services"), QStringLiteral("import"),
                                            m_cli->path(QStringLiteral("claim.json"))});
        CLI_EXPECT_EXIT(human, 1);
        QVERIFY2(human.errText().contains(QStringLiteral("foot [es] aftercare 2:1")),
                 qPrintable(human.describe()));
        QVERIFY(human.outText().isEmpty());
    }

    void importRefusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("services: leg")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("wrong format")
            << QByteArray("{\"format\": 2, \"services\": []}") << QStringLiteral("unknown format");
        QTest::newRow("bad code")
            << QByteArray("{\"format\": 1, \"services\": [{\"code\": \"Leg Massage\"}]}")
            << QStringLiteral("valid code");
        QTest::newRow("no name")
            << QByteArray(
                   "{\"format\": 1, \"services\": [{\"code\": \"x\", \"body_areas\": [\"feet\"], "
                   "\"durations\": [{\"minutes\": 30, \"price_cents\": 100}]}]}")
            << QStringLiteral("English name");
        QTest::newRow("twice")
            << QByteArray("{\"format\": 1, \"services\": [{\"code\": \"x\"}, {\"code\": \"x\"}]}")
            << QStringLiteral("twice");
    }

    void importRefusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
        QFile file(m_cli->path(QStringLiteral("bad.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const CliResult result = m_cli->run({QStringLiteral("--json"), QStringLiteral("services"),
                                             QStringLiteral("import"), file.fileName()});
        CLI_EXPECT_EXIT(result, 1);
        QJsonObject object;
        CLI_PARSE_JSON(result, object);
        QVERIFY2(object.value(QStringLiteral("error")).toString().contains(message),
                 qPrintable(result.describe()));
    }

    void importUsageAndMissingFiles()
    {
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("init")}), 0);
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("services"), QStringLiteral("import")}), 2);
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("services"), QStringLiteral("export"),
                                    QStringLiteral("extra")}),
                        2);
        CLI_EXPECT_EXIT(m_cli->run({QStringLiteral("services"), QStringLiteral("import"),
                                    m_cli->path(QStringLiteral("missing.json"))}),
                        1);
        // No database: refused, and none is created.
        const QString none = database(QStringLiteral("none"));
        CLI_EXPECT_EXIT(m_cli->runOn(none, {QStringLiteral("services"), QStringLiteral("export")}),
                        1);
        QVERIFY(!QFile::exists(none));
    }
};

QTEST_GUILESS_MAIN(TestCliCatalogueIo)
#include "tst_cli_catalogue_io.moc"
