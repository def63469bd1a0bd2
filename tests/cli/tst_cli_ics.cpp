// massage-desk-cli bookings ics, end to end: the file read back by two independent parsers from
// Debian (python3-icalendar, python3-vobject with validation), local times on both
// daylight-saving changes, stable UIDs with SEQUENCE raised on a change, no health data or
// contact details, and never over an existing file.
#include "CliCentre.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

// Debian's interpreter first: a python3 from elsewhere on PATH lacks Debian's modules.
QString python()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3"))
               ? QStringLiteral("/usr/bin/python3")
               : QStandardPaths::findExecutable(QStringLiteral("python3"));
}

// What the parsers saw, or a skip when they are not installed.
enum class Parsed
{
    Ok,
    Missing,
    Failed
};

Parsed parse(const QString& file, QJsonObject* result, QString* problem)
{
    QProcess process;
    process.start(python(), {QStringLiteral(MASSAGE_DESK_CHECK_ICS), file});
    if (!process.waitForFinished(60000)) {
        *problem = QStringLiteral("the parser did not finish: ") + process.errorString();
        return Parsed::Failed;
    }
    if (process.exitCode() == 3)
        return Parsed::Missing;
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput());
    *result = doc.object();
    if (process.exitCode() != 0 || !doc.isObject()) {
        *problem = QString::fromUtf8(process.readAllStandardError());
        return Parsed::Failed;
    }
    return Parsed::Ok;
}

#define PARSE_ICS(file, object)                                                                    \
    QJsonObject object;                                                                            \
    do {                                                                                           \
        QString problem_;                                                                          \
        const Parsed parsed_ = parse((file), &object, &problem_);                                  \
        if (parsed_ == Parsed::Missing)                                                            \
            QSKIP("python3-icalendar or python3-vobject is missing (packaging/install-deps.sh)");  \
        QVERIFY2(parsed_ == Parsed::Ok, qPrintable(problem_));                                     \
    } while (false)

QJsonObject byStart(const QJsonObject& parsed, const QString& start)
{
    for (const QJsonValue& v : parsed.value(QLatin1String("events")).toArray()) {
        if (v.toObject().value(QLatin1String("start")).toString() == start)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCliIcs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exportReadsBackWithLocalTimesOnBothChanges();
    void reExportKeepsUidsAndRaisesTheSequenceOfAChange();
    void noHealthDataNoContactDetails();
    void aTherapistsFeedHasOnlyTheirSessions();
    void neverOverwritesAFile();
    void usageErrors();
    void theParsersRefuseABrokenFile();

private:
    void book(const QString& start, int client, qint64* id);

    std::unique_ptr<CliRunner> m_cli;
    std::unique_ptr<CliCentre> m_centre;
    qint64 m_marta = 0;
    QList<qint64> m_bookings;
};

void TestCliIcs::init()
{
    m_cli = std::make_unique<CliRunner>();
    QVERIFY(m_cli->isValid());
    m_centre = std::make_unique<CliCentre>(*m_cli);
    QString problem;
    QVERIFY2(m_centre->makeDemo(&problem), qPrintable(problem));
    m_marta = m_centre->therapistId(QStringLiteral("Marta Vidal"));
    QVERIFY(m_marta > 0);
    // The centre opens on Sundays, with Marta on shift, so sessions fall on the change days.
    QCOMPARE(CliCentre::sql(m_cli->database(),
                            {QStringLiteral("INSERT INTO opening_hours (weekday, opens_minute, "
                                            "closes_minute) VALUES (7, 540, 840)"),
                             QStringLiteral("INSERT INTO therapist_shifts (therapist_id, weekday, "
                                            "start_minute, end_minute) VALUES (%1, 7, 540, 840)")
                                 .arg(m_marta)}),
             QString());
    m_cli->setNow(QStringLiteral("2027-03-01T08:00:00Z"));
    m_bookings.clear();
    // Madrid: summer time from 2027-03-28, winter time from 2027-10-31. Wednesdays are open.
    for (const auto& [start, client] :
         {std::pair{"2027-03-24 10:00", 5}, std::pair{"2027-03-28 10:00", 6},
          std::pair{"2027-10-20 10:00", 7}, std::pair{"2027-10-31 10:00", 8}}) {
        qint64 id = 0;
        book(QString::fromLatin1(start), client, &id);
        if (QTest::currentTestFailed())
            return;
        m_bookings.append(id);
    }
}

void TestCliIcs::cleanup()
{
    m_centre.reset();
    m_cli.reset();
}

void TestCliIcs::book(const QString& start, int client, qint64* id)
{
    const CliResult r =
        m_centre->run({QStringLiteral("--json"), QStringLiteral("book"), QStringLiteral("--client"),
                       QString::number(client), QStringLiteral("--service"), QStringLiteral("leg"),
                       QStringLiteral("--therapist"), QString::number(m_marta),
                       QStringLiteral("--start"), start});
    CLI_EXPECT_EXIT(r, 0);
    QJsonObject object;
    CLI_PARSE_JSON(r, object);
    *id = object.value(QLatin1String("id")).toInteger();
}

const QStringList kRange = {QStringLiteral("bookings"), QStringLiteral("ics"),
                            QStringLiteral("--from"),   QStringLiteral("2027-03-20"),
                            QStringLiteral("--to"),     QStringLiteral("2027-11-05")};

void TestCliIcs::exportReadsBackWithLocalTimesOnBothChanges()
{
    const QString file = m_cli->path(QStringLiteral("centre.ics"));
    CLI_EXPECT_EXIT(m_centre->run(kRange + QStringList{QStringLiteral("--out"), file}), 0);
    PARSE_ICS(file, parsed);
    QCOMPARE(parsed.value(QLatin1String("errors")).toArray(), QJsonArray());
    QCOMPARE(parsed.value(QLatin1String("events")).toArray().size(), 4);
    // 10:00 on each day in the centre's clock, with the offset of that day.
    for (const char* start : {"2027-03-24T10:00:00+01:00", "2027-03-28T10:00:00+02:00",
                              "2027-10-20T10:00:00+02:00", "2027-10-31T10:00:00+01:00"}) {
        const QJsonObject e = byStart(parsed, QString::fromLatin1(start));
        QVERIFY2(!e.isEmpty(), start);
        QCOMPARE(e.value(QLatin1String("status")).toString(), QStringLiteral("CONFIRMED"));
    }
    // The leg massage's shortest length, without the cleanup time.
    QCOMPARE(byStart(parsed, QStringLiteral("2027-03-28T10:00:00+02:00"))
                 .value(QLatin1String("end"))
                 .toString(),
             QStringLiteral("2027-03-28T10:30:00+02:00"));
    const QByteArray bytes = CliRunner::readAll(file);
    QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
}

void TestCliIcs::reExportKeepsUidsAndRaisesTheSequenceOfAChange()
{
    const QString before = m_cli->path(QStringLiteral("before.ics"));
    const QString after = m_cli->path(QStringLiteral("after.ics"));
    CLI_EXPECT_EXIT(m_centre->run(kRange + QStringList{QStringLiteral("--out"), before}), 0);
    CLI_EXPECT_EXIT(m_centre->run({QStringLiteral("cancel"), QString::number(m_bookings.at(1)),
                                   QStringLiteral("--reason"), QStringLiteral("asked to move")}),
                    0);
    CLI_EXPECT_EXIT(m_centre->run(kRange + QStringList{QStringLiteral("--out"), after}), 0);
    PARSE_ICS(before, first);
    PARSE_ICS(after, second);
    QCOMPARE(second.value(QLatin1String("errors")).toArray(), QJsonArray());
    const auto uids = [](const QJsonObject& parsed) {
        QStringList list;
        for (const QJsonValue& v : parsed.value(QLatin1String("events")).toArray())
            list << v.toObject().value(QLatin1String("uid")).toString();
        list.sort();
        return list;
    };
    QCOMPARE(uids(second), uids(first));
    const QString sunday = QStringLiteral("2027-03-28T10:00:00+02:00");
    const QJsonObject was = byStart(first, sunday);
    const QJsonObject is = byStart(second, sunday);
    QCOMPARE(is.value(QLatin1String("status")).toString(), QStringLiteral("CANCELLED"));
    QCOMPARE(was.value(QLatin1String("status")).toString(), QStringLiteral("CONFIRMED"));
    QVERIFY(is.value(QLatin1String("sequence")).toInt() >
            was.value(QLatin1String("sequence")).toInt());
    const QString other = QStringLiteral("2027-10-20T10:00:00+02:00");
    QCOMPARE(byStart(second, other).value(QLatin1String("sequence")),
             byStart(first, other).value(QLatin1String("sequence")));
}

void TestCliIcs::noHealthDataNoContactDetails()
{
    CLI_EXPECT_EXIT(
        m_centre->run({QStringLiteral("cancel"), QString::number(m_bookings.at(0)),
                       QStringLiteral("--reason"), QStringLiteral("REASONWORD swollen calf")}),
        0);
    const QString file = m_cli->path(QStringLiteral("centre.ics"));
    CLI_EXPECT_EXIT(m_centre->run(kRange + QStringList{QStringLiteral("--out"), file}), 0);
    const QString text =
        QString::fromUtf8(CliRunner::readAll(file)).replace(QStringLiteral("\r\n "), QString());
    QVERIFY(!text.contains(QStringLiteral("REASONWORD")));
    QVERIFY(!text.contains(QStringLiteral("swollen")));
    QList<QVariantList> clients;
    QCOMPARE(CliCentre::sql(m_cli->database(),
                            {QStringLiteral("SELECT full_name, phone, email FROM clients "
                                            "WHERE id IN (5, 6, 7, 8)")},
                            &clients),
             QString());
    QCOMPARE(clients.size(), 4);
    for (const QVariantList& c : clients) {
        const QString name = c.at(0).toString();
        // First names by default (Settings: calendar.client_name).
        QVERIFY2(text.contains(QStringLiteral(": ") + name.section(QLatin1Char(' '), 0, 0)),
                 qPrintable(name));
        QVERIFY2(!text.contains(name), qPrintable(name));
        for (int i : {1, 2}) {
            if (!c.at(i).toString().isEmpty())
                QVERIFY2(!text.contains(c.at(i).toString()), qPrintable(c.at(i).toString()));
        }
    }
}

void TestCliIcs::aTherapistsFeedHasOnlyTheirSessions()
{
    const QString mine = m_cli->path(QStringLiteral("marta.ics"));
    const QString theirs = m_cli->path(QStringLiteral("jordi.ics"));
    CLI_EXPECT_EXIT(
        m_centre->run(kRange + QStringList{QStringLiteral("--therapist"), QString::number(m_marta),
                                           QStringLiteral("--out"), mine}),
        0);
    CLI_EXPECT_EXIT(m_centre->run(kRange + QStringList{QStringLiteral("--therapist"),
                                                       QString::number(m_centre->therapistId(
                                                           QStringLiteral("Jordi Serra"))),
                                                       QStringLiteral("--out"), theirs}),
                    0);
    PARSE_ICS(mine, marta);
    PARSE_ICS(theirs, jordi);
    QCOMPARE(marta.value(QLatin1String("events")).toArray().size(), 4);
    QCOMPARE(jordi.value(QLatin1String("events")).toArray().size(), 0);
    QCOMPARE(jordi.value(QLatin1String("errors")).toArray(), QJsonArray());
}

void TestCliIcs::neverOverwritesAFile()
{
    const QString file = m_cli->path(QStringLiteral("taken.ics"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    const CliResult r = m_centre->run(kRange + QStringList{QStringLiteral("--out"), file});
    CLI_EXPECT_EXIT(r, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("already exists")), qPrintable(r.describe()));
    QCOMPARE(CliRunner::readAll(file), QByteArray("keep me"));

    // A calendar names clients: readable by its owner only.
    const QString fresh = m_cli->path(QStringLiteral("fresh.ics"));
    CLI_EXPECT_EXIT(m_centre->run(kRange + QStringList{QStringLiteral("--out"), fresh}), 0);
    QCOMPARE(QFile::permissions(fresh) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
}

void TestCliIcs::usageErrors()
{
    const QString file = m_cli->path(QStringLiteral("x.ics"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("bookings"), QStringLiteral("ics"), QStringLiteral("--from"),
                      QStringLiteral("2027-03-20"), QStringLiteral("--out"), file},
          kRange,
          QStringList{QStringLiteral("bookings"), QStringLiteral("ics"), QStringLiteral("--from"),
                      QStringLiteral("2027-13-01"), QStringLiteral("--to"),
                      QStringLiteral("2027-12-01"), QStringLiteral("--out"), file},
          QStringList{QStringLiteral("bookings"), QStringLiteral("ics"), QStringLiteral("--from"),
                      QStringLiteral("2027-03-20"), QStringLiteral("--to"),
                      QStringLiteral("2027-03-01"), QStringLiteral("--out"), file}}) {
        CLI_EXPECT_EXIT(m_centre->run(args), 2);
    }
    QVERIFY(!QFile::exists(file));
}

void TestCliIcs::theParsersRefuseABrokenFile()
{
    // The check above can fail: the same export without its DTSTAMP lines is refused.
    const QString file = m_cli->path(QStringLiteral("centre.ics"));
    CLI_EXPECT_EXIT(m_centre->run(kRange + QStringList{QStringLiteral("--out"), file}), 0);
    QByteArray bytes = CliRunner::readAll(file);
    QList<QByteArray> kept;
    for (const QByteArray& line : bytes.split('\n')) {
        if (!line.startsWith("DTSTAMP:"))
            kept << line;
    }
    const QString broken = m_cli->path(QStringLiteral("broken.ics"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kept.join('\n'));
    f.close();
    PARSE_ICS(broken, parsed);
    QVERIFY(!parsed.value(QLatin1String("errors")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliIcs)
#include "tst_cli_ics.moc"
