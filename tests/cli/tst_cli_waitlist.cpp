// massage-desk-cli waitlist add|list|remove (issue 12 §2): the JSON shape, the order, usage
// errors (exit 2) and refusals (exit 1) that change nothing, and the sign-in rule.
#include "CliRunner.h"

#include <QJsonArray>
#include <QtTest>

class TestCliWaitlist : public QObject
{
    Q_OBJECT

    CliRunner m_cli;

    QJsonArray listed()
    {
        const CliResult result = m_cli.run({"--json", "waitlist", "list"});
        QJsonObject json;
        if (result.exitCode != 0 || !result.parseJson(&json))
            return {};
        return json.value("waitlist").toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cli.isValid());
        CLI_EXPECT_EXIT(m_cli.run({"demo", "--size", "small"}), 0);
        m_cli.signInAs(QStringLiteral("reception"));
    }

    void addListRemove()
    {
        // The demo centre comes with a few clients waiting already.
        const int demo = int(listed().size());
        QVERIFY(demo > 0);
        CliResult result =
            m_cli.run({"--json", "waitlist", "add", "--client", "3", "--service", "leg",
                       "--therapist", "1", "--days", "mon,wed", "--times", "09:00-13:00", "--until",
                       "2026-12-31", "--note", "Mornings"});
        CLI_EXPECT_EXIT(result, 0);
        QJsonObject added;
        QVERIFY(result.parseJson(&added));
        QVERIFY(added.value("id").toInt() > 0);
        QCOMPARE(added.value("client").toInt(), 3);
        QCOMPARE(added.value("service").toString(), QStringLiteral("leg"));
        QCOMPARE(added.value("therapists").toArray().size(), 1);
        QCOMPARE(added.value("weekdays").toArray(), (QJsonArray{1, 3}));
        QCOMPARE(added.value("times").toArray(), QJsonArray{"09:00-13:00"});
        QCOMPARE(added.value("until").toString(), QStringLiteral("2026-12-31"));
        QCOMPARE(added.value("urgent").toBool(), false);
        QCOMPARE(added.value("created_by").toString(), QStringLiteral("reception"));

        m_cli.setNow(QStringLiteral("2026-11-25T10:00:00Z"));
        result = m_cli.run({"--json", "waitlist", "add", "--client", "4", "--service", "sports",
                            "--therapist", "any", "--urgent"});
        CLI_EXPECT_EXIT(result, 0);
        QJsonObject urgent;
        QVERIFY(result.parseJson(&urgent));
        QVERIFY(urgent.value("therapists").toArray().isEmpty());

        const QJsonArray entries = listed();
        QCOMPARE(entries.size(), demo + 2);
        // Urgent first, then the oldest: the new urgent entry comes before the new plain one,
        // and every urgent entry before every other.
        int urgentAt = -1, addedAt = -1, lastUrgent = -1, firstPlain = int(entries.size());
        for (int i = 0; i < entries.size(); ++i) {
            const QJsonObject e = entries.at(i).toObject();
            if (e.value("id") == urgent.value("id"))
                urgentAt = i;
            if (e.value("id") == added.value("id"))
                addedAt = i;
            if (e.value("urgent").toBool())
                lastUrgent = i;
            else
                firstPlain = std::min(firstPlain, i);
        }
        QVERIFY(urgentAt >= 0 && addedAt > urgentAt);
        QVERIFY(lastUrgent < firstPlain);
        result = m_cli.run({"waitlist", "list"});
        CLI_EXPECT_EXIT(result, 0);
        QVERIFY(result.outText().contains(QStringLiteral("Leg massage")));

        const QString id = QString::number(added.value("id").toInt());
        CLI_EXPECT_EXIT(m_cli.run({"waitlist", "remove", id}), 0);
        QCOMPARE(int(listed().size()), demo + 1);
        result = m_cli.run({"--json", "waitlist", "remove", id});
        CLI_EXPECT_EXIT(result, 1);
        QJsonObject error;
        QVERIFY(result.parseJson(&error));
        QVERIFY(error.value("error").toString().contains(id));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no service") << QStringList{"waitlist", "add", "--client", "3"} << 2;
        QTest::newRow("client not a number")
            << QStringList{"waitlist", "add", "--client", "x", "--service", "leg"} << 2;
        QTest::newRow("bad times") << QStringList{"waitlist",  "add", "--client", "3",
                                                  "--service", "leg", "--times",  "mornings"}
                                   << 2;
        QTest::newRow("bad days") << QStringList{"waitlist",  "add", "--client", "3",
                                                 "--service", "leg", "--days",   "funday"}
                                  << 2;
        QTest::newRow("bad date") << QStringList{"waitlist",  "add", "--client", "3",
                                                 "--service", "leg", "--until",  "31/12/2026"}
                                  << 2;
        QTest::newRow("unknown client")
            << QStringList{"waitlist", "add", "--client", "999999", "--service", "leg"} << 1;
        QTest::newRow("unknown service")
            << QStringList{"waitlist", "add", "--client", "3", "--service", "nope"} << 1;
        QTest::newRow("last day passed")
            << QStringList{"waitlist",  "add", "--client", "3",
                           "--service", "leg", "--until",  "2026-11-01"}
            << 1;
        QTest::newRow("remove without id") << QStringList{"waitlist", "remove"} << 2;
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const int before = int(listed().size());
        const CliResult result = m_cli.run(arguments);
        CLI_EXPECT_EXIT(result, exitCode);
        QVERIFY(!result.errText().trimmed().isEmpty());
        QCOMPARE(int(listed().size()), before);
    }

    void needsSignIn()
    {
        m_cli.signInAs(QString());
        CLI_EXPECT_EXIT(m_cli.run({"waitlist", "list"}), 1);
        m_cli.signInAs(QStringLiteral("reception"));
    }
};

QTEST_GUILESS_MAIN(TestCliWaitlist)
#include "tst_cli_waitlist.moc"
