#include "TestDatabase.h"
#include "core/ClientRules.h"
#include "storage/ClientRepository.h"
#include "storage/DemoGenerator.h"

#include <QSqlQuery>
#include <QTest>

// Client search as the desk types: accents, capitals, word starts, phone fragments, on the
// 30,000 clients of the large demo's size; and adding clients with the duplicate warning.
class TestClients : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    qint64 add(const QString& name, const QString& phone = {}, const QString& email = {})
    {
        ClientRules::Input input;
        input.name = name;
        input.phone = phone;
        input.email = email;
        qint64 id = 0;
        StorageError error;
        if (!ClientRepository(m_db->db()).add(input, 0, &id, &error))
            qWarning("add failed: %s", qPrintable(error.message));
        return id;
    }

    QList<qint64> ids(const QString& typed, int limit = 500)
    {
        StorageError error;
        QList<qint64> found;
        for (const ClientSummary& c : ClientRepository(m_db->db()).search(typed, limit, &error))
            found << c.id;
        if (error)
            qWarning("search failed: %s", qPrintable(error.detail));
        return found;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        // 30,000 clients as in the large demo, generated straight into the table.
        QSqlQuery query(m_db->db().connection());
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        query.prepare(QStringLiteral("INSERT INTO clients (full_name, phone, email, search_phone, "
                                     "created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)"));
        for (int i = 0; i < 30000; ++i) {
            const QString phone = QStringLiteral("7%1").arg(i, 8, 10, QLatin1Char('0'));
            query.addBindValue(QStringLiteral("Client Number%1 Generated").arg(i));
            query.addBindValue(phone);
            query.addBindValue(QStringLiteral("generated%1@example.org").arg(i));
            query.addBindValue(ClientRules::phoneSearchTokens(phone));
            QVERIFY(query.exec());
        }
        QVERIFY(query.exec(QStringLiteral("COMMIT")));
    }

    void accentsAndCapitalsDoNotMatter()
    {
        const qint64 nuria = add(QStringLiteral("Núria Puigdomènech i Gil·labert"),
                                 QStringLiteral("+34 612 345 678"), QStringLiteral("nuria@pg.cat"));
        QVERIFY(nuria > 0);
        for (const char* typed : {"nuria", "NURIA", "Núria", "núria puig", "puigdomenech",
                                  "PUIGDOMÈNECH", "nur puigdo", "gil labert", "nuria@pg"}) {
            QVERIFY2(ids(QString::fromUtf8(typed)).contains(nuria), typed);
        }
        QVERIFY(!ids(QStringLiteral("nuria garcia")).contains(nuria)); // every word must match
        QVERIFY(!ids(QStringLiteral("uria")).contains(nuria)); // words match from their start
    }

    void phoneFragmentsMatchAnywhereInTheNumber()
    {
        const qint64 pere = add(QStringLiteral("Pere Vila"), QStringLiteral("93 555 12 34"));
        for (const char* typed : {"935551234", "93 555", "555 12", "51234", "1234"})
            QVERIFY2(ids(QString::fromLatin1(typed)).contains(pere), typed);
        QVERIFY(!ids(QStringLiteral("5559")).contains(pere));
    }

    void manyMatchesAreCappedAndOrdered()
    {
        const QList<ClientSummary> found =
            ClientRepository(m_db->db()).search(QStringLiteral("generated"), 200, nullptr);
        QCOMPARE(found.size(), 200);
        for (int i = 1; i < found.size(); ++i)
            QVERIFY(found.at(i - 1).name <= found.at(i).name);
        QCOMPARE(ids(QStringLiteral("number29999")).size(), 1);
        QCOMPARE(ids(QStringLiteral("700029999")).size(), 1);
    }

    void searchSyntaxIsNeverPassedThrough()
    {
        for (const char* typed : {"\"", "*", "NEAR(", "a OR b", "-x", "') DROP TABLE clients; --",
                                  "^", "{}", "nuria\"*"}) {
            StorageError error;
            ClientRepository(m_db->db()).search(QString::fromUtf8(typed), 50, &error);
            QVERIFY2(!error, typed);
        }
        QCOMPARE(ids(QStringLiteral("*")).size(), 0); // only punctuation: nothing to match
    }

    void duplicatesAreFoundByPhoneDigitsOrEmail()
    {
        const qint64 first = add(QStringLiteral("Laia Font"), QStringLiteral("600 111 222"),
                                 QStringLiteral("Laia@Example.com"));
        StorageError error;
        ClientRepository repository(m_db->db());
        QList<ClientSummary> same =
            repository.findDuplicates(QStringLiteral("600111222"), QString(), &error);
        QCOMPARE(same.size(), 1);
        QCOMPARE(same.first().id, first);
        same = repository.findDuplicates(QString(), QStringLiteral("laia@example.COM"), &error);
        QCOMPARE(same.size(), 1);
        same = repository.findDuplicates(QStringLiteral("111 222"), QString(), &error);
        QCOMPARE(same.size(), 0); // a fragment is not the same number
    }

    void badInputIsRefusedAndNothingStored_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("email");
        QTest::newRow("empty name") << QString() << QString() << QString();
        QTest::newRow("spaces only") << QStringLiteral("   ") << QString() << QString();
        QTest::newRow("too long") << QString(10000, QLatin1Char('a')) << QString() << QString();
        QTest::newRow("NUL") << QStringLiteral("Anna\0Soler") << QString() << QString();
        QTest::newRow("letters as phone")
            << QStringLiteral("Anna") << QStringLiteral("call me") << QString();
        QTest::newRow("bad email")
            << QStringLiteral("Anna") << QString() << QStringLiteral("anna@");
    }
    void badInputIsRefusedAndNothingStored()
    {
        QFETCH(QString, name);
        QFETCH(QString, phone);
        QFETCH(QString, email);
        ClientRules::Input input{name, phone, email, QStringLiteral("ca"), QString()};
        QSqlQuery count(m_db->db().connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM clients")) && count.next());
        const qint64 before = count.value(0).toLongLong();
        qint64 id = 0;
        StorageError error;
        QVERIFY(!ClientRepository(m_db->db()).add(input, 0, &id, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM clients")) && count.next());
        QCOMPARE(count.value(0).toLongLong(), before);
    }

    void hostileButValidNamesAreStoredExactly()
    {
        for (const QString& name :
             {QStringLiteral("O'Brien; DROP TABLE clients; --"), QStringLiteral("Zoë 😀 Ñandú"),
              QStringLiteral("\u202Eעברית\u202C Cohen"), QString(300, QChar(0x00E9))}) {
            const qint64 id = add(name);
            QVERIFY(id > 0);
            ClientSummary stored;
            QVERIFY(ClientRepository(m_db->db()).find(id, &stored, nullptr));
            QCOMPARE(stored.name, name);
        }
    }
};

QTEST_GUILESS_MAIN(TestClients)
#include "tst_clients.moc"
