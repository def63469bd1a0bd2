#include "DatabaseActions.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "calendar/CalendarModel.h"
#include "models/ClientListModel.h"
#include "models/DayAgendaModel.h"
#include "models/ServiceListModel.h"
#include "pages/CalendarPage.h"
#include "pages/CataloguePage.h"
#include "pages/CheckinsPage.h"
#include "pages/ClientsPage.h"
#include "storage/DemoGenerator.h"
#include "storage/HealthCheck.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <unistd.h>

// The main window offscreen on a temporary demo centre at a fixed morning.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;

    // Saves what a page looks like when MASSAGE_DESK_SCREENSHOTS names a folder.
    void screenshot(const QString& name)
    {
        const QString folder = qEnvironmentVariable("MASSAGE_DESK_SCREENSHOTS");
        if (!folder.isEmpty())
            m_window->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

    qint64 bookingsOn(const QDate& day)
    {
        const QTimeZone zone("Europe/Madrid");
        QSqlQuery query(m_db->db().connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM bookings WHERE starts_at >= ? AND "
                                     "starts_at < ?"));
        query.addBindValue(QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch());
        query.addBindValue(QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch());
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>(
            true, QDateTime(QDate(2026, 11, 25), QTime(10, 30), QTimeZone::utc()));
        DemoGenerator::Summary summary;
        StorageError error;
        QVERIFY2(
            DemoGenerator::generate(m_db->db(), {DemoGenerator::Size::Small, 7}, &summary, &error),
            qPrintable(error.detail));
        // The window owns its database; the test keeps its own connection for checks.
        Database::Options options;
        options.path = m_db->path();
        options.exclusiveGui = true;
        std::unique_ptr<Database> gui = Database::open(options, m_db->clock(), &error);
        QVERIFY2(gui, qPrintable(error.message));
        m_window = std::make_unique<MainWindow>(m_db->clock(), std::move(gui));
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void everyPageOpens()
    {
        for (int i = 0; i < MainWindow::PageCount; ++i) {
            m_window->showPage(MainWindow::PageIndex(i));
            QCOMPARE(m_window->currentPage(), MainWindow::PageIndex(i));
            QVERIFY(m_window->page(MainWindow::PageIndex(i))->isVisible());
            QVERIFY(!m_window->page(MainWindow::PageIndex(i))->title().isEmpty());
            screenshot(QStringLiteral("page-%1").arg(i));
        }
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("databaseLabel"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QFileInfo(m_db->path()).fileName()));
    }

    void keyboardShortcutsSwitchPages()
    {
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Catalogue);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Calendar);
    }

    void calendarShowsTodayAndMovesByDay()
    {
        auto* calendar = static_cast<CalendarPage*>(m_window->page(MainWindow::Calendar));
        QAbstractItemModelTester tester(calendar->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate today(2026, 11, 25);
        QCOMPARE(calendar->day(), today);
        QVERIFY(bookingsOn(today) > 0);
        QCOMPARE(qint64(calendar->model()->rowCount()), bookingsOn(today));
        // Sessions come in time order.
        for (int row = 1; row < calendar->model()->rowCount(); ++row) {
            QVERIFY(
                calendar->model()->entryFromIndex(calendar->model()->index(row - 1, 0))->startsAt <=
                calendar->model()->entryFromIndex(calendar->model()->index(row, 0))->startsAt);
        }
        QTest::keyClick(m_window->windowHandle(), Qt::Key_Right, Qt::AltModifier);
        // Buttons answer their shortcut with an animated click, a moment later.
        QTRY_COMPARE(calendar->day(), today.addDays(1));
        QCOMPARE(qint64(calendar->model()->rowCount()), bookingsOn(today.addDays(1)));
        calendar->showDay(QDate(2026, 11, 29)); // a Sunday: the demo centre is closed
        QCOMPARE(calendar->model()->rowCount(), 0);
        QTest::keyClick(m_window->windowHandle(), Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(calendar->day(), today);
    }

    void calendarNamesStatusAndOutcomeInWords()
    {
        auto* calendar = static_cast<CalendarPage*>(m_window->page(MainWindow::Calendar));
        QAbstractItemModel* model = calendar->model();
        bool sawOutcome = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString status = model->index(row, CalendarModel::Status).data().toString();
            QVERIFY(!status.isEmpty());
            const QString outcome = model->index(row, CalendarModel::Checkin).data().toString();
            QVERIFY(!outcome.isEmpty());
            sawOutcome = sawOutcome || outcome.contains(QStringLiteral("Proceed"));
        }
        QVERIFY(sawOutcome); // the morning's finished sessions have check-ins
    }

    void cataloguePreviewsTheClientText()
    {
        m_window->showPage(MainWindow::Catalogue);
        auto* page = static_cast<CataloguePage*>(m_window->page(MainWindow::Catalogue));
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->model()->rowCount(), 5);
        page->view()->selectRow(2);
        const QString html = page->preview()->toPlainText();
        const Service* selected = page->model()->serviceFromIndex(page->model()->index(2, 0));
        QVERIFY(selected);
        QVERIFY(html.contains(selected->texts.name));
        QVERIFY(html.contains(selected->texts.aftercare.left(30)));
    }

    void clientSearchNarrowsAsYouType()
    {
        m_window->showPage(MainWindow::Clients);
        auto* page = static_cast<ClientsPage*>(m_window->page(MainWindow::Clients));
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = page->model()->rowCount();
        QCOMPARE(all, 150);
        QTest::keyClicks(page->searchBox(), QStringLiteral("Puig"));
        const int some = page->model()->rowCount();
        QVERIFY(some > 0);
        QVERIFY(some < all);
        for (int row = 0; row < some; ++row)
            QVERIFY(page->model()
                        ->index(row, ClientListModel::Name)
                        .data()
                        .toString()
                        .contains(QStringLiteral("Puig")));
        QTest::keyClicks(page->searchBox(), QStringLiteral("zzz"));
        QCOMPARE(page->model()->rowCount(), 0);
        page->searchBox()->clear();
        QCOMPARE(page->model()->rowCount(), all);
        // Wildcards typed at the desk are plain characters.
        QTest::keyClicks(page->searchBox(), QStringLiteral("%"));
        QCOMPARE(page->model()->rowCount(), 0);
    }

    void backUpAndRestoreThroughTheFileMenu()
    {
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("copy.sqlite"));
        DatabaseActions* actions = m_window->databaseActions();
        QStringList warnings;
        actions->chooseFileToSave = [&](const QString&, const QString&) {
            return backup;
        };
        actions->chooseFileToOpen = [&](const QString&, const QString&) {
            return backup;
        };
        actions->inform = [](const QString&, const QString&) {
        };
        actions->warn = [&](const QString&, const QString& text) {
            warnings << text;
        };
        actions->confirm = [](const QString&, const QString&) {
            return true;
        };
        QVERIFY(actions->backUp());
        QVERIFY(QFile::exists(backup));
        QVERIFY(warnings.isEmpty());

        // Change the live database, then restore: the change is gone, a safety copy kept.
        QSqlQuery query(m_window->database()->connection());
        // Check-ins are never deleted (migration 7): drop that guard for a change that shows.
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER checkins_never_deleted")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM checkins")));
        StorageError error;
        QCOMPARE(HealthCheck::count(*m_window->database(), QStringLiteral("checkins"), &error), 0);
        m_db->close(); // the test's own connection must not hold the file during the restore
        QVERIFY(actions->restore());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QVERIFY(m_window->database());
        QVERIFY(HealthCheck::count(*m_window->database(), QStringLiteral("checkins"), &error) > 0);
        const QStringList safety =
            QDir(m_db->folder()).entryList({QStringLiteral("*.before-restore-*.sqlite")});
        QCOMPARE(safety.size(), 1);
    }

    // The open database chosen as "the backup" through a hard link or a symbolic link: refused
    // before anything is asked or closed, the desk keeps working on the file as it was.
    void restoreFromTheOpenDatabaseUnderAnotherNameIsRefused()
    {
        QTemporaryDir dir;
        const QString hard = dir.filePath(QStringLiteral("hard.sqlite"));
        const QString soft = dir.filePath(QStringLiteral("soft.sqlite"));
        const QString live = m_window->database()->path();
        QCOMPARE(::link(QFile::encodeName(live).constData(), QFile::encodeName(hard).constData()),
                 0);
        QVERIFY(QFile::link(live, soft));
        DatabaseActions* actions = m_window->databaseActions();
        for (const QString& source : {hard, soft}) {
            QString warning;
            bool asked = false;
            actions->chooseBackup = [&](const QList<AutomaticBackup::Entry>&, const QString&) {
                return source;
            };
            actions->warn = [&](const QString&, const QString& text) {
                warning = text;
            };
            actions->confirm = [&](const QString&, const QString&) {
                return asked = true;
            };
            const Database* before = m_window->database();
            QVERIFY(!actions->restore());
            QVERIFY2(warning.contains(QStringLiteral("same file")), qPrintable(warning));
            QVERIFY(!asked);
            QCOMPARE(m_window->database(), before);
        }
        QVERIFY(QDir(QFileInfo(live).absolutePath())
                    .entryList({QStringLiteral("*.before-restore-*")})
                    .isEmpty());
    }

    void openingABadFileKeepsTheCurrentDatabase()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are not bookings, just some notes\n");
        file.close();
        DatabaseActions* actions = m_window->databaseActions();
        QString warning;
        actions->chooseFileToOpen = [&](const QString&, const QString&) {
            return bad;
        };
        actions->warn = [&](const QString&, const QString& text) {
            warning = text;
        };
        QVERIFY(!actions->openDatabase());
        QVERIFY(warning.contains(QStringLiteral("notes.sqlite")));
        QVERIFY(m_window->database());
        QCOMPARE(m_window->database()->path(), QFileInfo(m_db->path()).absoluteFilePath());
        QCOMPARE(TestDatabase::readAll(bad),
                 QByteArray("these are not bookings, just some notes\n"));
    }

    // An empty file is a database not made yet: Open refuses it (left empty, the desk keeps
    // its database), New database makes it a whole centre with the catalogue.
    void anEmptyFileOpensOnlyAsANewDatabase()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("touched.sqlite"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        DatabaseActions* actions = m_window->databaseActions();
        QString warning;
        actions->chooseFileToOpen = [&](const QString&, const QString&) {
            return empty;
        };
        actions->chooseFileToSave = [&](const QString&, const QString&) {
            return empty;
        };
        actions->warn = [&](const QString&, const QString& text) {
            warning = text;
        };
        QVERIFY(!actions->openDatabase());
        QVERIFY2(warning.contains(QStringLiteral("empty")), qPrintable(warning));
        QCOMPARE(QFileInfo(empty).size(), 0);
        QCOMPARE(m_window->database()->path(), QFileInfo(m_db->path()).absoluteFilePath());

        warning.clear();
        QVERIFY(actions->newDatabase());
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(m_window->database()->path(), QFileInfo(empty).absoluteFilePath());
        StorageError error;
        QCOMPARE(HealthCheck::count(*m_window->database(), QStringLiteral("services"), &error), 5);
    }

    void theDaySheetPrintsFromTheFileMenu()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("day.pdf"));
        DatabaseActions* actions = m_window->databaseActions();
        actions->choosePdfToSave = [&](const QString&, const QString&) {
            return pdf;
        };
        // The print preview opens; its "Save as PDF…" writes the file.
        QTimer::singleShot(0, this, [] {
            auto* preview = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
            QAction* save =
                preview ? preview->findChild<QAction*>(QStringLiteral("saveAsPdf")) : nullptr;
            if (save)
                save->trigger();
            else if (QApplication::activeModalWidget())
                QApplication::activeModalWidget()->close();
        });
        QVERIFY(actions->printDaySheet(QDate(2026, 11, 25)));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArray("%PDF"));
    }

    void checkinsPageCountsWhatNeedsAttention()
    {
        m_window->showPage(MainWindow::Checkins);
        auto* page = static_cast<CheckinsPage*>(m_window->page(MainWindow::Checkins));
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->model()->day(), QDate(2026, 11, 25));
        auto* attention = page->findChild<QLabel*>(QStringLiteral("checkinAttention"));
        QVERIFY(attention);
        QVERIFY(attention->text().contains(QStringLiteral("still to check in")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
