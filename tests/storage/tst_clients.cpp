#include "TestDatabase.h"
#include "core/ClientRules.h"
#include "storage/CheckinRepository.h"
#include "storage/ClientRepository.h"
#include "storage/DemoGenerator.h"
#include "storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Client search as the desk types: accents, capitals, word starts, phone fragments, on the
// 30,000 clients of the large demo's size; adding and editing clients with the duplicate
// warning; consent; and a client's bookings with check-in outcome levels, never the answers.
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

    QVariant value(const QString& sql, qint64 id)
    {
        QSqlQuery query(m_db->db().connection());
        query.prepare(sql);
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0) : QVariant();
    }

    qint64 auditEntries(Database& database)
    {
        QSqlQuery query(database.connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && query.next()
                   ? query.value(0).toLongLong()
                   : -1;
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        // 30,000 clients as in the large demo, generated straight into the table.
        QSqlQuery query(m_db->db().connection());
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        query.prepare(QStringLiteral("INSERT INTO clients (full_name, phone, email, search_phone, "
                                     "created_at, updated_at) VALUES (?, ?, ?, ?, %1, %1)")
                          .arg(m_db->time(0)));
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

    // A letter or two matches thousands: the server keeps each word's first letters as words of
    // their own (client_words, migration 17), whose clients its index lists in name order, and
    // walks the names or looks the matches up when those are missing. Either way the page is the
    // first matches by name, as a longer word finds them.
    void aFewLettersFindTheFirstPageWhereverItLies()
    {
        QList<qint64> zoes;
        for (const char* name : {"Zoe Zamora Vidal", "Zoe Zamora Abril", "Zoë Zurita"})
            zoes << add(QString::fromUtf8(name));
        const QList<qint64> found = ids(QStringLiteral("zo"), 10);
        QCOMPARE(found, (QList<qint64>{zoes.at(1), zoes.at(0), zoes.at(2)}));
        QCOMPARE(ids(QStringLiteral("z"), 2), (QList<qint64>{zoes.at(1), zoes.at(0)}));
        // Thirty thousand "Number" clients come before them: a page of five from the start.
        const QList<qint64> page = ids(QStringLiteral("nu"), 5);
        QCOMPARE(page.size(), 5);
        QCOMPARE(page, ids(QStringLiteral("number"), 5));
        QCOMPARE(ids(QStringLiteral("nu zo"), 5), QList<qint64>());
    }

    // One word of four letters or more: the server merges, in name order, the clients of each
    // word that starts with it (client_words); past 40 such words it asks the trigram index.
    // Up to three letters it reads the one word they are kept as.
    // Either way the page is the first matches by name, each client once.
    void oneWordFindsItsPageInNameOrder()
    {
        QList<qint64> vor; // in name order; Vordana Vorés has two words that start with "vor"
        for (const auto& [name, email] : {std::pair{"Albert Vorell Pons", ""},
                                          {"Queralt Vives", "q.vorquez@example.cat"},
                                          {"Vordana Vorés", ""},
                                          {"Vorla Albà", ""},
                                          {"Vorlí Bosch", ""}})
            vor << add(QString::fromUtf8(name), {}, QString::fromLatin1(email));
        QCOMPARE(ids(QStringLiteral("vor")), vor);
        QCOMPARE(ids(QStringLiteral("Vor"), 2), vor.mid(0, 2));
        QCOMPARE(ids(QStringLiteral("vorl")), vor.mid(3, 2));
        QCOMPARE(ids(QStringLiteral("VORÉS")), vor.mid(2, 1));
        QCOMPARE(ids(QStringLiteral("vorquez")), vor.mid(1, 1));
        QCOMPARE(ids(QStringLiteral("vorx")), QList<qint64>());

        // 45 words that start with "xqzw", added out of order: the first three letters are
        // one word kept for all, four are more words than the server merges (the trigram index
        // answers), five are fewer.
        QList<qint64> many;
        for (int i = 44; i >= 0; --i)
            many.prepend(add(QStringLiteral("Xqzw%1%2 Prova")
                                 .arg(QChar(u'a' + i / 26))
                                 .arg(QChar(u'a' + i % 26))));
        QCOMPARE(ids(QStringLiteral("xqz")), many);
        QCOMPARE(ids(QStringLiteral("xqz"), 10), many.mid(0, 10));
        QCOMPARE(ids(QStringLiteral("xq"), 10), many.mid(0, 10));
        QCOMPARE(ids(QStringLiteral("xqzw")), many);
        QCOMPARE(ids(QStringLiteral("xqzw"), 10), many.mid(0, 10));
        QCOMPARE(ids(QStringLiteral("xqzwb")), many.mid(26));

        if (!m_db->isServer())
            return;
        // The server kept each client's name and email words, and answers from them: a word
        // taken out of client_words is no longer found, until the client's name changes.
        QCOMPARE(value(QStringLiteral("SELECT string_agg(word, ' ' ORDER BY word) FROM "
                                      "client_words WHERE client_id = ?"),
                       vor.at(1))
                     .toString(),
                 QStringLiteral("c ca cat e ex exa example q qu que queralt v vi viv vives vo "
                                "vor vorquez"));
        QSqlQuery query(m_db->db().connection());
        QVERIFY(
            query.exec(QStringLiteral("DELETE FROM client_words WHERE word IN ('vorla', 'vor') AND "
                                      "client_id = %1")
                           .arg(vor.at(3))));
        QCOMPARE(ids(QStringLiteral("vor")),
                 (QList<qint64>{vor.at(0), vor.at(1), vor.at(2), vor.at(4)}));
        QCOMPARE(ids(QStringLiteral("vorl")), vor.mid(4, 1));
        ClientRules::Input input;
        input.name = QStringLiteral("Vorla Albà Roig");
        StorageError error;
        QVERIFY2(ClientRepository(m_db->db()).update(vor.at(3), input, &error),
                 qPrintable(error.message));
        QCOMPARE(ids(QStringLiteral("vor")), vor);
    }

    // Several words: the server walks, in name order, the clients under the longest word's
    // first letters that the other words' first letters also list, and checks each; a walk
    // that stops short of a page (kWordsWalked) leaves the trigram index to answer. Either way
    // the page is the first clients with every word, by name.
    void severalWordsFindTheirPageInNameOrder()
    {
        QList<qint64> ferrer, puig; // in name order
        for (int i = 0; i < 12; ++i) {
            ferrer << add(QStringLiteral("Quima Ferrer %1").arg(QChar(u'a' + i)));
            puig << add(QStringLiteral("Quima Puig %1").arg(QChar(u'a' + i)),
                        QStringLiteral("61%1 000 111").arg(i % 10));
        }
        const qint64 pujol = add(QStringLiteral("Quimeta Pujol"));
        QCOMPARE(ids(QStringLiteral("quima p")), puig);
        QCOMPARE(ids(QStringLiteral("quima pu"), 5), puig.mid(0, 5));
        QCOMPARE(ids(QStringLiteral("qui pu"), 13), puig + QList<qint64>{pujol});
        QCOMPARE(ids(QStringLiteral("pu QUIMA"), 3), puig.mid(0, 3));
        QCOMPARE(ids(QStringLiteral("quima ferrer c")), ferrer.mid(2, 1));
        QCOMPARE(ids(QStringLiteral("quima zz")), QList<qint64>());
        // Digits alone may be a phone's: answered from the clients rows, phone included.
        QCOMPARE(ids(QStringLiteral("quima 613")), (QList<qint64>{puig.at(3)}));
        QSqlQuery query(m_db->db().connection());

        if (m_db->isServer()) {
            // The whole page came from client_words: a client whose words are lost is missing
            // from it, until the client is written again.
            QVERIFY(query.exec(
                QStringLiteral("DELETE FROM client_words WHERE client_id = %1").arg(puig.at(1))));
            QCOMPARE(ids(QStringLiteral("quima pu"), 5),
                     (QList<qint64>{puig.at(0), puig.at(2), puig.at(3), puig.at(4), puig.at(5)}));
            ClientRules::Input input;
            input.name = QStringLiteral("Quima Puig bb"); // a change the triggers follow
            input.phone = QStringLiteral("611 000 111");
            StorageError error;
            QVERIFY2(ClientRepository(m_db->db()).update(puig.at(1), input, &error),
                     qPrintable(error.message));
            QCOMPARE(ids(QStringLiteral("quima pu"), 5), puig.mid(0, 5));
        }

        // More clients under "qui" before the matches than one walk reads.
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        query.prepare(QStringLiteral("INSERT INTO clients (full_name, created_at, updated_at) "
                                     "VALUES (?, %1, %1)")
                          .arg(m_db->time(0)));
        for (int i = 0; i < SqlDialect::kWordsWalked + 5; ++i) {
            query.addBindValue(QStringLiteral("Quico Abril %1").arg(i, 4, 10, QLatin1Char('0')));
            QVERIFY(query.exec());
        }
        QVERIFY(query.exec(QStringLiteral("COMMIT")));
        // One match before them, two after: the walk's one is not the page.
        QList<qint64> zeta;
        for (const char* name : {"Quico Aaa Zeta", "Quico Zeta Roig", "Quico Zeta Vidal"})
            zeta << add(QString::fromLatin1(name));
        QCOMPARE(ids(QStringLiteral("quico zeta"), 5), zeta);
        QCOMPARE(ids(QStringLiteral("quico zeta"), 2), zeta.mid(0, 2));
        QCOMPARE(ids(QStringLiteral("quico abril 1004")).size(), 1);
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

    void updateRoundTripsAndSearchFollowsTheNewName()
    {
        const qint64 id = add(QStringLiteral("Anna Roca Ferrer"), QStringLiteral("611 22 33 44"),
                              QStringLiteral("anna.roca@example.org"));
        QVERIFY(id > 0);
        QVERIFY(ids(QStringLiteral("roca ferrer")).contains(id));
        const QDateTime created = m_db->clock().nowUtc();
        m_db->clock().set(created.addSecs(3600));

        ClientRules::Input input;
        input.name = QStringLiteral("  Núria   Soler Puigdomènech ");
        input.phone = QStringLiteral("+34 699 88 77 66");
        input.email = QStringLiteral("Nuria.Soler@example.cat");
        input.language = QStringLiteral("es");
        input.notes = QStringLiteral("Prefers mornings.\nAsk for room 2.");
        StorageError error;
        ClientRepository repository(m_db->db());
        QVERIFY2(repository.update(id, input, &error), qPrintable(error.message));

        ClientDetails stored;
        QVERIFY(repository.details(id, &stored, &error));
        QCOMPARE(stored.id, id);
        QCOMPARE(stored.name, QStringLiteral("Núria Soler Puigdomènech")); // simplified
        QCOMPARE(stored.phone, input.phone);
        QCOMPARE(stored.email, input.email);
        QCOMPARE(stored.language, QStringLiteral("es"));
        QCOMPARE(stored.notes, input.notes);
        QCOMPARE(stored.createdAt, created.toSecsSinceEpoch());
        QCOMPARE(stored.updatedAt, created.toSecsSinceEpoch() + 3600);
        QVERIFY(!stored.hasConsent());

        // The new name, phone and email are found; the old ones no longer are.
        for (const char* typed : {"nuria", "NÚRIA soler", "puigdomenech", "nuria.soler", "699 88",
                                  "887766", "+34699887766"})
            QVERIFY2(ids(QString::fromUtf8(typed)).contains(id), typed);
        for (const char* typed : {"anna", "roca", "ferrer", "anna.roca", "611 22", "223344"})
            QVERIFY2(!ids(QString::fromUtf8(typed)).contains(id), typed);
        QCOMPARE(
            value(QStringLiteral("SELECT search_phone FROM clients WHERE id = ?"), id).toString(),
            ClientRules::phoneSearchTokens(input.phone));
        QSqlQuery check(m_db->db().connection());
        if (m_db->isServer()) // the trigger-kept key holds the new words only
            QCOMPARE(value(QStringLiteral("SELECT search_key FROM clients WHERE id = ?"), id)
                         .toString()
                         .section(QLatin1Char(' '), 1, 4),
                     QStringLiteral("nuria soler puigdomenech nuria"));
        else
            QVERIFY2(check.exec(QStringLiteral(
                         "INSERT INTO client_search (client_search) VALUES ('integrity-check')")),
                     "the FTS index no longer matches the clients table");

        // Removing the phone empties search_phone too.
        input.phone.clear();
        QVERIFY(repository.update(id, input, &error));
        QCOMPARE(
            value(QStringLiteral("SELECT search_phone FROM clients WHERE id = ?"), id).toString(),
            QString());
        QVERIFY(!ids(QStringLiteral("887766")).contains(id));
        QVERIFY(ids(QStringLiteral("nuria soler")).contains(id));
        QVERIFY(repository.findDuplicates(QStringLiteral("699887766"), {}, &error).isEmpty());
        QCOMPARE(
            repository.findDuplicates({}, QStringLiteral("nuria.soler@EXAMPLE.cat"), &error).size(),
            1);
        m_db->clock().set(created);
    }

    void updateRefusesBadInputAndUnknownClients()
    {
        const qint64 id = add(QStringLiteral("Marc Puig"), QStringLiteral("622 000 111"));
        ClientRepository repository(m_db->db());
        ClientRules::Input input{
            QStringLiteral("Marc Puig"), QStringLiteral("call me"), {}, QStringLiteral("ca"), {}};
        StorageError error;
        QVERIFY(!repository.update(id, input, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        input = {QString(), {}, {}, QStringLiteral("ca"), {}};
        QVERIFY(!repository.update(id, input, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        ClientDetails stored;
        QVERIFY(repository.details(id, &stored, &error));
        QCOMPARE(stored.name, QStringLiteral("Marc Puig"));
        QCOMPARE(stored.phone, QStringLiteral("622 000 111"));

        input = {QStringLiteral("Nobody"), {}, {}, QStringLiteral("ca"), {}};
        error = {};
        QVERIFY(!repository.update(99999999, input, &error));
        QCOMPARE(error.code, StorageError::Code::NotFound);
        QVERIFY(!repository.details(99999999, &stored, &error));
        QCOMPARE(error.code, StorageError::Code::NotFound);
        QVERIFY(ids(QStringLiteral("nobody")).isEmpty());
    }

    void consentIsRecordedWithdrawnAndAudited()
    {
        const qint64 id = add(QStringLiteral("Laura Camps"));
        ClientRepository repository(m_db->db());
        StorageError error;
        const qint64 auditBefore = auditEntries(m_db->db());
        const qint64 now = m_db->clock().nowSecs();
        QCOMPARE(ClientRules::consentVersion(), QStringLiteral("2026.1"));
        QVERIFY(!ClientRules::consentText().isEmpty());

        QVERIFY(!repository.withdrawConsent(id, &error)); // nothing to withdraw yet
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY2(repository.recordConsent(id, ClientRules::consentVersion(), 0, &error),
                 qPrintable(error.message));
        ClientDetails d;
        QVERIFY(repository.details(id, &d, &error));
        QVERIFY(d.hasConsent());
        QCOMPARE(d.consentVersion, QStringLiteral("2026.1"));
        QCOMPARE(d.consentAt, now);
        QCOMPARE(d.consentBy, qint64(0));
        QCOMPARE(d.consentWithdrawnAt, qint64(0));

        m_db->clock().set(m_db->clock().nowUtc().addDays(2));
        QVERIFY2(repository.withdrawConsent(id, &error), qPrintable(error.message));
        QVERIFY(repository.details(id, &d, &error));
        QVERIFY(!d.hasConsent());
        QCOMPARE(d.consentWithdrawnAt, now + 2 * 86400);
        QCOMPARE(d.consentVersion, QStringLiteral("2026.1")); // what had been agreed stays known
        QCOMPARE(d.consentAt, now);
        QVERIFY(!repository.withdrawConsent(id, &error));

        // Agreeing again, recorded by a user who exists: the withdrawal is cleared.
        QSqlQuery user(m_db->db().connection());
        QVERIFY(user.exec(QStringLiteral("INSERT INTO users (name, display_name, role, "
                                         "created_at) VALUES ('marta', 'Marta Vidal', "
                                         "'receptionist', %1)")
                              .arg(m_db->time(0))));
        const qint64 marta = user.lastInsertId().toLongLong();
        m_db->db().setActor(Actor{marta, QStringLiteral("marta"), Role::Receptionist, 0});
        QVERIFY(repository.recordConsent(id, QStringLiteral("2026.1"), marta, &error));
        QVERIFY(repository.details(id, &d, &error));
        QVERIFY(d.hasConsent());
        QCOMPARE(d.consentBy, marta);
        QCOMPARE(d.consentByName, QStringLiteral("Marta Vidal"));
        QCOMPARE(d.consentWithdrawnAt, qint64(0));
        // An unknown user id is not stored as a dangling reference.
        QVERIFY(repository.recordConsent(id, QStringLiteral("2026.1"), 4242, &error));
        QVERIFY(repository.details(id, &d, &error));
        QCOMPARE(d.consentBy, qint64(0));

        QVERIFY(!repository.recordConsent(id, QStringLiteral("  "), 0, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);
        QVERIFY(!repository.recordConsent(99999999, QStringLiteral("2026.1"), 0, &error));
        QCOMPARE(error.code, StorageError::Code::NotFound);
        QCOMPARE(auditEntries(m_db->db()), auditBefore + 4);
        QSqlQuery kinds(m_db->db().connection());
        kinds.prepare(QStringLiteral("SELECT kind, user_name FROM audit_log WHERE client_id = ? "
                                     "ORDER BY id"));
        kinds.addBindValue(id);
        QVERIFY(kinds.exec());
        QStringList seen;
        while (kinds.next())
            seen << kinds.value(0).toString() + QLatin1Char('/') + kinds.value(1).toString();
        QCOMPARE(seen, (QStringList{QStringLiteral("client.consent/desk"),
                                    QStringLiteral("client.consent_withdrawn/desk"),
                                    QStringLiteral("client.consent/marta"),
                                    QStringLiteral("client.consent/desk")}));
        m_db->clock().set(QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()));
    }

    // A new client with consent is one transaction (issue 11: a save that did not get through
    // changed nothing, so it can run again): stored together, or, when the consent part
    // fails, no client and no audit entry left behind.
    void newClientWithConsentIsAllOrNothing()
    {
        ClientRepository repository(m_db->db());
        StorageError error;
        ClientRules::Input input;
        input.name = QStringLiteral("Consent Together");
        input.phone = QStringLiteral("611 000 111");
        qint64 id = 0;
        QVERIFY2(repository.addWithConsent(input, ClientRules::consentVersion(), 0, &id, &error),
                 qPrintable(error.message));
        ClientDetails d;
        QVERIFY(repository.details(id, &d, &error));
        QCOMPARE(d.name, input.name);
        QVERIFY(d.hasConsent());
        QCOMPARE(d.consentVersion, ClientRules::consentVersion());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_log WHERE client_id = ? AND "
                                      "kind = 'client.consent'"),
                       id)
                     .toInt(),
                 1);
        QVERIFY(!repository.addWithConsent(input, QStringLiteral(" "), 0, &id, &error));
        QCOMPARE(error.code, StorageError::Code::Refused);

        // The consent part refused by the database itself, after the client's insert.
        QSqlQuery sql(m_db->db().connection());
        const bool server = m_db->db().isServer();
        QVERIFY2(sql.exec(server ? QStringLiteral(
                                       "CREATE FUNCTION test_refuse_consent() RETURNS trigger "
                                       "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no "
                                       "consent today'; END $$")
                                 : QStringLiteral("SELECT 1")),
                 qPrintable(sql.lastError().text()));
        QVERIFY2(sql.exec(server ? QStringLiteral("CREATE TRIGGER test_refuse_consent BEFORE "
                                                  "UPDATE OF consent_version ON clients FOR EACH "
                                                  "ROW EXECUTE FUNCTION test_refuse_consent()")
                                 : QStringLiteral("CREATE TRIGGER test_refuse_consent BEFORE "
                                                  "UPDATE OF consent_version ON clients BEGIN "
                                                  "SELECT RAISE(ABORT, 'no consent today'); END")),
                 qPrintable(sql.lastError().text()));
        const qint64 auditBefore = auditEntries(m_db->db());
        input.name = QStringLiteral("Consent Refused");
        qint64 refusedId = 0;
        QVERIFY(!repository.addWithConsent(input, ClientRules::consentVersion(), 0, &refusedId,
                                           &error));
        QVERIFY(error.isError());
        QCOMPARE(refusedId, qint64(0));
        QVERIFY(sql.exec(QStringLiteral("DROP TRIGGER test_refuse_consent") +
                         (server ? QStringLiteral(" ON clients") : QString())));
        if (server)
            QVERIFY(sql.exec(QStringLiteral("DROP FUNCTION test_refuse_consent()")));
        QSqlQuery left(m_db->db().connection());
        QVERIFY(left.exec(QStringLiteral(
                    "SELECT count(*) FROM clients WHERE full_name = 'Consent Refused'")) &&
                left.next());
        QCOMPARE(left.value(0).toInt(), 0);
        QCOMPARE(auditEntries(m_db->db()), auditBefore);
        // The same save runs again once nothing refuses it: one client, with the consent.
        QVERIFY2(
            repository.addWithConsent(input, ClientRules::consentVersion(), 0, &refusedId, &error),
            qPrintable(error.message));
        QVERIFY(repository.details(refusedId, &d, &error));
        QVERIFY(d.hasConsent());
    }

    void bookingsListOutcomeLevelsAndNeverAnswers()
    {
        // A demo centre of its own: bookings around "today" with check-ins.
        TestDatabase demo(true, QDateTime(QDate(2026, 11, 25), QTime(7, 0), QTimeZone::utc()));
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY(
            DemoGenerator::generate(demo.db(), {DemoGenerator::Size::Small, 5}, &summary, &error));
        // A booked session later today gets a check-in with areas to avoid and notes.
        QSqlQuery query(demo.db().connection());
        QVERIFY(query.exec(
            QStringLiteral(
                "SELECT b.id, b.client_id FROM bookings b JOIN services s ON s.id = b.service_id "
                "WHERE b.status = 'booked' AND s.code = 'leg' AND b.client_id IN (SELECT client_id "
                "FROM bookings WHERE starts_at < %1) ORDER BY b.starts_at LIMIT 1")
                .arg(demo.time(1795000000))));
        QVERIFY(query.next());
        const qint64 booking = query.value(0).toLongLong();
        const qint64 client = query.value(1).toLongLong();
        query.finish();
        CheckInAnswers answers;
        for (const PrecautionQuestion& q :
             PrecautionRules::builtIn().questionsFor(QStringLiteral("leg")))
            answers.answers.insert(q.id,
                                   q.id == QLatin1String("skin_problems") ? q.trigger : !q.trigger);
        answers.avoidAreas = QStringLiteral("SECRET-AREA left calf");
        answers.notes = QStringLiteral("SECRET-NOTE prefers light pressure");
        Evaluation evaluation;
        QVERIFY2(CheckinRepository(demo.db()).record(booking, answers, QStringLiteral("reception"),
                                                     &evaluation, &error),
                 qPrintable(error.message));
        const qint64 audit = auditEntries(demo.db());

        const QList<ClientBooking> list =
            ClientRepository(demo.db()).bookings(client, QStringLiteral("en"), &error);
        QVERIFY2(!error, qPrintable(error.detail));
        QVERIFY(list.size() >= 2);
        QCOMPARE(auditEntries(demo.db()), audit); // no health data was read
        bool sawOurs = false;
        bool sawPast = false;
        const QStringList levels = {QString(),
                                    QStringLiteral("proceed"),
                                    QStringLiteral("note"),
                                    QStringLiteral("adapt"),
                                    QStringLiteral("needs_clearance"),
                                    QStringLiteral("stop_refer")};
        for (int i = 0; i < list.size(); ++i) {
            const ClientBooking& b = list.at(i);
            if (i > 0)
                QVERIFY(list.at(i - 1).startsAt >= b.startsAt); // newest first
            QVERIFY2(levels.contains(b.checkinOutcome), qPrintable(b.checkinOutcome));
            QVERIFY(!b.serviceName.isEmpty());
            QVERIFY(!b.therapistName.isEmpty());
            QVERIFY(!b.status.isEmpty());
            for (const QString& field : {b.status, b.statusReason, b.serviceName, b.therapistName,
                                         b.roomName, b.checkinOutcome})
                QVERIFY(!field.contains(QStringLiteral("SECRET")));
            if (b.id == booking) {
                sawOurs = true;
                QCOMPARE(b.checkinOutcome, QStringLiteral("adapt"));
                QCOMPARE(b.status, QStringLiteral("arrived"));
            }
            sawPast = sawPast || b.startsAt < demo.clock().nowSecs();
        }
        QVERIFY(sawOurs);
        QVERIFY(sawPast);
        // Another client's bookings are not listed; the cap holds.
        QVERIFY(
            ClientRepository(demo.db()).bookings(client, QStringLiteral("ca"), &error, 1).size() ==
            1);
        QVERIFY(
            ClientRepository(demo.db()).bookings(99999999, QStringLiteral("en"), &error).isEmpty());
        QVERIFY(!error);
    }
};

QTEST_GUILESS_MAIN(TestClients)
#include "tst_clients.moc"
