#include "AutomaticBackupRunner.h"
#include "DatabaseActions.h"
#include "MainWindow.h"
#include "PgTestServer.h"
#include "SignInDialog.h"
#include "TestDatabase.h"
#include "core/Logging.h"
#include "dialogs/ClientDialog.h"
#include "dialogs/ConnectServerDialog.h"
#include "models/ClientListModel.h"
#include "pages/ClientsPage.h"
#include "storage/CatalogueImporter.h"
#include "storage/ClientRepository.h"
#include "storage/ConnectionWatch.h"
#include "storage/DemoGenerator.h"
#include "storage/RecentCentres.h"
#include "storage/ServerAddress.h"
#include "widgets/ConnectionBanner.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

// File > Connect to a centre server…, Recent centres, the status bar naming the server, and
// the banner while the server's connection is lost: the main window offscreen on a real
// throwaway server (PgTestServer).
class TestConnectUi : public QObject
{
    Q_OBJECT

    static constexpr const char* kPassword = "Sea otter 42";

    QTemporaryDir m_home;
    QString m_logFile;
    std::unique_ptr<TestDatabase> m_file; // the desk starts on a SQLite centre
    std::unique_ptr<MainWindow> m_window;

    PgTestServer& server() { return PgTestServer::instance(); }

    // A centre on the server owned by "desk", who signs in with a password.
    ServerAddress deskCentre()
    {
        const QString uri = server().createDatabase();
        ServerAddress address;
        QString problem;
        ServerAddress::parse(uri, &address, &problem);
        server().psql(QStringLiteral("postgres"),
                      QStringLiteral("ALTER DATABASE %1 OWNER TO desk").arg(address.database));
        address.user = QStringLiteral("desk");
        Database::Options options;
        options.path = address.uri();
        options.password = QLatin1String(kPassword);
        StorageError error;
        std::unique_ptr<Database> db = Database::open(options, m_file->clock(), &error);
        if (!db || !CatalogueImporter::importDefault(*db, &error))
            qFatal("cannot set up the desk centre: %s", qPrintable(error.message));
        return address;
    }

    static void fill(ConnectServerDialog& dialog, const ServerAddress& address,
                     const QString& password)
    {
        dialog.findChild<QLineEdit*>(QStringLiteral("host"))->setText(address.host);
        dialog.findChild<QSpinBox*>(QStringLiteral("port"))->setValue(5432);
        dialog.findChild<QLineEdit*>(QStringLiteral("database"))->setText(address.database);
        dialog.findChild<QLineEdit*>(QStringLiteral("user"))->setText(address.user);
        dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(password);
    }

    QString statusText() const
    {
        return m_window->findChild<QLabel*>(QStringLiteral("databaseLabel"))->text();
    }

    void openWindowOn(std::unique_ptr<Database> database)
    {
        m_window = std::make_unique<MainWindow>(m_file->clock(), std::move(database));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    std::unique_ptr<Database> openServer(const QString& uri)
    {
        Database::Options options;
        options.path = uri;
        StorageError error;
        std::unique_ptr<Database> db = Database::open(options, m_file->clock(), &error);
        if (!db)
            qWarning("%s", qPrintable(error.message));
        return db;
    }

    static void expectNoPasswordIn(const QString& path)
    {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(kPassword), qPrintable(path));
        QVERIFY2(!bytes.contains(QUrl::toPercentEncoding(QLatin1String(kPassword))),
                 qPrintable(path));
        QVERIFY2(!bytes.contains("Wrong otter"), qPrintable(path));
    }

    // What the README shows, when MASSAGE_DESK_SCREENSHOTS names a folder: the dialog after a
    // real attempt at a server name that does not resolve.
    void picture()
    {
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        ConnectServerDialog dialog(m_window.get());
        ServerAddress address;
        address.host = QStringLiteral("centre-server");
        address.database = QStringLiteral("massage_desk");
        address.user = QStringLiteral("reception");
        fill(dialog, address, QStringLiteral("Wrong otter"));
        dialog.attempt = [this](const ServerAddress& typed) {
            StorageError error;
            Database::Options options;
            options.path = typed.uri();
            Database::open(options, m_file->clock(), &error);
            return error;
        };
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.tryConnect());
        QVERIFY(dialog.grab().save(QDir(folder).filePath(QStringLiteral("connect.png"))));
    }

private slots:
    void initTestCase()
    {
        qputenv("MASSAGE_DESK_DATA_DIR", m_home.path().toLocal8Bit()); // settings, logs
        m_logFile =
            Logging::start(QStringLiteral("tst-connect-ui"), m_home.path(), Logging::Console::Off);
        QVERIFY(server().addPasswordRole(QStringLiteral("desk"), QLatin1String(kPassword)));
    }

    void init()
    {
        qputenv("MASSAGE_DESK_TEST_BACKEND", "sqlite");
        m_file = std::make_unique<TestDatabase>();
        Database::Options options;
        options.path = m_file->path();
        options.exclusiveGui = true;
        m_file->close();
        StorageError error;
        std::unique_ptr<Database> db = Database::open(options, m_file->clock(), &error);
        QVERIFY2(db, qPrintable(error.message));
        openWindowOn(std::move(db));
    }

    void cleanup()
    {
        m_window.reset();
        m_file.reset();
    }

    void cleanupTestCase()
    {
        if (QFile::exists(RecentCentres::defaultSettingsFile())) // absent when run one by one
            expectNoPasswordIn(RecentCentres::defaultSettingsFile());
        Logging::stop();
        expectNoPasswordIn(m_logFile);
    }

    // A wrong password and a missing database each say why inside the dialog, which keeps
    // what was typed and offers Retry; the desk keeps its centre meanwhile. The right password
    // opens the server's centre and the status bar names it.
    void theDialogKeepsWhatWasTypedAndRetries()
    {
        QTRY_VERIFY(server().psql(QStringLiteral("postgres"), QStringLiteral("SELECT 1")));
        const ServerAddress centre = deskCentre();
        const QString before = m_window->database()->path();
        DatabaseActions* actions = m_window->databaseActions();
        QStringList problems;
        actions->runConnectDialog = [&](ConnectServerDialog& dialog) {
            ServerAddress typo = centre;
            typo.database = QStringLiteral("no_such_centre");
            fill(dialog, typo, QLatin1String(kPassword));
            if (dialog.tryConnect())
                return int(QDialog::Rejected);
            problems << dialog.problem();
            // Only the database field needs fixing: the rest of what was typed is still there.
            auto* database = dialog.findChild<QLineEdit*>(QStringLiteral("database"));
            if (dialog.focusWidget() != database)
                problems << QStringLiteral("focus not on the database field");
            database->setText(centre.database);
            dialog.findChild<QLineEdit*>(QStringLiteral("password"))
                ->setText(QStringLiteral("Wrong otter"));
            if (dialog.tryConnect())
                return int(QDialog::Rejected);
            problems << dialog.problem();
            problems << dialog.connectButton()->text();
            problems << dialog.findChild<QLineEdit*>(QStringLiteral("user"))->text();
            if (m_window->database()->path() != before)
                problems << QStringLiteral("the desk left its centre");
            dialog.findChild<QLineEdit*>(QStringLiteral("password"))
                ->setText(QLatin1String(kPassword));
            dialog.tryConnect();
            return dialog.result();
        };
        QVERIFY(actions->connectToServer());
        QCOMPARE(problems.size(), 4);
        QVERIFY2(problems.at(0).contains(QLatin1String("has no such database")),
                 qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).contains(QLatin1String("did not accept the user name or password")),
                 qPrintable(problems.at(1)));
        QCOMPARE(problems.at(2), QStringLiteral("&Retry"));
        QCOMPARE(problems.at(3), QStringLiteral("desk"));
        picture();

        QVERIFY(m_window->database()->isServer());
        const QString expected =
            QStringLiteral("Server: desk@%1:5432/%2").arg(server().socketDir(), centre.database);
        QCOMPARE(statusText(), expected);
        // Remembered without the password (checked for the whole file at the end, and the log).
        const QStringList recent = RecentCentres().locations();
        QVERIFY(!recent.isEmpty());
        QVERIFY(recent.first().contains(centre.database));
        QVERIFY(!recent.first().contains(QLatin1String(kPassword)));
    }

    // Recent centres holds the file and the server; the server asks for its password again
    // (it was never kept) with the reason shown, then opens.
    void recentCentresReopenFilesAndServers()
    {
        const ServerAddress centre = deskCentre();
        const QString file = m_window->database()->path();
        RecentCentres().add(file); // as Startup does for the centre it opens
        DatabaseActions* actions = m_window->databaseActions();
        int dialogs = 0;
        QString shownProblem;
        actions->runConnectDialog = [&](ConnectServerDialog& dialog) {
            ++dialogs;
            shownProblem = dialog.problem();
            if (dialog.address(false).database != centre.database)
                return int(QDialog::Rejected);
            dialog.findChild<QLineEdit*>(QStringLiteral("password"))
                ->setText(QLatin1String(kPassword));
            dialog.tryConnect();
            return dialog.result();
        };
        QVERIFY(actions->connectToServer(centre.uri()));
        QCOMPARE(dialogs, 1);
        QVERIFY(m_window->database()->isServer());

        actions->refreshRecentMenu();
        QStringList entries;
        for (QAction* action : actions->recentMenu()->actions())
            entries << action->text();
        QVERIFY2(entries.size() >= 2, qPrintable(entries.join(QLatin1Char('|'))));
        QVERIFY2(entries.first().startsWith(QLatin1String("&1 Server desk@")),
                 qPrintable(entries.first()));
        QVERIFY(entries.at(1).contains(QFileInfo(file).fileName()));

        QVERIFY(actions->openRecent(actions->recentMenu()->actions().at(1)->data().toString()));
        QVERIFY(!m_window->database()->isServer());
        QVERIFY(statusText().startsWith(QLatin1String("Database: ")));

        actions->refreshRecentMenu();
        QVERIFY(actions->openRecent(actions->recentMenu()->actions().at(1)->data().toString()));
        QCOMPARE(dialogs, 2);
        QVERIFY2(shownProblem.contains(QLatin1String("asks for a password")),
                 qPrintable(shownProblem));
        QVERIFY(m_window->database()->isServer());
    }

    // Switching centre closes the forms still open first; one that holds unsaved typing asks,
    // and "keep it" keeps the form and the centre.
    void switchingCentreAsksBeforeDroppingAnOpenForm()
    {
        const QString before = m_window->database()->path();
        auto* form = new ClientDialog(*m_window->database(), 0, m_window.get());
        form->setAttribute(Qt::WA_DeleteOnClose);
        form->show();
        QLineEdit* name = form->findChild<QLineEdit*>();
        QVERIFY(name);
        name->setText(QStringLiteral("Half typed"));
        int asked = 0;
        bool discard = false;
        form->confirmDiscard = [&](const QString&, const QString&) {
            ++asked;
            return discard;
        };
        DatabaseActions* actions = m_window->databaseActions();
        int dialogs = 0;
        actions->runConnectDialog = [&](ConnectServerDialog&) {
            ++dialogs;
            return int(QDialog::Rejected);
        };
        QVERIFY(!actions->connectToServer());
        QCOMPARE(asked, 1);
        QCOMPARE(dialogs, 0);
        QVERIFY(form->isVisible());
        QCOMPARE(name->text(), QStringLiteral("Half typed"));
        QCOMPARE(m_window->database()->path(), before);
        discard = true;
        QPointer<ClientDialog> gone(form);
        QVERIFY(!actions->connectToServer()); // the form goes; the connect dialog is cancelled
        QCOMPARE(asked, 2);
        QCOMPARE(dialogs, 1);
        QTRY_VERIFY(!gone);
        QCOMPARE(m_window->database()->path(), before);
    }

    // A demo centre on the server, end to end: sign in as the manager, every page opens, and
    // none of them trips over QPSQL's single-row mode (the catalogue once lost its results).
    void aServerCentreSignsInAndShowsEveryPage()
    {
        qputenv("MASSAGE_DESK_TEST_BACKEND", "postgresql");
        TestDatabase centre;
        DemoGenerator::Options demo;
        demo.accounts = true;
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY2(DemoGenerator::generate(centre.db(), demo, &summary, &error),
                 qPrintable(error.message));
        // Qt's warnings go to our log (Logging routes them there): read what this test adds.
        const qint64 logStart = QFileInfo(m_logFile).size();
        openWindowOn(openServer(centre.path()));
        SignInDialog signIn(*m_window->database(), QString(), m_window.get());
        signIn.nameEdit()->setText(QStringLiteral("manager"));
        signIn.passwordEdit()->setText(QLatin1String(DemoGenerator::kPassword));
        QVERIFY2(signIn.trySignIn(), qPrintable(signIn.problem()->text()));
        m_window->setUser(signIn.user());
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            m_window->showPage(MainWindow::PageIndex(page));
            QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
            QCOMPARE(m_window->currentPage(), MainWindow::PageIndex(page));
        }
        auto* clients = static_cast<ClientsPage*>(m_window->page(MainWindow::Clients));
        m_window->showPage(MainWindow::Clients);
        QTRY_VERIFY(clients->model()->rowCount() > 0);
        QVERIFY(statusText().startsWith(QLatin1String("Server: ")));
        // Closing makes no file copy of a server centre (the server is backed up on its side).
        QVERIFY(!m_window->automaticBackups()->start(AutomaticBackup::Reason::Closing));
        QFile log(m_logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        log.seek(logStart);
        const QByteArray added = log.readAll();
        QVERIFY2(!added.contains("Query results lost"), added.constData());
    }

    // pg_terminate_backend of the window's connection: the banner says so in words, open
    // dialogs keep what was typed, a write is refused with a sentence; when the server lets
    // it back the banner goes, restored() is emitted, the pages show what changed meanwhile,
    // and a write succeeds.
    void theBannerFollowsALostConnection()
    {
        qputenv("MASSAGE_DESK_TEST_BACKEND", "postgresql");
        TestDatabase centre;
        openWindowOn(openServer(centre.path()));
        QVERIFY(m_window->database()->isServer());
        ConnectionWatch* watch = m_window->connectionWatch();
        QVERIFY(watch);
        watch->setIntervals(50, 20, 200);
        QSignalSpy restored(watch, &ConnectionWatch::restored);
        m_window->showPage(MainWindow::Clients);
        auto* clients = static_cast<ClientsPage*>(m_window->page(MainWindow::Clients));
        QTRY_COMPARE(clients->model()->rowCount(), 0);

        auto* form = new ClientDialog(*m_window->database(), 0, m_window.get());
        form->setAttribute(Qt::WA_DeleteOnClose);
        form->show();
        QLineEdit* name = form->findChild<QLineEdit*>();
        QVERIFY(name);
        name->setText(QStringLiteral("Typed while offline"));

        ServerAddress address;
        QString problem;
        QVERIFY(ServerAddress::parse(centre.path(), &address, &problem));
        const qint64 pid = [&] {
            QSqlQuery q(m_window->database()->connection());
            return q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next()
                       ? q.value(0).toLongLong()
                       : -1;
        }();
        QVERIFY(pid > 0);
        // Another desk writes just before (straight onto the server): this page has not seen it.
        QVERIFY(
            server().psql(address.database,
                          QStringLiteral("INSERT INTO clients (full_name, created_at, "
                                         "updated_at) VALUES ('Another desk''s client', %1, %1)")
                              .arg(TestTimes::sql(SqlDialect::postgresql(), 0))));
        QCOMPARE(clients->model()->rowCount(), 0);
        QVERIFY(server().psql(
            QStringLiteral("postgres"),
            QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(address.database)));
        QVERIFY(server().psql(QStringLiteral("postgres"),
                              QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
        ConnectionBanner* banner = m_window->connectionBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("was lost")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QLatin1String("reconnecting")));
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        if (!folder.isEmpty())
            m_window->grab().save(QDir(folder).filePath(QStringLiteral("connection-lost.png")));

        ClientRules::Input input;
        input.name = QStringLiteral("Refused while offline");
        qint64 id = 0;
        StorageError error;
        QVERIFY(!ClientRepository(*m_window->database()).add(input, 0, &id, &error));
        QVERIFY2(error.message.contains(QLatin1String("Nothing was changed")),
                 qPrintable(error.message));
        QVERIFY(server().psql(
            QStringLiteral("postgres"),
            QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(address.database)));
        QTRY_COMPARE(restored.count(), 1);
        QTRY_VERIFY(!banner->isVisible());
        QVERIFY(form->isVisible());
        QCOMPARE(name->text(), QStringLiteral("Typed while offline"));
        QTRY_COMPARE(clients->model()->rowCount(), 1);
        QVERIFY2(ClientRepository(*m_window->database()).add(input, 0, &id, &error),
                 qPrintable(error.message));
        form->deleteLater();
    }

    // Closing while the server cannot be reached says what was not saved, and Cancel keeps
    // the window.
    void closingWhileDisconnectedSaysWhatWasNotSaved()
    {
        qputenv("MASSAGE_DESK_TEST_BACKEND", "postgresql");
        TestDatabase centre;
        openWindowOn(openServer(centre.path()));
        ConnectionWatch* watch = m_window->connectionWatch();
        watch->setIntervals(50, 1000, 5000);
        ServerAddress address;
        QString problem;
        QVERIFY(ServerAddress::parse(centre.path(), &address, &problem));
        QSqlQuery q(m_window->database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
        const qint64 pid = q.value(0).toLongLong();
        q.finish();
        QVERIFY(server().psql(
            QStringLiteral("postgres"),
            QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(address.database)));
        QVERIFY(server().psql(QStringLiteral("postgres"),
                              QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
        QTRY_VERIFY(watch->isLost());
        ClientRules::Input input;
        input.name = QStringLiteral("Not saved");
        qint64 id = 0;
        StorageError error;
        QVERIFY(!ClientRepository(*m_window->database()).add(input, 0, &id, &error));

        QString asked;
        bool answer = false;
        m_window->connectionBanner()->confirmClose = [&](const QString&, const QString& text) {
            asked = text;
            return answer;
        };
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QVERIFY2(asked.contains(QLatin1String("nothing done since then was saved")),
                 qPrintable(asked));
        QVERIFY2(asked.contains(QLatin1String("could not reach the server")), qPrintable(asked));
        answer = true;
        QVERIFY(m_window->close());
        QVERIFY(server().psql(
            QStringLiteral("postgres"),
            QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(address.database)));
    }
};

QTEST_MAIN(TestConnectUi)
#include "tst_connect_ui.moc"
