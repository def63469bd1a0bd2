#include "TestDatabase.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// The real massage-desk program, offscreen: it starts, paints and quits with
// --exit-when-ready, and refuses bad files with a message instead of crashing.
class TestStartup : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString err;
    };

    Run start(const QStringList& arguments, const QString& home)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("MASSAGE_DESK_DATA_DIR"), home);
        env.insert(QStringLiteral("MASSAGE_DESK_NOW"), QStringLiteral("2026-11-25T09:00:00Z"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MASSAGE_DESK_GUI),
                      arguments + QStringList{QStringLiteral("--exit-when-ready")});
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardError())};
    }

    // The number of services in the database the program left at `path`, or why it could not
    // be read.
    static QString servicesIn(const QString& path)
    {
        FixedClock clock(QDateTime::currentDateTimeUtc());
        Database::Options options;
        options.path = path;
        options.mode = Database::Mode::OpenExisting;
        StorageError error;
        auto db = Database::open(options, clock, &error);
        if (!db)
            return error.message;
        QSqlQuery query(db->connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM services")) || !query.next())
            return query.lastError().text();
        return query.value(0).toString();
    }

private slots:
    void firstStartCreatesADatabaseWithTheCatalogue()
    {
        QTemporaryDir home;
        const Run run = start({}, home.path());
        QCOMPARE(run.exitCode, 0);
        const QString path = home.filePath(QStringLiteral("massage-desk.sqlite"));
        QVERIFY(QFile::exists(path));
        QCOMPARE(servicesIn(path), QStringLiteral("5"));
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("logs/massage-desk.log"))));
    }

    void demoOpensAGeneratedCentre()
    {
        QTemporaryDir home;
        QCOMPARE(start({QStringLiteral("--demo")}, home.path()).exitCode, 0);
        const QString path = home.filePath(QStringLiteral("demo-centre.sqlite"));
        QVERIFY(QFile::exists(path));
        // A second start reuses the same centre. --exit-when-ready paints it with nobody
        // signed in, although it has the demo's accounts (everyone else is asked who works).
        QCOMPARE(start({QStringLiteral("--demo")}, home.path()).exitCode, 0);
        FixedClock clock(QDateTime::currentDateTimeUtc());
        Database::Options options;
        options.path = path;
        options.mode = Database::Mode::OpenExisting;
        StorageError error;
        auto db = Database::open(options, clock, &error);
        QVERIFY2(db, qPrintable(error.message));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT group_concat(name || ':' || role || ':' || COALESCE(therapist_id, 0), ' ') "
            "FROM (SELECT * FROM users ORDER BY id)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(),
                 QStringLiteral("manager:manager:0 reception:receptionist:0 marta:therapist:1 "
                                "jordi:therapist:2 laia:therapist:3 pau:therapist:4"));
    }

    // Any other centre with accounts is never painted unattended: somebody signs in first.
    void aCentreWithAccountsIsNotPaintedUnattended()
    {
        TestDatabase db;
        qint64 id = 0;
        StorageError error;
        QVERIFY(UserRepository(db.db()).add(QStringLiteral("anna"), Role::Manager,
                                            QStringLiteral("Blue sea 2026!"), 0, QString(), &id,
                                            &error));
        db.close();
        QTemporaryDir home;
        const Run run = start({QStringLiteral("--database"), db.path()}, home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("sign in")), qPrintable(run.err));
    }

    void aBadFileIsRefusedAndLeftAlone()
    {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("shopping.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const Run run = start({QStringLiteral("--database"), path}, home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("shopping.sqlite")), qPrintable(run.err));
        QCOMPARE(TestDatabase::readAll(path), QByteArray(4096, 'x'));
    }

    // A pipe or a device as --database: refused at once from its type (a pipe is never
    // opened, so nothing waits for a writer), with a sentence and nothing left beside it.
    void aFileThatIsNotOrdinaryIsRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("fifo") << QStringLiteral("fifo");
        QTest::newRow("/dev/null") << QStringLiteral("/dev/null");
    }
    void aFileThatIsNotOrdinaryIsRefusedAtOnce()
    {
        QFETCH(QString, kind);
        QTemporaryDir home;
        QString path = kind;
        if (kind == QLatin1String("fifo")) {
            path = home.filePath(QStringLiteral("pipe.sqlite"));
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        }
        const QFileInfo info(path);
        const QStringList before = info.dir().entryList(QDir::AllEntries | QDir::System |
                                                        QDir::Hidden | QDir::NoDotAndDotDot);
        const Run run = start({QStringLiteral("--database"), path}, home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not an ordinary file")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("SQLite")), qPrintable(run.err));
        QStringList after = info.dir().entryList(QDir::AllEntries | QDir::System | QDir::Hidden |
                                                 QDir::NoDotAndDotDot);
        after.removeAll(QStringLiteral("logs"));
        QCOMPARE(after, before);
    }

    // An empty file is a new centre for the GUI, catalogue and all (as a missing one).
    void anEmptyFileBecomesANewCentreWithItsCatalogue()
    {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("touched.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(start({QStringLiteral("--database"), path}, home.path()).exitCode, 0);
        QCOMPARE(servicesIn(path), QStringLiteral("5"));
    }

    void aSecondWindowOnTheSameFileIsToldWhoHoldsIt()
    {
        TestDatabase db;
        db.close();
        Database::Options options;
        options.path = db.path();
        options.exclusiveGui = true;
        StorageError error;
        auto holder = Database::open(options, db.clock(), &error);
        QVERIFY(holder);
        QTemporaryDir home;
        const Run run = start({QStringLiteral("--database"), db.path()}, home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QCoreApplication::applicationName()));
    }
};

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
