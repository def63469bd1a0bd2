#include "PgTestServer.h"
#include "StorageTestHelpers.h"
#include "TestDatabase.h"
#include "core/Logging.h"
#include "storage/ClientRepository.h"
#include "storage/ConnectionWatch.h"
#include "storage/RecentCentres.h"
#include "storage/ServerAddress.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Connecting to a centre server as a person does: libpq's conventions, each failure in its own
// sentence, and a connection that goes away and comes back (ConnectionWatch). A real throwaway
// server (PgTestServer), never a mock.
class TestConnect : public QObject
{
    Q_OBJECT

    static constexpr const char* kPassword = "Right horse 7!";

    QTemporaryDir m_home;
    QString m_logFile;

    PgTestServer& server() { return PgTestServer::instance(); }

    // A database owned by the role "desk", which signs in with a password over the socket.
    QString deskDatabase()
    {
        const QString uri = server().createDatabase();
        ServerAddress address;
        QString problem;
        if (!ServerAddress::parse(uri, &address, &problem))
            qFatal("bad test URI");
        server().psql(QStringLiteral("postgres"),
                      QStringLiteral("ALTER DATABASE %1 OWNER TO desk").arg(address.database));
        address.user = QStringLiteral("desk");
        return address.uri(false);
    }

    std::unique_ptr<Database> open(const QString& uri, const QString& password, StorageError* error)
    {
        static FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()));
        Database::Options options;
        options.path = uri;
        options.password = password;
        return Database::open(options, clock, error);
    }

    qint64 backendPid(Database& db)
    {
        return StorageTest::scalar(db, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    }

    QString databaseName(const QString& uri)
    {
        ServerAddress address;
        QString problem;
        ServerAddress::parse(uri, &address, &problem);
        return address.database;
    }

    void expectNoPasswordIn(const QString& file)
    {
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(kPassword), qPrintable(file));
        QVERIFY2(!bytes.contains("Wrong horse"), qPrintable(file));
    }

private slots:
    void initTestCase()
    {
        // The log is read back below: nothing typed as a password may reach it.
        m_logFile =
            Logging::start(QStringLiteral("tst-connect"), m_home.path(), Logging::Console::Off);
        QVERIFY(!m_logFile.isEmpty());
        qputenv("MASSAGE_DESK_TEST_BACKEND", "postgresql");
        QVERIFY(server().addPasswordRole(QStringLiteral("desk"), QLatin1String(kPassword)));
        // The postmaster rereads pg_hba.conf on its own time: wait until it asks.
        const QString uri = deskDatabase();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                StorageError error;
                return !open(uri, QStringLiteral("Wrong horse"), &error) &&
                       error.code == StorageError::Code::WrongPassword;
            }(),
            20000);
    }

    void cleanupTestCase()
    {
        Logging::stop();
        expectNoPasswordIn(m_logFile);
    }

    void theRightPasswordOpensTheCentreAndNamesTheServer()
    {
        const QString uri = deskDatabase();
        StorageError error;
        std::unique_ptr<Database> db = open(uri, QString::fromLatin1(kPassword), &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->isServer());
        QVERIFY(!db->path().contains(QLatin1String(kPassword)));
        // user@host:port/db, as libpq connected.
        QCOMPARE(db->displayName(),
                 QStringLiteral("desk@%1:5432/%2").arg(server().socketDir(), databaseName(uri)));
    }

    // Each cause a person can act on gets its own sentence, never libpq's words, and the
    // password typed is nowhere in it.
    void eachConnectFailureSaysItsOwnSentence()
    {
        const QString uri = deskDatabase();
        StorageError wrong;
        QVERIFY(!open(uri, QStringLiteral("Wrong horse"), &wrong));
        QCOMPARE(wrong.code, StorageError::Code::WrongPassword);
        QVERIFY2(wrong.message.contains(QLatin1String("did not accept the user name or password")),
                 qPrintable(wrong.message));

        StorageError none;
        QVERIFY(!open(uri, QString(), &none));
        QCOMPARE(none.code, StorageError::Code::WrongPassword);
        QVERIFY2(none.message.contains(QLatin1String("asks for a password")),
                 qPrintable(none.message));

        ServerAddress address;
        QString problem;
        QVERIFY(ServerAddress::parse(uri, &address, &problem));
        address.database = QStringLiteral("no_such_centre");
        StorageError missing;
        QVERIFY(!open(address.uri(), QString::fromLatin1(kPassword), &missing));
        QCOMPARE(missing.code, StorageError::Code::DatabaseMissing);
        QVERIFY2(missing.message.contains(QLatin1String("has no such database")),
                 qPrintable(missing.message));

        QTemporaryDir empty; // a socket folder where no server listens
        QVERIFY(ServerAddress::parse(uri, &address, &problem));
        address.host = empty.path();
        StorageError unreachable;
        QVERIFY(!open(address.uri(), QString::fromLatin1(kPassword), &unreachable));
        QCOMPARE(unreachable.code, StorageError::Code::ConnectionFailed);
        QVERIFY2(unreachable.message.contains(QLatin1String("Cannot reach the server")),
                 qPrintable(unreachable.message));

        QVERIFY(server().psql(
            QStringLiteral("postgres"),
            QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(databaseName(uri))));
        QVERIFY(server().psql(
            QStringLiteral("postgres"),
            QStringLiteral("ALTER DATABASE %1 OWNER TO postgres").arg(databaseName(uri))));
        StorageError denied;
        QVERIFY(!open(uri, QString::fromLatin1(kPassword), &denied));
        QCOMPARE(denied.code, StorageError::Code::PermissionDenied);

        const QStringList sentences = {wrong.message, none.message, missing.message,
                                       unreachable.message, denied.message};
        for (const QString& sentence : sentences) {
            QCOMPARE(sentences.count(sentence), 1);
            QVERIFY(!sentence.contains(QLatin1String(kPassword)));
            QVERIFY(!sentence.contains(QLatin1String("Wrong horse")));
            QVERIFY2(!sentence.contains(QLatin1String("FATAL")), qPrintable(sentence));
        }
    }

    // Fields the URI leaves out come from libpq: PGHOST, PGUSER, PGDATABASE, PGPASSFILE
    // (~/.pgpass), PGSERVICE; sslmode= reaches libpq.
    void libpqConventionsFillWhatTheUriLeavesOut()
    {
        const QString uri = deskDatabase();
        const QString name = databaseName(uri);
        QTemporaryDir dir;
        const QString passFile = dir.filePath(QStringLiteral("pgpass"));
        QFile pass(passFile);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write(QStringLiteral("*:*:%1:desk:%2\n").arg(name, QLatin1String(kPassword)).toUtf8());
        pass.close();
        QVERIFY(pass.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        qputenv("PGHOST", server().socketDir().toLocal8Bit());
        qputenv("PGUSER", "desk");
        qputenv("PGDATABASE", name.toLocal8Bit());
        qputenv("PGPASSFILE", passFile.toLocal8Bit());
        StorageError error;
        {
            std::unique_ptr<Database> db = open(QStringLiteral("postgresql://"), QString(), &error);
            QVERIFY2(db, qPrintable(error.message));
            QCOMPARE(db->displayName(),
                     QStringLiteral("desk@%1:5432/%2").arg(server().socketDir(), name));
        }
        {
            std::unique_ptr<Database> db =
                open(QStringLiteral("postgresql:///?sslmode=bogus"), QString(), &error);
            QVERIFY(!db);
            QVERIFY2(error.message.contains(QLatin1String("TLS")), qPrintable(error.message));
        }
        const QString serviceFile = dir.filePath(QStringLiteral("services.conf"));
        QFile services(serviceFile);
        QVERIFY(services.open(QIODevice::WriteOnly));
        services.write(QStringLiteral("[centre]\nhost=%1\ndbname=%2\nuser=desk\n")
                           .arg(server().socketDir(), name)
                           .toUtf8());
        services.close();
        qunsetenv("PGHOST");
        qunsetenv("PGUSER");
        qunsetenv("PGDATABASE");
        qputenv("PGSERVICEFILE", serviceFile.toLocal8Bit());
        {
            std::unique_ptr<Database> db =
                open(QStringLiteral("postgresql://?service=centre"), QString(), &error);
            QVERIFY2(db, qPrintable(error.message));
            QCOMPARE(
                StorageTest::scalar(*db, QStringLiteral("SELECT current_database()")).toString(),
                name);
        }
        qunsetenv("PGSERVICEFILE");
        qunsetenv("PGPASSFILE");
    }

    void recentCentresNeverKeepAPassword()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("desk.ini"));
        RecentCentres recent(file);
        recent.add(
            QStringLiteral("postgresql://desk:%1@centre.example:5433/spa?sslmode=require")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(QLatin1String(kPassword)))));
        recent.add(QStringLiteral("postgresql://desk@centre.example/spa?password=Wrong%20horse"));
        recent.add(dir.filePath(QStringLiteral("front.sqlite")));
        recent.add(QStringLiteral("postgresql://desk@centre.example:5433/spa?sslmode=require"));
        const QStringList kept = recent.locations();
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.first(),
                 QStringLiteral("postgresql://desk@centre.example:5433/spa?sslmode=require"));
        QCOMPARE(RecentCentres::displayName(kept.first()),
                 QStringLiteral("desk@centre.example:5433/spa"));
        QCOMPARE(kept.at(1), dir.filePath(QStringLiteral("front.sqlite")));
        expectNoPasswordIn(file);
        for (int i = 0; i < 20; ++i)
            recent.add(dir.filePath(QStringLiteral("c%1.sqlite").arg(i)));
        QCOMPARE(recent.locations().size(), RecentCentres::kMaximum);
    }

    // pg_terminate_backend from another connection: the watch notices, every statement is
    // refused with a sentence while the server keeps the door shut, and once it opens the
    // connection comes back by itself, restored() is emitted, and a write succeeds.
    void aLostConnectionComesBackByItself()
    {
        TestDatabase t(false);
        ConnectionWatch watch(t.db());
        watch.setIntervals(50, 20, 200);
        QSignalSpy lost(&watch, &ConnectionWatch::lost);
        QSignalSpy restored(&watch, &ConnectionWatch::restored);
        QSignalSpy retrying(&watch, &ConnectionWatch::retrying);
        const QString name = databaseName(t.path());
        const qint64 pid = backendPid(t.db());
        QVERIFY(
            server().psql(QStringLiteral("postgres"),
                          QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name)));
        QVERIFY(server().psql(QStringLiteral("postgres"),
                              QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
        QTRY_COMPARE(lost.count(), 1);
        QVERIFY(watch.isLost());
        QVERIFY(t.db().connectionLost());

        ClientRepository clients(t.db());
        ClientRules::Input client;
        client.name = QStringLiteral("Núria Soler");
        qint64 id = 0;
        StorageError error;
        QVERIFY(!clients.add(client, 0, &id, &error));
        QCOMPARE(error.code, StorageError::Code::ConnectionFailed);
        QVERIFY2(error.message.contains(QLatin1String("reconnecting")), qPrintable(error.message));
        QVERIFY(t.db().refusedWhileLost() >= 1);
        QTRY_VERIFY(retrying.count() >= 2); // still shut out: it keeps trying
        QVERIFY(!watch.lastProblem().isEmpty());
        QCOMPARE(restored.count(), 0);

        QVERIFY(
            server().psql(QStringLiteral("postgres"),
                          QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name)));
        QTRY_COMPARE(restored.count(), 1);
        QVERIFY(!watch.isLost());
        QVERIFY(backendPid(t.db()) != pid);
        QCOMPARE(StorageTest::scalar(t.db(), QStringLiteral("SHOW TimeZone")).toString(),
                 QStringLiteral("UTC"));
        QVERIFY2(clients.add(client, 0, &id, &error), qPrintable(error.message));
        QVERIFY(id > 0);
        QCOMPARE(lost.count(), 1);
    }

    // The connection dies in the middle of a change: the statement fails with a sentence, the
    // watch hears of it at once, and nothing of the change is on the server afterwards.
    void aConnectionLostMidWriteLeavesNothingHalfWritten()
    {
        TestDatabase t(false);
        ConnectionWatch watch(t.db());
        watch.setIntervals(60000, 20, 200); // no routine check: the failing statement tells it
        QSignalSpy restored(&watch, &ConnectionWatch::restored);
        const qint64 pid = backendPid(t.db());
        {
            WriteTransaction tx(t.db());
            StorageError error;
            QVERIFY(tx.begin(&error));
            QSqlQuery insert(t.db().connection());
            insert.prepare(QStringLiteral("INSERT INTO clients (full_name, created_at, updated_at) "
                                          "VALUES (?, %1, %1)")
                               .arg(t.time(0)));
            insert.addBindValue(QStringLiteral("First half"));
            QVERIFY(t.db().exec(insert, &error, QStringLiteral("add a client")));
            QVERIFY(server().psql(QStringLiteral("postgres"),
                                  QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
            insert.addBindValue(QStringLiteral("Second half"));
            QVERIFY(!t.db().exec(insert, &error, QStringLiteral("add a client")));
            QCOMPARE(error.code, StorageError::Code::ConnectionFailed);
            QVERIFY2(error.message.contains(QLatin1String("Nothing was changed")),
                     qPrintable(error.message));
        }
        QTRY_COMPARE(restored.count(), 1);
        QCOMPARE(StorageTest::scalar(t.db(), QStringLiteral("SELECT count(*) FROM clients"))
                     .toLongLong(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestConnect)
#include "tst_connect.moc"
