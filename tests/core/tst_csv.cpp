// CSV out (cells neutralised against formulas, quoting) and in (encodings, delimiters, quotes,
// line breaks), QtCore alone.
#include "core/ClientImport.h"
#include "core/Csv.h"
#include "core/SpreadsheetExport.h"

#include <QTest>

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void formulaCellsAreNeutralised_data();
    void formulaCellsAreNeutralised();
    void cellsAreQuotedWhenNeeded();
    void exportedClientsHaveNoNotes();
    void exportedBookingsHaveOutcomeLevelsOnly();
    void encodingsAreDetected_data();
    void encodingsAreDetected();
    void delimitersAreDetected_data();
    void delimitersAreDetected();
    void recordsKeepTheirLineNumbers();
    void headersMatchInThreeLanguages_data();
    void headersMatchInThreeLanguages();
};

void TestCsv::formulaCellsAreNeutralised_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\")")
                       << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("+") << QStringLiteral("+34 600 000 000") << QStringLiteral("'+34 600 000 000");
    QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
    QTest::newRow("CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("plain") << QStringLiteral("Núria") << QStringLiteral("Núria");
    QTest::newRow("inner =") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("apostrophe") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
}

void TestCsv::formulaCellsAreNeutralised()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(Csv::cell(value), cell);
    // What Massage Desk wrote comes back as it was.
    QString read = Csv::parse(Csv::row({value}), QLatin1Char(',')).value(0).cells.value(0);
    QCOMPARE(Csv::unneutralise(read), value);
}

void TestCsv::cellsAreQuotedWhenNeeded()
{
    QCOMPARE(
        Csv::row({QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                  QStringLiteral(" pad"), QStringLiteral("x;y"), QString()}),
        QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad\",\"x;y\",\r\n"));
}

void TestCsv::exportedClientsHaveNoNotes()
{
    ClientDetails c;
    c.id = 7;
    c.name = QStringLiteral("=cmd|' /C calc'!A0");
    c.phone = QStringLiteral("+34 612 34 56 78");
    c.email = QStringLiteral("anna@example.com");
    c.language = QStringLiteral("ca");
    c.notes = QStringLiteral("NOTESECRET prefers light pressure");
    c.consentVersion = QStringLiteral("2026.1");
    c.consentAt = QDateTime(QDate(2026, 3, 1), QTime(23, 30), QTimeZone::utc()).toSecsSinceEpoch();
    c.createdAt = c.consentAt;
    const QString csv = SpreadsheetExport::clients({c}, QTimeZone("Europe/Madrid"));
    QVERIFY(!csv.contains(QStringLiteral("NOTESECRET")));
    QCOMPARE(csv, QStringLiteral("id,name,phone,email,language,consent_date,created\r\n"
                                 "7,'=cmd|' /C calc'!A0,'+34 612 34 56 78,anna@example.com,ca,"
                                 "2026-03-02,2026-03-02\r\n"));
    // A withdrawn consent is no consent.
    c.consentWithdrawnAt = c.consentAt + 10;
    QVERIFY(SpreadsheetExport::clients({c}, QTimeZone("Europe/Madrid"))
                .endsWith(QStringLiteral("ca,,2026-03-02\r\n")));
}

void TestCsv::exportedBookingsHaveOutcomeLevelsOnly()
{
    AgendaEntry b;
    b.id = 3;
    b.startsAt = QDateTime(QDate(2027, 3, 28), QTime(8, 0), QTimeZone::utc()).toSecsSinceEpoch();
    b.minutes = 45;
    b.status = QStringLiteral("referred");
    b.statusReason = QStringLiteral("REASONSECRET swelling");
    b.clientId = 9;
    b.clientName = QStringLiteral("Pau Roca");
    b.serviceName = QStringLiteral("Leg massage");
    b.therapistName = QStringLiteral("Marta Vidal");
    b.roomName = QStringLiteral("Sala Mar");
    b.checkinOutcome = QStringLiteral("stop_refer");
    const QString csv = SpreadsheetExport::bookings({b}, QTimeZone("Europe/Madrid"));
    QVERIFY(!csv.contains(QStringLiteral("REASONSECRET")));
    QVERIFY(!csv.contains(QStringLiteral("swelling")));
    // 08:00Z is 10:00 on the first day of summer time.
    QCOMPARE(csv.section(QStringLiteral("\r\n"), 1, 1),
             QStringLiteral("3,2027-03-28,10:00,10:45,45,Leg massage,Marta Vidal,Sala Mar,9,"
                            "Pau Roca,referred,stop_refer"));
}

void TestCsv::encodingsAreDetected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = QStringLiteral("nom\nJosé Güell\n");
    QTest::newRow("UTF-8") << text.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8()
                               << QStringLiteral("UTF-8 with BOM");
    QTest::newRow("Windows-1252") << text.toLatin1() << QStringLiteral("Windows-1252");
    QTest::newRow("euro sign") << QByteArray("nom\n\x80 Caf\xe9\n")
                               << QStringLiteral("Windows-1252");
}

void TestCsv::encodingsAreDetected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QString found;
    const QString text = Csv::decode(bytes, &found);
    QCOMPARE(found, encoding);
    QVERIFY(text.startsWith(QStringLiteral("nom\n"))); // no BOM left in the first header
    QVERIFY(text.contains(QStringLiteral("José Güell")) || text.contains(QStringLiteral("€ Café")));
}

void TestCsv::delimitersAreDetected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("comma") << QStringLiteral("a,b,c\n1,\"x;y\",3\n") << QStringLiteral(",");
    QTest::newRow("semicolon") << QStringLiteral("a;b;c\n1;\"2,5\";3\n4;5,5;6\n")
                               << QStringLiteral(";");
    QTest::newRow("tab") << QStringLiteral("a\tb\n1, 2\t3\n") << QStringLiteral("\t");
    QTest::newRow("one column") << QStringLiteral("name\nAnna\n") << QStringLiteral(",");
}

void TestCsv::delimitersAreDetected()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QCOMPARE(QString(Csv::detectDelimiter(text)), delimiter);
}

void TestCsv::recordsKeepTheirLineNumbers()
{
    const QList<Csv::Record> records = Csv::parse(
        QStringLiteral("h1,h2\r\n\"multi\r\nline\",x\r\n\r\nlast,\"a \"\"q\"\"\"\rcr,\"open"),
        QLatin1Char(','));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).line, 1);
    QCOMPARE(records.at(1).line, 2);
    QCOMPARE(records.at(1).cells,
             QStringList({QStringLiteral("multi\r\nline"), QStringLiteral("x")}));
    QCOMPARE(records.at(2).line, 5); // the blank line 4 is no record
    QCOMPARE(records.at(2).cells.at(1), QStringLiteral("a \"q\""));
    QCOMPARE(records.at(3).line, 6); // after a lone CR
    QCOMPARE(records.at(3).cells.at(0), QStringLiteral("cr"));
    QCOMPARE(records.at(3).problem, QStringLiteral("unclosed-quote"));
    QVERIFY(records.at(2).problem.isEmpty());
}

void TestCsv::headersMatchInThreeLanguages_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("en") << QStringList{QStringLiteral("First Name"),
                                       QStringLiteral("Last Name"),
                                       QStringLiteral("Mobile Number"),
                                       QStringLiteral("E-mail"),
                                       QStringLiteral("Notes"),
                                       QStringLiteral("Date of Birth")}
                        << QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"),
                                       QStringLiteral("phone"),      QStringLiteral("email"),
                                       QStringLiteral("notes"),      QStringLiteral("ignore")};
    QTest::newRow("ca")
        << QStringList{QStringLiteral("Nom"),           QStringLiteral("Cognoms"),
                       QStringLiteral("Telèfon mòbil"), QStringLiteral("Correu electrònic"),
                       QStringLiteral("Idioma"),        QStringLiteral("Data consentiment")}
        << QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"),
                       QStringLiteral("phone"),      QStringLiteral("email"),
                       QStringLiteral("language"),   QStringLiteral("consent_date")};
    QTest::newRow("es") << QStringList{QStringLiteral("NOMBRE Y APELLIDOS"),
                                       QStringLiteral("Móvil"), QStringLiteral("Correo"),
                                       QStringLiteral("Observaciones")}
                        << QStringList{QStringLiteral("name"), QStringLiteral("phone"),
                                       QStringLiteral("email"), QStringLiteral("notes")};
    QTest::newRow("ours") << QStringList{QStringLiteral("id"), QStringLiteral("name"),
                                         QStringLiteral("consent_date")}
                          << QStringList{QStringLiteral("ignore"), QStringLiteral("name"),
                                         QStringLiteral("consent_date")};
}

void TestCsv::headersMatchInThreeLanguages()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, fields);
    QStringList found;
    for (ClientImport::Field f : ClientImport::matchHeader(header))
        found << ClientImport::fieldName(f);
    QCOMPARE(found, fields);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
